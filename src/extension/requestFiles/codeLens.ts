import * as vscode from 'vscode';
import { parseRequestFile } from '../../core/requests/parse';
import { toRange } from './parseDocument';
import { lensText, RunResults } from './runResults';

/**
 * "▶ Run all" at the top, "▶ Run" above each request, and after a run the request's
 * assertion results ("✓ 3/3 passed" / "✗ 1 of 3 failed: …"; a click shows the result).
 */
export class RequestCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly results: RunResults) {
    this.subscription = results.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const parsed = parseRequestFile(doc.getText());
    if (!parsed.requests.length) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [new vscode.CodeLens(top, { title: `▶ ${vscode.l10n.t('Run all ({0})', parsed.requests.length)}`, command: 'eligibility.runRequestFile', arguments: [doc.uri] })];
    const done = this.results.get(doc.uri);
    for (const r of parsed.requests) {
      const range = toRange(r.range);
      lenses.push(new vscode.CodeLens(range, { title: `▶ ${vscode.l10n.t('Run')}`, command: 'eligibility.runRequest', arguments: [doc.uri, r.index],
        tooltip: r.name ? vscode.l10n.t('Run {0} with the active profile', r.name) : vscode.l10n.t('Run request {0} with the active profile', r.index + 1) }));
      const res = done?.get(r.index);
      if (res) {
        lenses.push(new vscode.CodeLens(range, { title: lensText(res), command: res.entryId ? 'eligibility.showResult' : '',
          arguments: res.entryId ? [res.entryId] : undefined, tooltip: res.error ?? res.firstFailure ?? vscode.l10n.t('Show the result') }));
      }
    }
    return lenses;
  }

  dispose(): void { this.subscription.dispose(); this.changed.dispose(); }
}
