import type { Endpoint, Offer } from '../../core/model/normalized';
import type { RequestOutcome } from '../../core/requests/runner';

/** Each offer as the normalized model has it, without the API-specific `details`. */
function offerRow(o: Offer) {
  return { api: o.api, technology: o.technology, code: o.code, name: o.name, eligible: o.eligible,
    reasons: o.reasons.map(r => ({ code: r.code, message: r.message })),
    downloadMbps: o.downloadMbps ?? null, uploadMbps: o.uploadMbps ?? null };
}

/** The endpoint without the OVH as-received blobs (copper, fiber, portability). */
function endpointSummary(e: Endpoint | undefined) {
  if (!e) return undefined;
  const { copper: _c, fiber: _f, portability: _p, ...summary } = e;
  return summary;
}

/**
 * `--reporter json`: an array of one object per request, with every offer as normalized
 * (reasons and rates included), the endpoint summary and the schema drift; the raw response is not included.
 */
export function jsonReport(outcomes: readonly RequestOutcome[]): string {
  const rows = outcomes.map(o => ({
    file: o.file, name: o.name, api: o.api, operation: o.operation,
    ok: o.ok, passed: o.passed,
    ...(o.skipped ? { skipped: o.skipped } : {}),
    durationMs: o.durationMs,
    offers: o.result?.normalized ? o.result.normalized.offers.map(offerRow) : o.offers,
    ...(o.result?.normalized ? { endpoint: endpointSummary(o.result.normalized.endpoint) } : {}),
    ...(o.result?.normalized?.qualificationResult ? { qualificationResult: o.result.normalized.qualificationResult } : {}),
    schemaDrift: o.result?.schemaDrift ?? [],
    ...(o.resultCount !== undefined ? { resultCount: o.resultCount } : {}),
    assertions: o.assertions,
    ...(o.error ? { error: { status: o.error.status ?? null, code: o.error.code ?? null, message: o.error.message, kind: o.error.kind } } : {}),
    ...(o.expectedFailure ? { expectedFailure: true } : {}),
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}
