/**
 * One results panel: a WebviewPanel, the view it shows, and the handlers of its messages.
 * Messages are validated (`parseWebviewToHost`); unknown ones are ignored. Every listener
 * is disposed with the panel.
 */
import * as vscode from 'vscode';
import type { EligErrorInfo, NextStep } from '../../core/errors';
import type { Logger } from '../../core/log';
import type { ApiCall, ExecResult } from '../../core/result';
import {
  DEFAULT_UI, parseWebviewToHost, postToWebview,
  type HostToWebview, type ResultView, type UiState, type WebviewToHost,
} from '../../shared/protocol';
import { features } from '../lazy/load';
import { setupBundleWebview } from './shell';
import { resultLabels } from './labels';
import { callForBuilding, isExecResult, makeView, type ShowInput } from './view';

/** What the panels need from the rest of the extension. Keep it small. */
export interface PanelDeps {
  /** Runs a call with the active profile (under withProgress, cancellable) and returns its result;
   *  may return a ShowInput to attach fresh assertions or a source. Should not throw. */
  rerun(call: ApiCall): Promise<ExecResult | ShowInput>;
  /** Name of the active profile, shown in the header of results that do not say otherwise. */
  profileName(): string;
  /** *Export for Support…*: writes the HAR and the Markdown summary of this result (asks where). */
  exportForSupport(view: ResultView): Promise<void>;
  /** Saves the call as a `.elig.json` request file; a failed result records its error as `expect.error`. */
  saveAsRequestFile(call: ApiCall, result?: ExecResult): Promise<void>;
  /** Opens the diff of this result with another result of the same call (picked from the history). */
  compareWith?(result: ExecResult): Promise<void>;
  /** Runs an error's next step other than retry/wait (those re-run here): set-credentials, open-log, fix-input, check-endpoint. */
  runNextStep(step: NextStep, call: ApiCall, error?: EligErrorInfo): Promise<void>;
  log?: Logger;
}

/** Sets the options and HTML of a (new or restored) results webview. */
export function setupWebview(webview: vscode.Webview, extensionUri: vscode.Uri): void {
  setupBundleWebview(webview, extensionUri, 'main', { style: 'style.css' });
}

export class ResultPanel implements vscode.Disposable {
  /** resolves when the webview has posted `ready` (the first time) */
  readonly ready: Promise<void>;
  private markReady!: () => void;
  private isReady = false;
  private busy = false;
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly showListeners = new Set<(v: ResultView) => void>();

  constructor(
    readonly panel: vscode.WebviewPanel,
    public view: ResultView,
    public ui: UiState | undefined,
    private readonly deps: PanelDeps,
    private readonly onDispose: (p: ResultPanel) => void,
  ) {
    this.ready = new Promise(resolve => { this.markReady = resolve; });
    panel.title = view.title;
    this.disposables.push(
      panel.webview.onDidReceiveMessage(raw => {
        const msg = parseWebviewToHost(raw);
        if (!msg) { deps.log?.debug('results panel: ignored an unknown message'); return; }
        void this.handle(msg);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** Calls `fn` each time a view is posted (tests wait on this instead of sleeping). */
  onDidShow(fn: (v: ResultView) => void): vscode.Disposable {
    this.showListeners.add(fn);
    return new vscode.Disposable(() => this.showListeners.delete(fn));
  }

  /** Handles one (validated) message from the webview. Public so host tests can drive it. */
  async handle(msg: WebviewToHost): Promise<void> {
    switch (msg.type) {
      case 'ready':
        this.isReady = true;
        this.markReady();
        this.postShow();
        return;
      case 'rerun': return this.run(this.view.result.call);
      case 'pickBuilding': return this.run(callForBuilding(this.view.result.call, msg.code, this.view.result.normalized));
      case 'copyCurl': {
        const ex = this.view.result.exchange;
        if (!ex) return this.notice('error', vscode.l10n.t('No request was sent for this result: nothing to copy.'));
        await vscode.env.clipboard.writeText(features().toCurl(ex));
        return this.notice('info', vscode.l10n.t('Copied as cURL: secrets are environment variables ($ELIG_ORANGE_TOKEN, $ELIG_OVH_…), see the comments.'));
      }
      case 'copyJson':
        await vscode.env.clipboard.writeText(JSON.stringify(this.view.result, null, 2));
        return this.notice('info', vscode.l10n.t('Copied the result JSON.'));
      case 'saveRequestFile':
        return this.guard(() => this.deps.saveAsRequestFile(this.view.result.call, this.view.result));
      case 'compareWith':
        return this.guard(async () => { await this.deps.compareWith?.(this.view.result); });
      case 'exportSupport':
        return this.guard(() => this.deps.exportForSupport(this.view));
      case 'nextStep':
        if (msg.step === 'retry' || msg.step === 'wait') return this.run(this.view.result.call);
        return this.guard(() => this.deps.runNextStep(msg.step, this.view.result.call, this.view.result.error));
      case 'persistState':
        this.ui = msg.ui;
        return;
    }
  }

  /** Replaces the view (a new result in the same panel). */
  update(view: ResultView, ui?: UiState): void {
    this.view = view;
    this.ui = ui ?? (this.ui ? { ...this.ui, page: 0 } : undefined);
    if (!this.disposed) this.panel.title = view.title;
    this.postShow();
  }

  reveal(): void { this.panel.reveal(undefined, true); }

  private async run(call: ApiCall): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.post({ type: 'busy', busy: true, message: vscode.l10n.t('Running {0} {1}…', call.api, call.operation) });
    try {
      const out = await this.deps.rerun(call);
      if (this.disposed) return;
      const input: ShowInput = isExecResult(out) ? { result: out, source: this.view.source } : out;
      // a re-run of the same call keeps the title it was opened with
      const same = JSON.stringify(call) === JSON.stringify(this.view.result.call);
      this.update(makeView({ ...input, title: input.title ?? (same ? this.view.title : undefined) }, this.deps.profileName()));
    } catch (e) {
      this.deps.log?.error(`results panel: re-run failed: ${e instanceof Error ? e.message : String(e)}`);
      this.notice('error', vscode.l10n.t('The re-run failed; see the Eligibility log.'));
    } finally {
      this.busy = false;
      this.post({ type: 'busy', busy: false });
    }
  }

  private async guard(fn: () => Promise<void>): Promise<void> {
    try { await fn(); } catch (e) {
      this.deps.log?.error(`results panel: ${e instanceof Error ? e.message : String(e)}`);
      this.notice('error', vscode.l10n.t('That action failed; see the Eligibility log.'));
    }
  }

  private postShow(): void {
    if (!this.isReady) return; // the `ready` handler posts it
    this.post({ type: 'show', view: this.view, ui: this.ui ?? DEFAULT_UI, labels: resultLabels() });
    for (const fn of this.showListeners) fn(this.view);
  }

  private notice(level: 'info' | 'error', message: string): void {
    this.post({ type: 'notice', level, message });
  }

  private post(msg: HostToWebview): void {
    if (this.disposed) return;
    void Promise.resolve(postToWebview(this.panel.webview, msg)).catch(() => undefined);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.showListeners.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDispose(this);
    this.panel.dispose();
  }
}
