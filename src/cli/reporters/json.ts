import type { RequestOutcome } from '../../core/requests/runner';

/** `--reporter json`: an array of one object per request (the full raw result is not included). */
export function jsonReport(outcomes: readonly RequestOutcome[]): string {
  const rows = outcomes.map(o => ({
    file: o.file, name: o.name, api: o.api, operation: o.operation,
    ok: o.ok, passed: o.passed,
    ...(o.skipped ? { skipped: o.skipped } : {}),
    durationMs: o.durationMs,
    offers: o.offers,
    ...(o.resultCount !== undefined ? { resultCount: o.resultCount } : {}),
    assertions: o.assertions,
    ...(o.error ? { error: { status: o.error.status ?? null, code: o.error.code ?? null, message: o.error.message, kind: o.error.kind } } : {}),
    ...(o.expectedFailure ? { expectedFailure: true } : {}),
  }));
  // JSON.stringify escapes C0 controls; C1 controls, line separators and bidi overrides too
  return JSON.stringify(rows, null, 2).replace(/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
