import type { VariableValue } from './schema';

/**
 * `{{name}}` placeholders in `params` and `expect`.
 *
 * Precedence for `{{name}}` (first found wins):
 *   1. `overrides`   (`elig run --var name=value`)
 *   2. `environment` (the environment selected with `--env NAME` in elig.env.json, over its `$shared` block)
 *   3. `file`        (the request file's `variables`)
 * `{{env:NAME}}` reads the process environment, and only the names the user exposed: the
 * prefix `ELIG_VAR_` (as bundlers do with `VITE_`), or a name allowed with `--allow-env NAME`
 * (CLI) or the user-level setting `eligibility.allowedEnvironmentVariables` (editor). Any other
 * name is refused (a committed file must not be able to read GH_PAT or DATABASE_URL and send it
 * to a host of its choosing), and credential variables (`ELIG_OVH_*` / `ELIG_ORANGE_*` keys and
 * secrets) never, even when allowed: they are sent only as authentication, to their own host.
 *
 * A string that is exactly one placeholder takes the variable's type (`"{{distance}}"` → 25);
 * otherwise the values are spliced into the string.
 *
 * Expansion is bounded: each variable is resolved once per parse (memoized), one value may not
 * expand past MAX_EXPANDED_VALUE characters, one file not past MAX_EXPANDED_TOTAL in all, and a
 * chain of variables not deeper than MAX_VARIABLE_DEPTH: the error names the variable.
 */
export interface VariableSources {
  overrides?: Record<string, VariableValue>;
  environment?: Record<string, VariableValue>;
  file?: Record<string, VariableValue>;
  /** the process environment; when absent, `{{env:NAME}}` is left for run time (editor mode) */
  processEnv?: Record<string, string | undefined>;
  /** process variables readable besides `ELIG_VAR_*` (`--allow-env`, the user setting) */
  allowEnv?: readonly string[];
}

export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const ENV_PREFIX = /^env:/;
/** Process variables with this prefix are readable as `{{env:NAME}}` without being allowed one by one. */
export const EXPOSED_ENV_PREFIX = 'ELIG_VAR_';
/** Largest expansion of one string or variable, in characters. */
export const MAX_EXPANDED_VALUE = 64 * 1024;
/** Largest total expansion of one parse (every placeholder of every request), in characters. */
export const MAX_EXPANDED_TOTAL = 4 * 1024 * 1024;
/** Longest chain of variables whose values use other variables. */
export const MAX_VARIABLE_DEPTH = 8;

/** Names of process variables that hold credentials: never readable from a request file. */
export function isCredentialEnvName(name: string): boolean {
  return /^ELIG_(OVH_(APPLICATION_KEY|APPLICATION_SECRET|CONSUMER_KEY)|ORANGE_(CLIENT_ID|CLIENT_SECRET|API_KEY))$/i.test(name);
}

/** True when a request file may read process variable `name` (see the header comment). */
export function isExposedEnvName(name: string, allowEnv: readonly string[] = []): boolean {
  if (isCredentialEnvName(name)) return false;
  return name.startsWith(EXPOSED_ENV_PREFIX) || allowEnv.includes(name);
}

export type LookupResult =
  | { kind: 'value'; value: VariableValue }
  | { kind: 'deferred' }
  | { kind: 'unknown'; message: string }
  | { kind: 'forbidden'; message: string };

/** The work of one parse: memoized variables, characters left to expand, hints left to compute. */
interface Expansion { memo: Map<string, LookupResult>; left: number; exhausted?: string; hints: number; active: Set<string>; known?: string[] }
const expansions = new WeakMap<VariableSources, Expansion>();
function expansionOf(sources: VariableSources): Expansion {
  let e = expansions.get(sources);
  if (!e) { e = { memo: new Map(), left: MAX_EXPANDED_TOTAL, hints: 100, active: new Set() }; expansions.set(sources, e); }
  return e;
}
const kb = (n: number) => `${Math.round(n / 1024)} KB`;

