import { getNodeValue, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { tooDeepAt, tooDeepMessage } from './depth';
import { endpointProblem } from './endpoints';
import { Diagnostic, LineIndex } from './positions';
import type { VariableValue } from './schema';

/**
 * Environments file (`elig.env.json`, committed next to the request files, or `--env-file`):
 *
 *   { "$shared": { "zip": "91400" },
 *     "dev": { "zip": "75001", "orangeBaseUrl": "https://api.orange.com" },
 *     "ci":  { "ovhEndpoint": "ovh-eu" } }
 *
 * Each environment holds variables (string, number, boolean) and two reserved settings:
 * `ovhEndpoint` (`ovh-eu` | `ovh-ca` | `ovh-us` | a base URL) and `orangeBaseUrl`.
 * `$shared` applies to every environment (the selected one wins). Secrets are never allowed
 * here: keys that look like credentials are refused (credentials come only from the process
 * environment or the editor's secret storage), and an endpoint that differs from the one the
 * credentials were configured for gets no credentials (see endpoints.ts).
 */
export const ENV_FILE_NAME = 'elig.env.json';
export const RESERVED_ENV_KEYS = ['ovhEndpoint', 'orangeBaseUrl'] as const;
export const SHARED_ENV = '$shared';

/** Key names that look like secrets: refused in environment files. */
export const SECRET_KEY_PATTERN = /(secret|password|passw|pwd|token|api[-_]?key|apikey|consumer[-_]?key|application[-_]?key|app[-_]?key|client[-_]?id|private|credential|authorization|bearer|cookie|signature)/i;

export interface Environment {
  name: string;
  variables: Record<string, VariableValue>;
  ovhEndpoint?: string;
  orangeBaseUrl?: string;
}

export interface EnvFile {
  environments: Record<string, Environment>;
  diagnostics: Diagnostic[];
  ok: boolean;
}

export function parseEnvFile(text: string): EnvFile {
  const idx = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    diagnostics.push(idx.diagnostic(deep, 1, tooDeepMessage(), 'error', 'too-deep'));
    return { environments: {}, diagnostics, ok: false };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  for (const e of errors) diagnostics.push(idx.diagnostic(e.offset, Math.max(1, e.length), `Invalid JSON: ${printParseErrorCode(e.error)}`, 'error', 'json-syntax'));
  const environments: Record<string, Environment> = {};
  const done = (): EnvFile => ({ environments, diagnostics, ok: !diagnostics.some(d => d.severity === 'error') });
  if (errors.length) return done();
  if (!root || root.type !== 'object') {
    diagnostics.push(idx.diagnostic(root?.offset ?? 0, root?.length ?? 0, 'An environments file is a JSON object: { "dev": { ... }, "ci": { ... } }', 'error', 'env-file'));
    return done();
  }
  const err = (offset: number, length: number, message: string, code = 'env-file') => diagnostics.push(idx.diagnostic(offset, length, message, 'error', code));
  for (const prop of root.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const envName = String(k.value);
    if (envName === '$schema') continue;
    if (SECRET_KEY_PATTERN.test(envName)) err(k.offset, k.length, `"${envName}" looks like a secret: environments files are committed and must not hold credentials; set them with ELIG_* environment variables or the editor's secret storage`, 'secret-in-env-file');
    if (v.type !== 'object') { err(v.offset, v.length, `Environment "${envName}" must be an object of variables`); continue; }
    const env: Environment = { name: envName, variables: {} };
    for (const p of v.children ?? []) {
      const [kk, vv] = p.children ?? [];
      if (!kk || !vv) continue;
      const key = String(kk.value);
      if (SECRET_KEY_PATTERN.test(key)) {
        err(kk.offset, kk.length, `"${key}" looks like a secret: environments files are committed and must not hold credentials; set them with ELIG_* environment variables or the editor's secret storage`, 'secret-in-env-file');
        continue;
      }
      const val = getNodeValue(vv);
      if ((RESERVED_ENV_KEYS as readonly string[]).includes(key)) {
        if (typeof val !== 'string' || !val.trim()) { err(vv.offset, vv.length, `"${key}" must be a non-empty string`); continue; }
        const problem = endpointProblem(val, key === 'ovhEndpoint' ? 'ovh' : 'orange');
        if (problem) { err(vv.offset, vv.length, `${key}: ${problem}`, 'bad-endpoint'); continue; }
        if (key === 'ovhEndpoint') env.ovhEndpoint = val.trim(); else env.orangeBaseUrl = val.trim();
        continue;
      }
      if (typeof val === 'string' && /^\s*(bearer|basic)\s+\S{8,}/i.test(val)) {
        err(vv.offset, vv.length, `The value of "${key}" looks like an authorization header: credentials never go in an environments file`, 'secret-in-env-file');
        continue;
      }
      if (typeof val !== 'string' && typeof val !== 'number' && typeof val !== 'boolean') {
        err(vv.offset, vv.length, `Variable "${key}" must be a string, a number or a boolean`);
        continue;
      }
      env.variables[key] = val;
    }
    environments[envName] = env;
  }
  return done();
}

/**
 * The environment `name` merged over `$shared`. Returns undefined when the file has no such
 * environment (the caller reports it, listing `environmentNames`).
 */
export function selectEnvironment(file: EnvFile, name: string | undefined): Environment | undefined {
  const shared = file.environments[SHARED_ENV];
  if (name === undefined) return shared ? { ...shared, name: SHARED_ENV } : { name: SHARED_ENV, variables: {} };
  const env = name === SHARED_ENV ? undefined : file.environments[name];
  if (!env) return undefined;
  return {
    name, variables: { ...shared?.variables, ...env.variables },
    ovhEndpoint: env.ovhEndpoint ?? shared?.ovhEndpoint, orangeBaseUrl: env.orangeBaseUrl ?? shared?.orangeBaseUrl,
  };
}

export function environmentNames(file: EnvFile): string[] {
  return Object.keys(file.environments).filter(n => n !== SHARED_ENV);
}
