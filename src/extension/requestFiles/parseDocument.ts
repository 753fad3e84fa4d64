import * as vscode from 'vscode';
import { findEnvFile } from '../../core/requests/discover';
import { Environment, environmentNames, parseEnvFile, selectEnvironment } from '../../core/requests/envfile';
import { parseRequestFile, ParsedRequestFile } from '../../core/requests/parse';
import type { Logger } from '../../core/log';
import * as fs from 'node:fs';
import { allowedEnvironmentVariables } from './allowedEnv';

export const REQUEST_FILE_GLOB = '**/*.elig.json';

export function isRequestFile(doc: vscode.TextDocument): boolean {
  return doc.uri.path.endsWith('.elig.json') && doc.uri.scheme !== 'git' && doc.uri.scheme !== 'output';
}

/**
 * The environment of a request file: the nearest `elig.env.json` above it, environment
 * `eligibility.environment` (or `$shared` when unset). No environment file: none.
 */
export function environmentFor(doc: vscode.TextDocument, logger?: Logger): Environment | undefined {
  if (doc.uri.scheme !== 'file') return undefined;
  const file = findEnvFile(doc.uri.fsPath);
  if (!file) return undefined;
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); } catch { return undefined; }
  const ef = parseEnvFile(text);
  const name = vscode.workspace.getConfiguration('eligibility').get<string>('environment') || undefined;
  const env = selectEnvironment(ef, name);
  if (!env && name) logger?.warn(`${file}: no environment "${name}" (have: ${environmentNames(ef).join(', ') || 'none'})`);
  return env;
}

/** Parses a request-file document with the core parser (comments and trailing commas allowed). */
export function parseDocument(doc: vscode.TextDocument, forRun = false, logger?: Logger): { parsed: ParsedRequestFile; environment?: Environment } {
  const environment = environmentFor(doc, logger);
  const parsed = parseRequestFile(doc.getText(), {
    environment: environment?.variables,
    // `{{env:NAME}}` is resolved at run time only (the editor leaves it alone)
    processEnv: forRun ? process.env : undefined,
    // only ELIG_VAR_* and the names of the user-level allow-list (diagnostics and runs alike)
    allowEnv: allowedEnvironmentVariables(),
  });
  return { parsed, environment };
}

export function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
