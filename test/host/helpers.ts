// Shared by the host suites (they run INSIDE the extension host): the extension's test API,
// condition waits (no sleeps), the sandbox's admin API, the workspace copy and the log file.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { EligibilityTestApi } from '../../src/extension/api';

export const EXT_ID = 'eligibility-explorer.eligibility-explorer';

export function ext(): vscode.Extension<EligibilityTestApi> {
  const e = vscode.extensions.getExtension<EligibilityTestApi>(EXT_ID);
  if (!e) throw new Error(`extension ${EXT_ID} is not loaded`);
  return e;
}

export async function api(): Promise<EligibilityTestApi> { return ext().activate(); }

/** The extension's package.json as VS Code loaded it. */
export function manifest(): { activationEvents?: string[]; contributes: Record<string, unknown> & { commands: { command: string }[] } } {
  return ext().packageJSON;
}

/** Waits until check() returns a truthy value (re-checked every 50 ms), or fails with `what`. */
export async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 20000): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try { const v = await check(); if (v) return v; } catch (e) { last = e; }
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

/** The embedded sandbox's admin API (src/sandbox/admin.ts): faults, counters, reset. */
export async function admin<T = unknown>(route: string, body?: unknown): Promise<T> {
  const url = `${await (await api()).sandboxUrl()}/_sandbox/${route}`;
  const res = await fetch(url, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`sandbox admin ${route}: HTTP ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(root, ...parts);
}

/** Position of the first occurrence of `needle` in a document (offset `delta` characters into it). */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in ${doc.uri.path}`);
  return doc.positionAt(i + delta);
}

function findFile(dir: string, name: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { const f = findFile(p, name); if (f) return f; } else if (e.name === name) return p;
  }
  return undefined;
}

/**
 * The text of the "Eligibility" log as VS Code wrote it to disk (the LogOutputChannel's file).
 * The project harness passes its run folder (ELIG_TEST_RUN_DIR); elsewhere the file is looked
 * up in the logs folder of this extension host (VSCODE_LOGS when set).
 */
export function logText(): string | undefined {
  const roots = [process.env.ELIG_TEST_RUN_DIR && path.join(process.env.ELIG_TEST_RUN_DIR, 'ud/logs'), process.env.VSCODE_LOGS]
    .filter((x): x is string => !!x);
  for (const r of roots) {
    const f = findFile(r, 'Eligibility.log');
    if (f) return fs.readFileSync(f, 'utf8');
  }
  return undefined;
}

/** Waits until the log contains `needle` (log lines reach the file asynchronously). */
export async function logContaining(needle: string | RegExp): Promise<string> {
  return waitFor(() => {
    const t = logText();
    return t && (typeof needle === 'string' ? t.includes(needle) : needle.test(t)) ? t : undefined;
  }, `the Eligibility log to contain ${String(needle)}`);
}
