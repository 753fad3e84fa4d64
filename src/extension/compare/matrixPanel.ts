/**
 * The matrix panels (host side): one webview per compare, with a strict CSP and a fresh nonce, typed
 * messages both ways (src/shared/matrixProtocol.ts), progress per API, cancel, click a cell → the
 * underlying result in the results panel, Copy as Markdown, Save as .elig.json. Restored after a reload.
 */
import * as vscode from 'vscode';
import { markdownReport } from '../../core/compare/text';
import type { CompareResult } from '../../core/compare/schema';
import type { ExecResult } from '../../core/result';
import {
  MATRIX_VIEW_TYPE, isMatrixState, parseMatrixToHost, postToMatrix,
  type MatrixProgress, type MatrixToHost, type MatrixToWebview,
} from '../../shared/matrixProtocol';
import { setupBundleWebview } from '../panel/shell';
import { matrixLabels } from './labels';

export interface MatrixHost {
  /** runs the compare again (same place, APIs, profile) into this panel */
  rerun(panel: MatrixPanel): void;
  /** shows one call of the compare in the results panel */
  openResult(result: ExecResult, title: string): Promise<void>;
  saveRequest(result: CompareResult): Promise<void>;
}

export class MatrixPanel implements vscode.Disposable {
  result?: CompareResult;
  /** set while a compare runs: aborting it stops the three APIs */
  running?: AbortController;
  private ready = false;
  private pending: MatrixToWebview[] = [];
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly shown = new vscode.EventEmitter<CompareResult>();
  /** fires after each matrix is posted (tests wait on it) */
  readonly onDidShow = this.shown.event;

  constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, readonly query: string, public profile: string, private readonly host: MatrixHost, private readonly onDispose: (p: MatrixPanel) => void) {
    setupBundleWebview(panel.webview, extensionUri, 'matrix', { style: 'matrix-style.css' });
    this.disposables.push(
      panel.webview.onDidReceiveMessage(raw => { const m = parseMatrixToHost(raw); if (m) void this.handle(m); }),
      panel.onDidDispose(() => this.dispose()),
      this.shown,
    );
  }

  async handle(m: MatrixToHost): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        for (const x of this.pending.splice(0)) this.post(x);
        return;
      case 'cancel': this.running?.abort(); return;
      case 'rerun': if (!this.running) this.host.rerun(this); return;
      case 'copyMarkdown':
        if (!this.result) return;
        await vscode.env.clipboard.writeText(markdownReport(this.result));
        return this.post({ type: 'notice', level: 'info', message: vscode.l10n.t('Copied the matrix as Markdown.') });
      case 'saveRequest':
        if (this.result) await this.host.saveRequest(this.result);
        return;
      case 'openCell': {
        const cell = this.result?.matrix.find(r => r.technology === m.technology)?.cells[m.api];
        const index = cell?.calls?.[0];
        if (index === undefined) return this.post({ type: 'notice', level: 'info', message: vscode.l10n.t('No call behind this cell.') });
        return this.openCall(m.api, index);
      }
      case 'openCall': return this.openCall(m.api, m.index);
    }
  }

  private async openCall(api: keyof CompareResult['resolved'], index: number): Promise<void> {
    const call = this.result?.resolved[api].calls[index];
    if (!call) return;
    await this.host.openResult(call as unknown as ExecResult, vscode.l10n.t('{0} {1} (compare {2})', call.call.api, call.call.operation, this.query));
  }

  setRunning(profile: string): void {
    this.profile = profile;
    this.post({ type: 'running', query: this.query, profile, labels: matrixLabels() });
  }

  progress(p: MatrixProgress): void { this.post({ type: 'progress', progress: p }); }

  show(result: CompareResult): void {
    this.result = result;
    this.post({ type: 'show', result, profile: this.profile, labels: matrixLabels() });
    this.shown.fire(result);
  }

  notice(level: 'info' | 'error', message: string): void { this.post({ type: 'notice', level, message }); }

  reveal(): void { this.panel.reveal(undefined, true); }

  private post(m: MatrixToWebview): void {
    if (this.disposed) return;
    if (!this.ready) { this.pending.push(m); return; }
    void Promise.resolve(postToMatrix(this.panel.webview, m)).catch(() => undefined);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.running?.abort();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDispose(this);
    this.panel.dispose();
  }
}

/** Opens and restores matrix panels. */
export class MatrixPanels implements vscode.Disposable {
  readonly open: MatrixPanel[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly host: MatrixHost) {
    this.disposables.push(vscode.window.registerWebviewPanelSerializer(MATRIX_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        if (!isMatrixState(state)) { panel.dispose(); return; }
        const p = this.track(panel, state.result.query, state.profile);
        p.show(state.result);
      },
    }));
  }

  private get root(): vscode.Uri { return vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'); }

  create(query: string, profile: string): MatrixPanel {
    const panel = vscode.window.createWebviewPanel(MATRIX_VIEW_TYPE, vscode.l10n.t('Matrix: {0}', query),
      { viewColumn: vscode.ViewColumn.Active }, { enableScripts: true, enableFindWidget: true, localResourceRoots: [this.root] });
    return this.track(panel, query, profile);
  }

  private track(panel: vscode.WebviewPanel, query: string, profile: string): MatrixPanel {
    const p = new MatrixPanel(panel, this.extensionUri, query, profile, this.host, x => { const i = this.open.indexOf(x); if (i >= 0) this.open.splice(i, 1); });
    this.open.push(p);
    return p;
  }

  dispose(): void {
    for (const p of this.open.splice(0)) p.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
