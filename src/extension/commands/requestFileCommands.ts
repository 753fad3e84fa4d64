import * as vscode from 'vscode';
import type { ApiId } from '../../core/model/normalized';
import { parseRequestFile } from '../../core/requests/parse';
import { isRequestFile, REQUEST_FILE_GLOB } from '../requestFiles/parseDocument';
import { DocumentRun, runDocument } from '../requestFiles/runDocument';
import type { RunResults } from '../requestFiles/runResults';
import { openRequestFile, requestFileText } from '../requestFiles/saveRequest';
import { templateCalls } from '../requestFiles/templates';
import type { Services } from '../services';

async function docOf(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const active = vscode.window.activeTextEditor?.document;
  if (active && isRequestFile(active)) return active;
  const files = await vscode.workspace.findFiles(REQUEST_FILE_GLOB, '**/node_modules/**', 500);
  const pick = await vscode.window.showQuickPick(files.map(f => ({ label: vscode.workspace.asRelativePath(f), uri: f })), { title: vscode.l10n.t('Run request file') });
  return pick ? vscode.workspace.openTextDocument(pick.uri) : undefined;
}

function withProgress<T>(title: string, task: (token: vscode.CancellationToken) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_p, token) => task(token));
}

function summaryText(label: string, r: DocumentRun['summary']): string {
  return r.skipped ? vscode.l10n.t('{0}: {1} passed, {2} failed, {3} errors, {4} skipped', label, r.passed, r.failed, r.errors, r.skipped)
    : vscode.l10n.t('{0}: {1} passed, {2} failed, {3} errors', label, r.passed, r.failed, r.errors);
}

/** Run request (CodeLens), Run request file, Run all in folder, Show result, New request file. */
export function registerRequestFileCommands(s: Services, results: RunResults): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg('eligibility.runRequest', async (uri?: vscode.Uri, index?: number) => {
      const doc = await docOf(uri);
      if (!doc) return undefined;
      let i = index;
      if (i === undefined) {
        const editor = vscode.window.activeTextEditor;
        const at = editor?.document === doc ? doc.offsetAt(editor.selection.active) : 0;
        i = parseRequestFile(doc.getText()).requests.find(r => at >= r.offset && at <= r.offset + r.length)?.index ?? 0;
      }
      return withProgress(vscode.l10n.t('Running request {0} of {1}', i + 1, vscode.workspace.asRelativePath(doc.uri)), token => runDocument(s, results, doc, { indexes: [i!], token }));
    }),
    reg('eligibility.runRequestFile', async (uri?: vscode.Uri) => {
      const doc = await docOf(uri);
      if (!doc) return undefined;
      const label = vscode.workspace.asRelativePath(doc.uri);
      const run = await withProgress(vscode.l10n.t('Running {0}', label), token => runDocument(s, results, doc, { token }));
      if (run) {
        const msg = summaryText(label, run.summary);
        void (run.summary.failed + run.summary.errors ? vscode.window.showWarningMessage(msg) : vscode.window.showInformationMessage(msg));
      }
      return run;
    }),
    reg('eligibility.runAllInFolder', async (folder?: vscode.Uri) => {
      const base = folder instanceof vscode.Uri ? folder : (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: vscode.l10n.t('Run all request files in folder'),
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri }))?.[0];
      if (!base) return undefined;
      const files = (await vscode.workspace.findFiles(new vscode.RelativePattern(base, REQUEST_FILE_GLOB), '**/node_modules/**', 1000))
        .sort((a, b) => a.path.localeCompare(b.path));
      if (!files.length) { void vscode.window.showInformationMessage(vscode.l10n.t('No *.elig.json under {0}.', vscode.workspace.asRelativePath(base))); return undefined; }
      const total = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
      const runs = await withProgress(vscode.l10n.t('Running {0} request files', files.length), async token => {
        const out: DocumentRun[] = [];
        for (const f of files) {
          if (token.isCancellationRequested) break;
          const run = await runDocument(s, results, await vscode.workspace.openTextDocument(f), { token, quiet: true });
          if (!run) continue;
          out.push(run);
          for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += run.summary[k];
        }
        return out;
      });
      const failed = runs.flatMap(r => r.entries).find(e => e.assertions?.some(a => !a.passed) || !e.result.ok);
      if (failed) s.runner.reveal(failed);
      const msg = summaryText(vscode.l10n.t('{0} files', files.length), total);
      void (total.failed + total.errors ? vscode.window.showWarningMessage(msg, vscode.l10n.t('Open log')).then(b => b && s.log.show()) : vscode.window.showInformationMessage(msg));
      return { files: files.length, summary: total };
    }),
    reg('eligibility.showResult', (id?: string) => {
      const entry = id ? s.history.get(id) : s.history.list()[0];
      if (entry) s.runner.reveal(entry);
      return entry;
    }),
    reg('eligibility.newRequestFile', async (api?: ApiId) => {
      const pick = api ?? (await vscode.window.showQuickPick([
        { label: 'OVHcloud Connectivity', description: 'ovh', api: 'ovh' as const },
        { label: 'Orange Business Eligibility', description: 'orange-b2b', api: 'orange-b2b' as const },
        { label: 'Orange RIP Operator Eligibility', description: 'orange-rip', api: 'orange-rip' as const },
      ], { title: vscode.l10n.t('New request file'), placeHolder: vscode.l10n.t('Which API?') }))?.api;
      if (!pick) return undefined;
      const editor = await openRequestFile(`${pick}-requests`, requestFileText(templateCalls(pick), vscode.l10n.t('Requests for {0}: ▶ Run above each one, or elig run <this file> --sandbox', pick)));
      return editor.document.uri;
    }),
  ];
}