export function lookupVariable(expr: string, sources: VariableSources, depth = 0): LookupResult {
  const name = expr.trim();
  if (ENV_PREFIX.test(name)) {
    const envName = name.replace(ENV_PREFIX, '').trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) return { kind: 'unknown', message: `Invalid environment variable name "${envName.slice(0, 80)}" in {{env:…}}` };
    if (isCredentialEnvName(envName)) {
      return { kind: 'forbidden', message: `{{env:${envName}}} reads a credential: credentials are never interpolated into request files (they are sent only as authentication, to their own host)` };
    }
    if (!isExposedEnvName(envName, sources.allowEnv)) {
      return { kind: 'forbidden', message: `{{env:${envName}}}: process variable ${envName} is not exposed to request files; only ${EXPOSED_ENV_PREFIX}* names are, and the ones you allow (elig run --allow-env ${envName}; in VS Code the user setting eligibility.allowedEnvironmentVariables)` };
    }
    if (!sources.processEnv) return { kind: 'deferred' };
    const v = sources.processEnv[envName];
    if (v === undefined) return { kind: 'unknown', message: `Environment variable ${envName} is not set (used as {{env:${envName}}})` };
    if (v.length > MAX_EXPANDED_VALUE) return { kind: 'unknown', message: `{{env:${envName}}}: the value is longer than ${kb(MAX_EXPANDED_VALUE)}` };
    return { kind: 'value', value: v };
  }
  if (!name) return { kind: 'unknown', message: 'Empty placeholder {{}}' };
  const ex = expansionOf(sources);
  const memo = ex.memo.get(name);
  if (memo) return memo;
  for (const layer of [sources.overrides, sources.environment, sources.file]) {
    if (layer && Object.prototype.hasOwnProperty.call(layer, name)) {
      const v = layer[name];
      if (typeof v === 'string' && /\{\{[^{}]*\}\}/.test(v)) {
        if (ex.active.has(name)) return { kind: 'unknown', message: `{{${name}}}: the variable uses itself (a cycle)` };
        if (depth >= MAX_VARIABLE_DEPTH) return { kind: 'unknown', message: `{{${name}}}: variables nest more than ${MAX_VARIABLE_DEPTH} levels deep` };
        ex.active.add(name);
        let r: LookupResult;
        try {
          const inner = interpolateString(v, sources, depth + 1);
          r = inner.problems.length
            ? inner.problems[0].kind === 'deferred' ? { kind: 'deferred' } : { kind: 'unknown', message: inner.problems[0].message.startsWith(`{{${name}}}`) ? inner.problems[0].message : `{{${name}}}: ${inner.problems[0].message}` }
            : { kind: 'value', value: inner.value as VariableValue };
        } finally { ex.active.delete(name); }
        ex.memo.set(name, r);
        return r;
      }
      return { kind: 'value', value: v };
    }
  }
  const known = ex.known ??= [...new Set([...Object.keys(sources.overrides ?? {}), ...Object.keys(sources.environment ?? {}), ...Object.keys(sources.file ?? {})])];
  // a hint costs a distance to every known name: only for the first few unknowns, on short names
  const near = ex.hints-- > 0 && known.length <= 2000 ? closest(name, known) : undefined;
  const shown = name.length > 80 ? `${name.slice(0, 80)}…` : name;
  const r: LookupResult = { kind: 'unknown', message: `Unknown variable {{${shown}}}${near ? `; did you mean {{${near}}}?` : known.length ? '' : ' (no variables are defined: add them to "variables" or to an environment)'}` };
  ex.memo.set(name, r);
  return r;
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
    if (r.kind === 'value') {
      const ex = expansionOf(sources);
      if (typeof r.value === 'string') ex.left -= r.value.length;
      if (ex.left >= 0) return { value: r.value, problems };
      const first = !ex.exhausted;
      ex.exhausted ??= `{{${exact[1].trim().slice(0, 80)}}}: this file expands to more than ${kb(MAX_EXPANDED_TOTAL)} of variable text; variable expansion is capped`;
      problems.push({ start: 0, end: s.length, kind: first ? 'unknown' : 'deferred', message: ex.exhausted });
      return { value: undefined, problems };
    }
    problems.push({ start: 0, end: s.length, kind: r.kind, message: r.kind === 'deferred' ? 'resolved at run time' : r.message });
    return { value: undefined, problems };
  }
  const ex = expansionOf(sources);
  let size = s.length;
  let over: PlaceholderProblem | undefined;
  const out = s.replace(PLACEHOLDER, (m, expr: string, index: number) => {
    if (over) return m;
    const r = lookupVariable(expr, sources, depth);
    if (r.kind === 'value') {
      const text = String(r.value);
      size += text.length - m.length;
      ex.left -= text.length;
      if (size > MAX_EXPANDED_VALUE || ex.left < 0) {
        const label = `{{${expr.trim().slice(0, 80)}}}`;
        // report a total overrun once per parse: every later placeholder is only left unresolved
        if (ex.left < 0 && ex.exhausted) { over = { start: index, end: index + m.length, kind: 'deferred', message: ex.exhausted }; return m; }
        const message = size > MAX_EXPANDED_VALUE
          ? `${label}: the expansion is larger than ${kb(MAX_EXPANDED_VALUE)} (variables repeating variables); variable expansion is capped`
          : `${label}: this file expands to more than ${kb(MAX_EXPANDED_TOTAL)} of variable text; variable expansion is capped`;
        if (ex.left < 0) ex.exhausted = message;
        over = { start: index, end: index + m.length, kind: 'unknown', message };
        return m;
      }
      return text;
    }
    problems.push({ start: index, end: index + m.length, kind: r.kind, message: r.kind === 'deferred' ? 'resolved at run time' : r.message });
    return m;
  });
  if (over) problems.unshift(over);
  return { value: problems.length ? undefined : out, problems };
}

/** True when a string contains at least one `{{...}}`. */
export function hasPlaceholder(s: string): boolean { return /\{\{[^{}]*\}\}/.test(s); }

export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  let best: string | undefined, bestD = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > Math.max(2, Math.floor(word.length / 3))) continue;
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
