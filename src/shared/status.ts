/**
 * The one definition of "did it pass", shared by the results panel's badge, the run summary,
 * the Test Explorer and the CodeLens. Pure, no runtime imports (webview bundles import it).
 */
import type { AssertionResult, ExecResult } from '../core/result';

/** A request of a run: `expected-failure` = the call failed as its `expect.error` said (counts as passed). */
export type RequestStatus = 'passed' | 'expected-failure' | 'failed' | 'error' | 'skipped';
export const REQUEST_STATUSES: readonly RequestStatus[] = ['passed', 'expected-failure', 'failed', 'error', 'skipped'];

export interface OutcomeFlags { ok: boolean; passed: boolean; skipped?: string; expectedFailure?: boolean; errorKind?: string }

export function requestStatus(o: OutcomeFlags): RequestStatus {
  if (o.skipped || o.errorKind === 'cancelled') return 'skipped';
  if (o.passed) return o.ok ? 'passed' : 'expected-failure';
  return !o.ok && !o.expectedFailure ? 'error' : 'failed';
}

/** Counts as passed in totals (an expected failure is a pass). */
export const isPass = (s: RequestStatus) => s === 'passed' || s === 'expected-failure';

/**
 * The badge of one result: OK only when the call succeeded AND every assertion passed.
 *   ok                 call succeeded, assertions (if any) all passed, nothing left to choose
 *   expected-error     the call failed exactly as the request file expected (assertions passed)
 *   assertions-failed  some assertion failed (call succeeded, or failed in another way than expected)
 *   needs-choice       RIP `notComputed`: the API asks to pick a building first
 *   error              the call failed and no assertion expected it
 */
export type ResultBadge = 'ok' | 'expected-error' | 'assertions-failed' | 'needs-choice' | 'error';

export function resultBadge(result: Pick<ExecResult, 'ok' | 'normalized'>, assertions?: readonly AssertionResult[]): ResultBadge {
  const checked = !!assertions?.length;
  const allPassed = checked && assertions!.every(a => a.passed);
  if (!result.ok) {
    // the request file expected a failure (its first assertion is then "the call fails")
    const expectedFailure = checked && assertions![0].description === 'the call fails';
    if (!expectedFailure) return 'error';
    return allPassed ? 'expected-error' : 'assertions-failed';
  }
  if (checked && !allPassed) return 'assertions-failed';
  const n = result.normalized;
  if (n && (n.qualificationResult === 'notComputed' || (n.buildingsToChoose?.length ?? 0) > 0) && !n.offers.length) return 'needs-choice';
  return 'ok';
}
