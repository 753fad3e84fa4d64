/**
 * The results panels (host side). Usage, from activate():
 *
 *   const panels = new ResultsPanels(context, { rerun, profileName, saveAsRequestFile, runNextStep, log });
 *   context.subscriptions.push(panels);
 *   panels.show(execResult);                         // or panels.show({ result, assertions, source })
 *
 * Each `show` opens a new panel (side by side with the editor or the previous result). The
 * panel restores after a reload through a WebviewPanelSerializer (viewType `eligibility.result`,
 * needs `onWebviewPanel:eligibility.result` in activationEvents) from the state the webview saved
 * with `setState`: the redacted view and the UI arrangement, never secrets.
 */
import * as vscode from 'vscode';
import type { ExecResult } from '../../core/result';
import { DEFAULT_UI, VIEW_TYPE, isWebviewState } from '../../shared/protocol';
import { ResultPanel, setupWebview, type PanelDeps } from './panel';
import { isExecResult, makeView, type ShowInput } from './view';

export type { PanelDeps } from './panel';
export { ResultPanel } from './panel';
export type { ShowInput } from './view';
export { VIEW_TYPE } from '../../shared/protocol';

export interface ShowOptions {
  /** default: Beside when an editor or another result is active, else Active */
  column?: vscode.ViewColumn;
  preserveFocus?: boolean;
}

export class ResultsPanels implements vscode.Disposable {
  private readonly open: ResultPanel[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly deps: PanelDeps) {
    this.disposables.push(vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => { this.restore(panel, state); },
    }));
  }

  /** Opens a new results panel for this result and returns it. */
  show(input: ExecResult | ShowInput, opts: ShowOptions = {}): vscode.WebviewPanel {
    const view = makeView(isExecResult(input) ? { result: input } : input, this.deps.profileName());
    const column = opts.column ?? this.defaultColumn();
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, view.title,
      { viewColumn: column, preserveFocus: opts.preserveFocus ?? column !== vscode.ViewColumn.Active },
      { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: false,
        localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview')] });
    this.track(panel, view, undefined);
    return panel;
  }

  /** Every open results panel, oldest first. */
  get panels(): readonly ResultPanel[] { return this.open; }

  /** The most recently opened (or restored) results panel. */
  lastPanel(): ResultPanel | undefined { return this.open[this.open.length - 1]; }

  private restore(panel: vscode.WebviewPanel, state: unknown): void {
    if (!isWebviewState(state)) {
      this.deps.log?.debug('results panel: nothing to restore, closing it');
      panel.dispose();
      return;
    }
    this.track(panel, state.view, state.ui ?? DEFAULT_UI);
  }

  private track(panel: vscode.WebviewPanel, view: ResultPanel['view'], ui: ResultPanel['ui']): ResultPanel {
    setupWebview(panel.webview, this.context.extensionUri);
    const rp = new ResultPanel(panel, view, ui, this.deps, p => {
      const i = this.open.indexOf(p);
      if (i >= 0) this.open.splice(i, 1);
    });
    this.open.push(rp);
    return rp;
  }

  /** One results column: a new result opens where the last one is (never a third column); else beside the editor. */
  private defaultColumn(): vscode.ViewColumn {
    const last = [...this.open].reverse().find(p => p.panel.viewColumn !== undefined)?.panel.viewColumn;
    if (last !== undefined) return last;
    const ours = this.open.some(p => p.panel.active);
    return vscode.window.activeTextEditor || ours ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
  }

  dispose(): void {
    for (const p of this.open.splice(0)) p.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
