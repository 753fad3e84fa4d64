/**
 * Diff of two results of the same call: offers gained/lost, eligibility flips, rate and reason
 * changes, outcome and endpoint field changes. Pure and VS Code-free: the extension's
 * "Compare with…" and the CLI reuse it (API: /work/briefs/notes/diff-api.md).
 */
import type { NormalizedResult } from '../model/normalized';
import type { ExecResult } from '../result';
import { callKey, sameCall } from './callKey';
import { diffOffers, type OffersDiff } from './offers';

export { callKey, sameCall } from './callKey';

export type { OfferFlip, OfferRef, OffersDiff, RateChange, ReasonChange } from './offers';

export interface SideInfo {
  startedAt: string;
  ok: boolean;
  durationMs: number;
  error?: { kind: string; status?: number; code?: string; message: string };
  queryId?: string;
}

export interface FieldChange { path: string; from?: string; to?: string }

export interface ResultDiff {
  /** false: the two results are of different calls (still compared; say so) */
  sameCall: boolean;
  before: SideInfo;
  after: SideInfo;
  /** ok → error, error → ok, or another error (kind, status or code) */
  outcomeChanged: boolean;
  offers: OffersDiff;
  fields: FieldChange[];
  /** nothing changed (durations, timestamps and query ids are not changes) */
  identical: boolean;
}

function side(r: ExecResult): SideInfo {
  const s: SideInfo = { startedAt: r.startedAt, ok: r.ok, durationMs: r.durationMs };
  if (r.error) s.error = { kind: r.error.kind, status: r.error.status, code: r.error.code, message: r.error.message };
  if (r.exchange?.queryId) s.queryId = r.exchange.queryId;
  return s;
}

const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

/** The endpoint and qualification fields a support engineer compares, as strings. */
function fieldsOf(r: ExecResult): Record<string, string | undefined> {
  const n: NormalizedResult | undefined = r.normalized;
  const e = n?.endpoint;
  return {
    qualificationResult: n?.qualificationResult,
    eligibilityReference: n?.eligibilityReference,
    'endpoint.referenceType': e?.referenceType,
    'endpoint.reference': e?.reference,
    'endpoint.building': e?.building?.reference,
    'endpoint.line.status': e?.line?.status,
    'endpoint.nra': e?.nra,
    'endpoint.nro': e?.nro,
    'endpoint.pm': e?.pm,
    'endpoint.operator': e?.operator,
    buildingsToChoose: n?.buildingsToChoose ? String(n.buildingsToChoose.length) : undefined,
    resultCount: !n && Array.isArray(r.raw) ? String(r.raw.length) : undefined,
  };
}

/** `before` is the older result, `after` the newer (the caller orders them). */
export function diffResults(before: ExecResult, after: ExecResult): ResultDiff {
  const b = side(before), a = side(after);
  const outcomeChanged = b.ok !== a.ok || (!!b.error && !!a.error
    && (b.error.kind !== a.error.kind || b.error.status !== a.error.status || str(b.error.code) !== str(a.error.code)));
  const offers = diffOffers(before.normalized?.offers ?? [], after.normalized?.offers ?? []);
  const fb = fieldsOf(before), fa = fieldsOf(after);
  const fields: FieldChange[] = [];
  for (const path of Object.keys(fb)) if (fb[path] !== fa[path]) fields.push({ path, from: fb[path], to: fa[path] });
  const identical = !outcomeChanged && !fields.length && !offers.gained.length && !offers.lost.length
    && !offers.flips.length && !offers.rates.length && !offers.reasons.length;
  return { sameCall: sameCall(before.call, after.call), before: b, after: a, outcomeChanged, offers, fields, identical };
}
