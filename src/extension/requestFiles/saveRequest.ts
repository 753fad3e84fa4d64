import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { EligErrorInfo } from '../../core/errors';
import type { ApiCall, ExecResult } from '../../core/result';

export interface NamedCall { name: string; call: ApiCall; expect?: Record<string, unknown> }

/** `{ "requests": [...] }` text of a request file (no secrets: params only). */
export function requestFileText(calls: NamedCall[], description?: string): string {
  const file = {
    ...(description ? { description } : {}),
    requests: calls.map(c => ({ name: c.name, api: c.call.api, operation: c.call.operation, params: c.call.params, ...(c.expect ? { expect: c.expect } : {}) })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'request';
}

/**
 * Where a request opened from a result goes: not over the result (which the user is reading, and
 * which the webview would have to reload), but in the column of the editor beside it, or a new one.
 */
function editorColumnBesideResults(): vscode.ViewColumn | undefined {
  const groups = vscode.window.tabGroups;
  if (!(groups.activeTabGroup.activeTab?.input instanceof vscode.TabInputWebview)) return undefined; // an editor is active: there
  const here = groups.activeTabGroup.viewColumn;
  const textGroup = groups.all.find(g => g.viewColumn !== here && g.activeTab?.input instanceof vscode.TabInputText);
  if (textGroup) return textGroup.viewColumn;
  return here > vscode.ViewColumn.One ? vscode.ViewColumn.One : vscode.ViewColumn.Beside;
}

/**
 * Opens an untitled `<name>.elig.json` (in the first workspace folder, so Save puts it there)
 * holding the given calls; schema validation, diagnostics and CodeLens apply at once.
 */
export async function openRequestFile(baseName: string, text: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let uri: vscode.Uri | undefined;
  for (let i = 0; i < 100 && !uri; i++) {
    const name = `${slug(baseName)}${i ? `-${i + 1}` : ''}.elig.json`;
    const candidate = folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name);
    const exists = folder ? await vscode.workspace.fs.stat(candidate).then(() => true, () => false) : false;
    const open = vscode.workspace.textDocuments.some(d => d.uri.path === candidate.path);
    if (!exists && !open) uri = candidate;
  }
  const doc = await vscode.workspace.openTextDocument((uri ?? vscode.Uri.file(`${slug(baseName)}.elig.json`)).with({ scheme: 'untitled' }));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: editorColumnBesideResults() });
  await editor.edit(b => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), text));
  return editor;
}

/**
 * The observed error of a failed call as `expect.error` (kind, status and API code; not the
 * message, which providers reword): saving a failed call gives a request that passes while the
 * API keeps failing that way.
 */
export function expectFromError(e: EligErrorInfo | undefined): Record<string, unknown> | undefined {
  if (!e || e.kind === 'cancelled') return undefined;
  return { error: { kind: e.kind, ...(e.status !== undefined ? { status: e.status } : {}), ...(e.code !== undefined ? { code: e.code } : {}) } };
}

/** *Save as .elig.json*: the call; a failed call records its observed error as `expect.error`. */
export function saveCallAsRequestFile(name: string, call: ApiCall, result?: ExecResult): Promise<vscode.TextEditor> {
  const expect = result && !result.ok ? expectFromError(result.error) : undefined;
  return openRequestFile(name, requestFileText([{ name, call, expect }]));
}

/**
 * "Edit the request" on an input error: the call as an untitled `.elig.json`, the cursor on the
 * offending parameter (`param`, a path into params: its value is selected), else on `params`.
 */
export async function editCallAsRequestFile(name: string, call: ApiCall, param?: (string | number)[]): Promise<vscode.TextEditor> {
  const text = requestFileText([{ name, call }]);
  const editor = await openRequestFile(name, text);
  const root = parseTree(text);
  const params = root && findNodeAtLocation(root, ['requests', 0, 'params']);
  let node = root && param?.length ? findNodeAtLocation(root, ['requests', 0, 'params', ...param]) : undefined;
  // a missing parameter: its nearest present parent
  for (let n = (param?.length ?? 0) - 1; root && !node && n > 0; n--) node = findNodeAtLocation(root, ['requests', 0, 'params', ...param!.slice(0, n)]);
  const target = node ?? params;
  if (target) {
    const quoted = target.type === 'string' ? 1 : 0;
    const start = editor.document.positionAt(target.offset + quoted);
    const end = editor.document.positionAt(target.offset + target.length - quoted);
    editor.selection = target.type === 'object' || target.type === 'array' ? new vscode.Selection(start, start) : new vscode.Selection(start, end);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return editor;
}
