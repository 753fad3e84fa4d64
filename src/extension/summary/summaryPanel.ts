import * as vscode from 'vscode';
import type { RunReport } from '../requestFiles/requestRunner';
import {
  parseSummaryToHost, postToSummary, SUMMARY_VIEW_TYPE,
  type SummaryLabels, type SummaryToHost, type SummaryView,
} from '../../shared/summaryProtocol';
import { setupBundleWebview } from '../panel/shell';

export interface SummaryDeps {
  /** shows a history entry in the results panel */
  openResult(entryId: string): void;
  /** runs these requests again (the failed ones of the shown run) */
  rerun(targets: { uri: vscode.Uri; indexes: number[] }[]): Promise<void>;
}

/** Every label of the panel, localized here, sent with each view. */
export function summaryLabels(): SummaryLabels {
  return {
    title: vscode.l10n.t('Run summary'), profile: vscode.l10n.t('Profile'), duration: vscode.l10n.t('Duration'), passed: vscode.l10n.t('passed'), failed: vscode.l10n.t('failed'),
    errors: vscode.l10n.t('errors'), skipped: vscode.l10n.t('skipped'), failedOnly: vscode.l10n.t('Failed only'), rerunFailed: vscode.l10n.t('Re-run failed'),
    file: vscode.l10n.t('File'), request: vscode.l10n.t('Request'), status: vscode.l10n.t('Status'), firstFailure: vscode.l10n.t('First failed assertion'),
    noFailures: vscode.l10n.t('Nothing failed.'), cancelled: vscode.l10n.t('Cancelled: some requests did not run.'), problems: vscode.l10n.t('Files that could not run'),
    openResult: vscode.l10n.t('Show the result'),
    statusPassed: vscode.l10n.t('Passed'), statusExpected: vscode.l10n.t('Failed as expected'), statusFailed: vscode.l10n.t('Assertions failed'), statusError: vscode.l10n.t('Error'), statusSkipped: vscode.l10n.t('Skipped'),
    durationMs: vscode.l10n.t('{0} ms'),
    pair: vscode.l10n.t('{0}: {1}'),
  };
}

export function toSummaryView(r: RunReport): SummaryView {
  return {
    id: r.id, kind: r.kind, profile: r.profile, startedAt: r.startedAt, durationMs: r.durationMs, cancelled: r.cancelled, summary: r.summary,
    problems: r.problems,
    rows: r.rows.map(x => ({ file: x.file, uri: x.uri, index: x.index, line: x.line, name: x.name, api: x.api, operation: x.operation, status: x.status,
      durationMs: x.durationMs, firstFailure: x.firstFailure, error: x.error, skipped: x.skipped, entryId: x.entryId })),
  };
}

/**
 * The run summary: ONE panel (reused) for *Run all* and *Run folder*: every request with its
 * status, duration and first failed assertion, "failed only", a click shows the result.
 */
export class SummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private view: SummaryView | undefined;
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly shown = new vscode.EventEmitter<SummaryView>();
  /** a view was posted to the webview (tests wait on it) */
  readonly onDidShow = this.shown.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly deps: SummaryDeps) {}

  get current(): SummaryView | undefined { return this.view; }

  show(report: RunReport): void {
    this.view = toSummaryView(report);
    if (!this.panel) {
      this.ready = false;
      this.panel = vscode.window.createWebviewPanel(SUMMARY_VIEW_TYPE, vscode.l10n.t('Run summary'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableFindWidget: true });
      setupBundleWebview(this.panel.webview, this.extensionUri, 'summary');
      this.disposables.push(
        this.panel.webview.onDidReceiveMessage(raw => { const m = parseSummaryToHost(raw); if (m) void this.handle(m); }),
        this.panel.onDidDispose(() => {
          this.panel = undefined; this.ready = false;
          for (const d of this.disposables.splice(0)) d.dispose();
        }),
      );
    } else this.panel.reveal(undefined, true);
    this.post();
  }

  /** Handles one (validated) message from the webview; public for host tests. */
  async handle(m: SummaryToHost): Promise<void> {
    switch (m.type) {
      case 'ready': this.ready = true; this.post(); return;
      case 'openResult': this.deps.openResult(m.entryId); return;
      case 'openRequest': {
        const row = this.view?.rows.find(r => r.uri === m.uri && r.index === m.index);
        if (!row) return;
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(row.uri));
        const at = new vscode.Range(row.line, 0, row.line, 0);
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: at });
        return;
      }
      case 'rerunFailed': {
        const failed = new Map<string, number[]>();
        for (const r of this.view?.rows ?? []) if (r.status === 'failed' || r.status === 'error') failed.set(r.uri, [...(failed.get(r.uri) ?? []), r.index]);
        if (failed.size) await this.deps.rerun([...failed].map(([uri, indexes]) => ({ uri: vscode.Uri.parse(uri), indexes })));
        return;
      }
    }
  }

  private post(): void {
    if (!this.panel || !this.ready || !this.view) return;
    void Promise.resolve(postToSummary(this.panel.webview, { type: 'show', view: this.view, labels: summaryLabels() })).catch(() => undefined);
    this.shown.fire(this.view);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.shown.dispose();
  }
}
