import fs from 'node:fs';
import path from 'node:path';
import type { OperationDef } from '../apis/operation';
import { discoverRequestFiles, findEnvFile } from './discover';
import { Environment, environmentNames, parseEnvFile, selectEnvironment } from './envfile';
import { parseRequestFile } from './parse';
import { Diagnostic, formatLocation } from './positions';
import type { RunItem } from './runner';
import type { VariableValue } from './schema';

export interface LoadOptions {
  cwd: string;
  /** `--env NAME` */
  envName?: string;
  /** `--env-file F` (else the nearest elig.env.json above the first input) */
  envFile?: string;
  /** `--var name=value` */
  overrides?: Record<string, VariableValue>;
  processEnv: Record<string, string | undefined>;
  /** `--allow-env NAME` */
  allowEnv?: readonly string[];
  operations?: readonly OperationDef[];
}

export interface LoadedRun {
  items: RunItem[];
  /** `file:line:col: message` for every error: when non-empty, nothing may run */
  errors: string[];
  warnings: string[];
  environment?: Environment;
  envFile?: string;
  files: string[];
}

const rel = (cwd: string, f: string) => path.relative(cwd, f) || f;

function fmt(cwd: string, file: string, d: Diagnostic): string {
  return `${formatLocation(rel(cwd, file), d)}: ${d.message}`;
}

/**
 * Everything `elig run` needs before sending anything: request files found, the environment
 * selected, every file parsed with its variables resolved. Any error means nothing runs.
 */
export function loadRun(inputs: readonly string[], opts: LoadOptions): LoadedRun {
  const { cwd } = opts;
  const errors: string[] = [], warnings: string[] = [];
  const run: LoadedRun = { items: [], errors, warnings, files: [] };
  if (!inputs.length) { errors.push('No request files given: elig run <files|dirs|globs...>'); return run; }
  const { files, missing } = discoverRequestFiles(inputs, cwd);
  for (const m of missing) errors.push(`${m}: no such file, directory, or no *.elig.json matching it`);
  run.files = files;

  // the environment
  const envPath = opts.envFile ? path.resolve(cwd, opts.envFile) : findEnvFile(path.resolve(cwd, inputs[0]));
  let envText: string | undefined;
  if (envPath) {
    try { envText = fs.readFileSync(envPath, 'utf8'); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      errors.push(`${opts.envFile ?? rel(cwd, envPath)}: ${code === 'ENOENT' ? 'environments file not found' : code === 'EISDIR' ? 'is a directory, not an environments file (elig.env.json)' : `cannot read the environments file (${code ?? 'error'})`}`);
    }
  }
  if (envPath && envText !== undefined) {
    run.envFile = envPath;
    const text = envText;
    const ef = parseEnvFile(text);
    for (const d of ef.diagnostics) (d.severity === 'error' ? errors : warnings).push(fmt(cwd, envPath, d));
    if (ef.ok) {
      run.environment = selectEnvironment(ef, opts.envName);
      if (!run.environment) {
        const names = environmentNames(ef);
        errors.push(`${rel(cwd, envPath)}: no environment "${opts.envName}"${names.length ? ` (defined: ${names.join(', ')})` : ''}`);
      }
    }
  } else if (opts.envName && !envPath) {
    errors.push(`--env ${opts.envName}: no environments file (elig.env.json next to the request files, or --env-file)`);
  }

  for (const file of files) {
    let text: string;
    try { text = fs.readFileSync(file, 'utf8'); } catch (e) {
      errors.push(`${rel(cwd, file)}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const parsed = parseRequestFile(text, {
      environment: run.environment?.variables, overrides: opts.overrides, processEnv: opts.processEnv, allowEnv: opts.allowEnv, operations: opts.operations,
    });
    for (const d of parsed.diagnostics) (d.severity === 'error' ? errors : warnings).push(fmt(cwd, file, d));
    if (!parsed.diagnostics.some(d => d.severity === 'error') && parsed.requests.length === 0) {
      warnings.push(`${rel(cwd, file)}: no requests`);
    }
    for (const pr of parsed.requests) {
      if (pr.request) run.items.push({ file: rel(cwd, file), index: pr.index, request: pr.request });
    }
  }
  if (!errors.length && files.length === 0) errors.push(`No request files (*.elig.json) in ${inputs.join(', ')}`);
  return run;
}
