import * as vscode from 'vscode';
import type { CompareResult } from '../../core/compare/schema';
import type { RequestOutcome } from '../../core/requests/runner';
import type { AssertionResult } from '../../core/result';
import { isPass, requestStatus, type RequestStatus } from '../../shared/status';

/** The last run of one request: what the CodeLens, the Test Explorer and the run summary show. */
export interface RequestRunResult {
  index: number;
  name: string;
  api: string;
  operation: string;
  status: RequestStatus;
  /** every assertion passed (an expected failure passes; a skipped request counts as passed) */
  passed: boolean;
  ok: boolean;
  skipped?: string;
  durationMs: number;
  assertions: AssertionResult[];
  assertionsPassed: number;
  assertionsTotal: number;
  firstFailure?: string;
  error?: string;
  /** history entry of the result (to show it again) */
  entryId?: string;
  /** a compare entry's matrix (the same object the core runner returned: shown in a matrix panel) */
  compare?: CompareResult;
}

export interface ResultChange { uri: vscode.Uri; result: RequestRunResult }

export function toRunResult(outcome: RequestOutcome, entryId?: string): RequestRunResult {
  const failed = outcome.assertions.filter(a => !a.passed);
  const status = requestStatus({ ...outcome, errorKind: outcome.error?.kind });
  return {
    index: outcome.index, name: outcome.name, api: outcome.api, operation: outcome.operation, status,
    passed: outcome.passed, ok: outcome.ok, skipped: outcome.skipped ?? (status === 'skipped' ? 'cancelled' : undefined), durationMs: outcome.durationMs,
    assertions: outcome.assertions,
    assertionsPassed: outcome.assertions.length - failed.length, assertionsTotal: outcome.assertions.length,
    firstFailure: failed[0] ? `${failed[0].description}${failed[0].actual !== undefined ? ` ${vscode.l10n.t('(got {0})', failed[0].actual)}` : ''}` : undefined,
    error: outcome.error ? `${outcome.error.status ? `${outcome.error.status} ` : ''}${outcome.error.code ? `[${outcome.error.code}] ` : ''}${outcome.error.message}` : undefined,
    entryId,
    compare: outcome.compare,
  };
}

/**
 * THE result store of request-file runs: the last result of each request of each file, whoever
 * ran it (CodeLens, Run all, Run folder, Test Explorer). Results of a file that is edited are
 * dropped (positions moved: they would point at the wrong request).
 */
export class RunResults implements vscode.Disposable {
  private readonly byDoc = new Map<string, Map<number, RequestRunResult>>();
  private readonly changed = new vscode.EventEmitter<ResultChange | undefined>();
  /** a result was stored (undefined: a file's results were dropped) */
  readonly onDidChange = this.changed.event;
  private readonly subscription = vscode.workspace.onDidChangeTextDocument(e => {
    if (e.contentChanges.length && this.byDoc.delete(e.document.uri.toString())) this.changed.fire(undefined);
  });

  get(uri: vscode.Uri): Map<number, RequestRunResult> | undefined { return this.byDoc.get(uri.toString()); }

  set(uri: vscode.Uri, outcome: RequestOutcome, entryId?: string): RequestRunResult {
    const r = toRunResult(outcome, entryId);
    let m = this.byDoc.get(uri.toString());
    if (!m) { m = new Map(); this.byDoc.set(uri.toString(), m); }
    m.set(outcome.index, r);
    this.changed.fire({ uri, result: r });
    return r;
  }

  dispose(): void { this.subscription.dispose(); this.changed.dispose(); }
}

/** "✓ 3/3 passed" / "✓ failed as expected" / "✗ 1 of 3 failed: …" / "⊘ skipped: …" */
export function lensText(r: RequestRunResult): string {
  if (r.status === 'skipped') return `⊘ ${vscode.l10n.t('skipped: {0}', r.skipped ?? vscode.l10n.t('cancelled'))}`;
  if (isPass(r.status)) {
    const counts = r.assertionsTotal ? vscode.l10n.t('{0}/{1} passed', r.assertionsPassed, r.assertionsTotal) : vscode.l10n.t('passed');
    return r.status === 'expected-failure' ? `✓ ${vscode.l10n.t('failed as expected, {0}', counts)}` : `✓ ${counts}`;
  }
  const failed = r.assertionsTotal - r.assertionsPassed;
  if (r.status === 'failed' && failed) return `✗ ${vscode.l10n.t('{0} of {1} failed: {2}', failed, r.assertionsTotal, r.firstFailure ?? '')}`.slice(0, 120);
  return `✗ ${vscode.l10n.t('error: {0}', r.error ?? vscode.l10n.t('failed'))}`.slice(0, 120);
}
