import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { diffResults } from '../../core/diff';
import { DIFF_VIEW_TYPE, parseDiffToHost, postToDiff, type DiffLabels, type DiffView } from '../../shared/diffProtocol';
import type { ResultEntry } from '../run/history';
import { setupBundleWebview } from '../panel/shell';

export function diffLabels(): DiffLabels {
  return {
    title: vscode.l10n.t('Result diff'), older: vscode.l10n.t('Older'), newer: vscode.l10n.t('Newer'), identical: vscode.l10n.t('Same outcome, same offers: nothing changed.'),
    differentCalls: vscode.l10n.t('These results are of different calls.'), outcome: vscode.l10n.t('Outcome'), ok: vscode.l10n.t('OK'), error: vscode.l10n.t('Error'),
    gained: vscode.l10n.t('Offers gained'), lost: vscode.l10n.t('Offers lost'), flips: vscode.l10n.t('Eligibility changes'), becameEligible: vscode.l10n.t('now eligible'),
    becameIneligible: vscode.l10n.t('not eligible'), rates: vscode.l10n.t('Rate changes'), reasons: vscode.l10n.t('Reason changes'), reasonAdded: vscode.l10n.t('now:'),
    reasonRemoved: vscode.l10n.t('no longer:'), fields: vscode.l10n.t('Other changes'), unchanged: vscode.l10n.t('Offers unchanged'), none: vscode.l10n.t('None.'), pair: vscode.l10n.t('{0}: {1}'),
    open: vscode.l10n.t('Show the result'), download: vscode.l10n.t('download'), upload: vscode.l10n.t('upload'),
  };
}

/** Builds the view of a diff: the older entry first, whatever order they were picked in. */
export function diffView(a: ResultEntry, b: ResultEntry): DiffView {
  const [before, after] = a.result.startedAt <= b.result.startedAt ? [a, b] : [b, a];
  const side = (e: ResultEntry) => ({ entryId: e.id, title: e.title, profile: e.profileName, startedAt: e.result.startedAt, source: e.source });
  return { id: randomUUID(), call: after.result.call, before: side(before), after: side(after), diff: diffResults(before.result, after.result) };
}

/** The result diff panel: ONE panel (reused) showing the last *Compare with…*. */
export class DiffPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private view: DiffView | undefined;
  private ready = false;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly shown = new vscode.EventEmitter<DiffView>();
  readonly onDidShow = this.shown.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly openResult: (entryId: string) => void) {}

  get current(): DiffView | undefined { return this.view; }

  show(a: ResultEntry, b: ResultEntry): DiffView {
    this.view = diffView(a, b);
    if (!this.panel) {
      this.ready = false;
      this.panel = vscode.window.createWebviewPanel(DIFF_VIEW_TYPE, vscode.l10n.t('Result diff'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableFindWidget: true });
      setupBundleWebview(this.panel.webview, this.extensionUri, 'diff');
      this.panelDisposables.push(
        this.panel.webview.onDidReceiveMessage(raw => {
          const m = parseDiffToHost(raw);
          if (m?.type === 'ready') { this.ready = true; this.post(); }
          else if (m?.type === 'openResult' && this.view) this.openResult(this.view[m.side].entryId);
        }),
        this.panel.onDidDispose(() => { this.panel = undefined; this.ready = false; for (const d of this.panelDisposables.splice(0)) d.dispose(); }),
      );
    } else this.panel.reveal(undefined, false);
    this.panel.title = vscode.l10n.t('Diff: {0}', a.title);
    this.post();
    return this.view;
  }

  private post(): void {
    if (!this.panel || !this.ready || !this.view) return;
    void Promise.resolve(postToDiff(this.panel.webview, { type: 'show', view: this.view, labels: diffLabels() })).catch(() => undefined);
    this.shown.fire(this.view);
  }

  dispose(): void { this.panel?.dispose(); this.shown.dispose(); }
}
