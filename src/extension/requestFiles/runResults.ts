import * as vscode from 'vscode';
import type { RequestOutcome } from '../../core/requests/runner';

export interface RequestRunResult {
  name: string;
  passed: boolean;
  ok: boolean;
  skipped?: string;
  assertionsPassed: number;
  assertionsTotal: number;
  firstFailure?: string;
  error?: string;
  /** history entry of the result (to show it again) */
  entryId?: string;
}

/** The last run of each request of each open request file, for the inline CodeLens results. */
export class RunResults implements vscode.Disposable {
  private readonly byDoc = new Map<string, Map<number, RequestRunResult>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription = vscode.workspace.onDidChangeTextDocument(e => {
    // positions moved: results of an edited file would point at the wrong request
    if (e.contentChanges.length && this.byDoc.delete(e.document.uri.toString())) this.changed.fire();
  });

  get(uri: vscode.Uri): Map<number, RequestRunResult> | undefined { return this.byDoc.get(uri.toString()); }

  set(uri: vscode.Uri, outcome: RequestOutcome, entryId?: string): RequestRunResult {
    const failed = outcome.assertions.filter(a => !a.passed);
    const r: RequestRunResult = {
      name: outcome.name, passed: outcome.passed, ok: outcome.ok, skipped: outcome.skipped,
      assertionsPassed: outcome.assertions.length - failed.length, assertionsTotal: outcome.assertions.length,
      firstFailure: failed[0] ? `${failed[0].description}${failed[0].actual !== undefined ? ` ${vscode.l10n.t('(got {0})', failed[0].actual)}` : ''}` : undefined,
      error: outcome.error ? `${outcome.error.status ? `${outcome.error.status} ` : ''}${outcome.error.code ? `[${outcome.error.code}] ` : ''}${outcome.error.message}` : undefined,
      entryId,
    };
    let m = this.byDoc.get(uri.toString());
    if (!m) { m = new Map(); this.byDoc.set(uri.toString(), m); }
    m.set(outcome.index, r);
    this.changed.fire();
    return r;
  }

  dispose(): void { this.subscription.dispose(); this.changed.dispose(); }
}

/** "✓ 3/3 passed" / "✗ 1 of 3 failed: …" / "⊘ skipped: …" */
export function lensText(r: RequestRunResult): string {
  if (r.skipped) return `⊘ ${vscode.l10n.t('skipped: {0}', r.skipped)}`;
  if (r.passed) return `✓ ${r.assertionsTotal ? vscode.l10n.t('{0}/{1} passed', r.assertionsPassed, r.assertionsTotal) : vscode.l10n.t('passed')}`;
  const failed = r.assertionsTotal - r.assertionsPassed;
  if (failed) return `✗ ${vscode.l10n.t('{0} of {1} failed: {2}', failed, r.assertionsTotal, r.firstFailure ?? '')}`.slice(0, 120);
  return `✗ ${vscode.l10n.t('error: {0}', r.error ?? vscode.l10n.t('failed'))}`.slice(0, 120);
}
