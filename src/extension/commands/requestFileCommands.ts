import * as vscode from 'vscode';
import type { ApiId } from '../../core/model/normalized';
import { parseRequestFile } from '../../core/requests/parse';
import { isRequestFile, REQUEST_FILE_GLOB } from '../requestFiles/parseDocument';
import type { RequestRunner, RunReport } from '../requestFiles/requestRunner';
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

function summaryText(label: string, r: RunReport['summary']): string {
  return r.skipped ? vscode.l10n.t('{0}: {1} passed, {2} failed, {3} errors, {4} skipped', label, r.passed, r.failed, r.errors, r.skipped)
    : vscode.l10n.t('{0}: {1} passed, {2} failed, {3} errors', label, r.passed, r.failed, r.errors);
}

function showProblems(report: RunReport): void {
  const p = report.problems[0];
  if (!p) return;
  const more = report.problems.length > 1 ? vscode.l10n.t(' (and {0} more files)', report.problems.length - 1) : '';
  void vscode.window.showErrorMessage(`${p.file}: ${p.message}${more}`, vscode.l10n.t('Show problems'))
    .then(b => b && vscode.commands.executeCommand('workbench.actions.view.problems'));
}

/** Run request (CodeLens), Run request file, Run all in folder, Show result, New request file. */
export function registerRequestFileCommands(s: Services, runner: RequestRunner, summary: { show(report: RunReport): void }): vscode.Disposable[] {
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
      const report = await withProgress(vscode.l10n.t('Running request {0} of {1}', i + 1, vscode.workspace.asRelativePath(doc.uri)),
        token => runner.run([{ uri: doc.uri, indexes: [i!] }], { kind: 'request', token }));
      showProblems(report);
      const row = report.rows.find(r => r.entryId || r.compare);
      const entry = row?.entryId ? s.history.get(row.entryId) : undefined;
      if (entry) s.runner.reveal(entry);
      // a compare entry is several calls: its matrix opens in a matrix panel
      else if (row?.compare) await vscode.commands.executeCommand('eligibility.showCompareResult', row.compare, report.profile);
      return report;
    }),
    reg('eligibility.runRequestFile', async (uri?: vscode.Uri) => {
      const doc = await docOf(uri);
      if (!doc) return undefined;
      const label = vscode.workspace.asRelativePath(doc.uri);
      const report = await withProgress(vscode.l10n.t('Running {0}', label), token => runner.run([{ uri: doc.uri }], { kind: 'file', token }));
      showProblems(report);
      if (!report.rows.length && report.problems.length) return undefined; // refused or unparseable: nothing ran
      if (report.rows.length) {
        summary.show(report);
        const msg = summaryText(label, report.summary);
        void (report.summary.failed + report.summary.errors ? vscode.window.showWarningMessage(msg) : vscode.window.showInformationMessage(msg));
      }
      return report;
    }),
    reg('eligibility.runAllInFolder', async (folder?: vscode.Uri) => {
      const base = folder instanceof vscode.Uri ? folder : (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false,
        title: vscode.l10n.t('Run all request files in folder'), defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri }))?.[0];
      if (!base) return undefined;
      const files = (await vscode.workspace.findFiles(new vscode.RelativePattern(base, REQUEST_FILE_GLOB), '**/node_modules/**', 1000))
        .sort((a, b) => a.path.localeCompare(b.path));
      if (!files.length) { void vscode.window.showInformationMessage(vscode.l10n.t('No *.elig.json under {0}.', vscode.workspace.asRelativePath(base))); return undefined; }
      const report = await withProgress(vscode.l10n.t('Running {0} request files', files.length),
        token => runner.run(files.map(uri => ({ uri })), { kind: 'folder', token }));
      summary.show(report);
      const msg = summaryText(vscode.l10n.t('{0} files', files.length), report.summary);
      void (report.summary.failed + report.summary.errors || report.problems.length ? vscode.window.showWarningMessage(msg) : vscode.window.showInformationMessage(msg));
      return { files: files.length, ...report };
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
