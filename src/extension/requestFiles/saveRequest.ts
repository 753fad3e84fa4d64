import * as vscode from 'vscode';
import type { ApiCall } from '../../core/result';

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
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit(b => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), text));
  return editor;
}

export function saveCallAsRequestFile(name: string, call: ApiCall): Promise<vscode.TextEditor> {
  return openRequestFile(name, requestFileText([{ name, call }]));
}
