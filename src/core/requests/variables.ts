import type { VariableValue } from './schema';

/**
 * `{{name}}` placeholders in `params` and `expect`.
 *
 * Precedence for `{{name}}` (first found wins):
 *   1. `overrides`   (`elig run --var name=value`)
 *   2. `environment` (the environment selected with `--env NAME` in elig.env.json, over its `$shared` block)
 *   3. `file`        (the request file's `variables`)
 * `{{env:NAME}}` reads the process environment only (for CI). Credential variables
 * (`ELIG_*_SECRET`, API keys, tokens, ...) can never be interpolated: they would end up in
 * request params, reports and possibly another host.
 *
 * A string that is exactly one placeholder takes the variable's type (`"{{distance}}"` → 25);
 * otherwise the values are spliced into the string.
 */
export interface VariableSources {
  overrides?: Record<string, VariableValue>;
  environment?: Record<string, VariableValue>;
  file?: Record<string, VariableValue>;
  /** the process environment; when absent, `{{env:NAME}}` is left for run time (editor mode) */
  processEnv?: Record<string, string | undefined>;
}

export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const ENV_PREFIX = /^env:/;

/** Names of process variables that hold credentials: never readable from a request file. */
export function isCredentialEnvName(name: string): boolean {
  return /^ELIG_(OVH_(APPLICATION_KEY|APPLICATION_SECRET|CONSUMER_KEY)|ORANGE_(CLIENT_ID|CLIENT_SECRET|API_KEY))$/i.test(name)
    || /(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|CONSUMER_?KEY|APPLICATION_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH)/i.test(name);
}

export type LookupResult =
  | { kind: 'value'; value: VariableValue }
  | { kind: 'deferred' }
  | { kind: 'unknown'; message: string }
  | { kind: 'forbidden'; message: string };

export function lookupVariable(expr: string, sources: VariableSources, depth = 0): LookupResult {
  const name = expr.trim();
  if (ENV_PREFIX.test(name)) {
    const envName = name.replace(ENV_PREFIX, '').trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) return { kind: 'unknown', message: `Invalid environment variable name "${envName}" in {{${name}}}` };
    if (isCredentialEnvName(envName)) {
      return { kind: 'forbidden', message: `{{env:${envName}}} reads a credential: credentials are never interpolated into request files (they are sent only as authentication, to their own host)` };
    }
    if (!sources.processEnv) return { kind: 'deferred' };
    const v = sources.processEnv[envName];
    return v === undefined ? { kind: 'unknown', message: `Environment variable ${envName} is not set (used as {{env:${envName}}})` } : { kind: 'value', value: v };
  }
  if (!name) return { kind: 'unknown', message: 'Empty placeholder {{}}' };
  for (const layer of [sources.overrides, sources.environment, sources.file]) {
    if (layer && Object.prototype.hasOwnProperty.call(layer, name)) {
      const v = layer[name];
      if (typeof v === 'string' && /\{\{[^{}]*\}\}/.test(v)) {
        if (depth >= 5) return { kind: 'unknown', message: `{{${name}}}: variables nest too deep (a cycle?)` };
        const inner = interpolateString(v, sources, depth + 1);
        if (inner.problems.length) return inner.problems[0].kind === 'deferred' ? { kind: 'deferred' } : { kind: 'unknown', message: `{{${name}}}: ${inner.problems[0].message}` };
        return { kind: 'value', value: inner.value as VariableValue };
      }
      return { kind: 'value', value: v };
    }
  }
  const known = [...new Set([...Object.keys(sources.overrides ?? {}), ...Object.keys(sources.environment ?? {}), ...Object.keys(sources.file ?? {})])];
  const near = closest(name, known);
  return { kind: 'unknown', message: `Unknown variable {{${name}}}${near ? `; did you mean {{${near}}}?` : known.length ? '' : ' (no variables are defined: add them to "variables" or to an environment)'}` };
}

export interface PlaceholderProblem {
  /** index range of the placeholder in the string */
  start: number;
  end: number;
  kind: 'unknown' | 'forbidden' | 'deferred';
  message: string;
}

/** Resolves the placeholders of one string; `value` is undefined when a problem left it unresolved. */
export function interpolateString(s: string, sources: VariableSources, depth = 0): { value: unknown; problems: PlaceholderProblem[] } {
  const problems: PlaceholderProblem[] = [];
  const exact = /^\{\{([^{}]*)\}\}$/.exec(s);
  if (exact) {
    const r = lookupVariable(exact[1], sources, depth);
    if (r.kind === 'value') return { value: r.value, problems };
    problems.push({ start: 0, end: s.length, kind: r.kind, message: r.kind === 'deferred' ? 'resolved at run time' : r.message });
    return { value: undefined, problems };
  }
  const out = s.replace(PLACEHOLDER, (m, expr: string, index: number) => {
    const r = lookupVariable(expr, sources, depth);
    if (r.kind === 'value') return String(r.value);
    problems.push({ start: index, end: index + m.length, kind: r.kind, message: r.kind === 'deferred' ? 'resolved at run time' : r.message });
    return m;
  });
  return { value: problems.length ? undefined : out, problems };
}

/** True when a string contains at least one `{{...}}`. */
export function hasPlaceholder(s: string): boolean { return /\{\{[^{}]*\}\}/.test(s); }

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined, bestD = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) { bestD = d; best = c; }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
