/**
 * *Export for Support…*: the HAR of every HTTP exchange of one result and the Markdown summary
 * for a ticket (src/core/har), written next to each other where the user says, atomically.
 */
import * as vscode from 'vscode';
import { supportExport } from '../../core/har';
import type { ExecResult } from '../../core/result';
import { slug } from '../requestFiles/saveRequest';

export interface SupportSubject { result: ExecResult; title?: string; profileKind?: string }

export interface ExportedFiles { har: vscode.Uri; markdown: vscode.Uri }

async function writeAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const tmp = uri.with({ path: `${uri.path}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(tmp, Buffer.from(text, 'utf8'));
  await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
}

/** Writes both files for `subject`; `target` (tests, API) skips the dialog. Undefined when the user cancels. */
export async function exportForSupport(subject: SupportSubject, version: string, target?: vscode.Uri): Promise<ExportedFiles | undefined> {
  const r = subject.result;
  const stamp = r.startedAt.replace(/\.\d+Z$/, 'Z').replace(/[:]/g, '-');
  const name = `eligibility-${slug(`${r.call.api} ${r.call.operation}`)}-${stamp}.har`;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const har = target ?? await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: { HAR: ['har'] },
    title: vscode.l10n.t('Export for Support: the HAR file (the Markdown summary is written next to it)'),
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!har) return undefined;
  const markdown = har.with({ path: `${har.path.replace(/\.har$/i, '')}.md` });
  const base = har.path.slice(har.path.lastIndexOf('/') + 1);
  const out = supportExport(r, { profileKind: subject.profileKind, harFile: base, version, title: subject.title });
  await writeAtomic(har, out.har);
  await writeAtomic(markdown, out.markdown);
  return { har, markdown };
}

/** The export, then a notification to open or copy the summary. */
export async function exportForSupportInteractive(subject: SupportSubject, version: string): Promise<void> {
  const files = await exportForSupport(subject, version);
  if (!files) return;
  const open = vscode.l10n.t('Open Summary');
  const copy = vscode.l10n.t('Copy Summary');
  const md = files.markdown.path.slice(files.markdown.path.lastIndexOf('/') + 1);
  const har = files.har.path.slice(files.har.path.lastIndexOf('/') + 1);
  const pick = await vscode.window.showInformationMessage(
    vscode.l10n.t('Support export written: {0} (every HTTP exchange, secrets redacted) and {1} (to paste in the ticket).', har, md), open, copy);
  if (pick === open) await vscode.window.showTextDocument(files.markdown);
  else if (pick === copy) await vscode.env.clipboard.writeText(Buffer.from(await vscode.workspace.fs.readFile(files.markdown)).toString('utf8'));
}
