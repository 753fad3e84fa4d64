/**
 * THE reviewed list of deliberate differences from OVHcloud's published `/connectivity` schema
 * (specs/ovh/connectivity.json). Everything else the conformance tests find is a failure, and an
 * entry here that no longer matches anything is a failure too (so the list stays true).
 *
 * scope `zod`: our zod schemas / operation table (ovh-schema.test.ts).
 * scope `sandbox`: what the embedded sandbox answers (ovh-sandbox.test.ts).
 * `path` is a glob (`*` = anything) over the difference's path; `detail`, when given, must match
 * the difference's text too. Add an entry only with a reason a reviewer can check against a source.
 */
import type { Diff, DiffKind } from './zodDiff';

export interface ContractException {
  scope: 'zod' | 'sandbox';
  path: string;
  kind: DiffKind | DiffKind[];
  detail?: RegExp;
  reason: string;
}

export const EXCEPTIONS: readonly ContractException[] = [
  {
    scope: 'zod', path: '*', kind: 'open-object',
    reason: 'Response objects keep fields the schema does not list (zod looseObject): OVHcloud adds fields over time (this schema has several the 2020 guide lacks), and a new field must never hide an answer. Request bodies stay strict.',
  },
  {
    scope: 'zod', path: '*', kind: 'optional', detail: /may be null; ours: may also be absent/,
    reason: 'A response field the schema marks canBeNull may also be absent: the guides\' examples (000 EN 2020, 001 FR 2023) omit such fields (FiberInfo latitude/longitude/pmReference, OfferProduct unbundlingType, OfferEligibility multiOtp, Street streetAltCode), and absent reads the same as null.',
  },
  {
    scope: 'zod', path: 'xdsl.AsyncTask*.status', kind: 'type',
    reason: 'Task status is any string, not the schema\'s pending|ok|error: the guides also write "done", "success" and "doing" (000 EN, API-NOTES §1). Every status but pending/doing is final; error fails, anything else with a result succeeds.',
  },
  {
    scope: 'zod', path: 'xdsl.AsyncTask*.erreur', kind: 'extra-field',
    reason: 'The French guide\'s failed-task example (001) spells the error key "erreur": it is read as the error message.',
  },
  {
    scope: 'zod', path: 'xdsl.AsyncTask_connectivity.eligibility.Meetings.result', kind: ['optional', 'nullable'],
    reason: 'The schema says a Meetings task result is never null, but a pending task has result null (the guides\' pending example, and every async task of this API): the wrapper is shared by all tasks.',
  },
  {
    scope: 'zod', path: 'connectivity.eligibility.Message.code', kind: 'type',
    reason: 'Reason codes are read as any string (or number), not only the schema\'s MessageCodeEnum: OVHcloud adds codes before its schema lists them (the guides show numeric codes as strings) and an unknown code must still be shown with its message.',
  },
  {
    scope: 'zod', path: 'connectivity.eligibility.OfferProduct.operator', kind: ['optional', 'nullable'],
    reason: 'The schema makes operator mandatory, but every offer of both guides\' examples (000 EN, 001 FR) has no operator: accepted absent (the guides show what servers answered).',
  },
  {
    scope: 'sandbox', path: 'seed connectivity.eligibility.*', kind: 'missing-field',
    detail: /absent \(schema: [^)]*\| null\)/,
    reason: 'The seeds serve the guides\' examples verbatim (000 EN 2020, 001 FR 2023), which omit fields the schema has since added as nullable: FiberInfo latitude/longitude/pmReference, OfferProduct unbundlingType, OfferEligibility multiOtp, Street streetAltCode. The generated world sends every field.',
  },
  {
    scope: 'sandbox', path: 'seed connectivity.eligibility.OfferProduct.operator', kind: 'missing-field',
    reason: 'The guides\' offers have no operator although the schema makes it mandatory; the seeds keep the guides verbatim (the client accepts both, see the zod exception). The generated world always sends it.',
  },
  {
    scope: 'zod', path: 'POST /connectivity/eligibility/search/addresses params.l*itude (as typed in a request file)', kind: 'type',
    reason: 'A request file (and the tree) may give latitude/longitude as a number, as people type coordinates; we always send the schema\'s string.',
  },
];

const globRe = (glob: string) => new RegExp(`^${glob.split('*').map(s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

export function covers(e: ContractException, d: Diff): boolean {
  const kinds = Array.isArray(e.kind) ? e.kind : [e.kind];
  return kinds.includes(d.kind) && globRe(e.path).test(d.path) && (!e.detail || e.detail.test(d.detail));
}

/** The differences no exception of `scope` covers, and which exceptions were used. */
export function uncovered(scope: ContractException['scope'], diffs: Diff[], used: Set<ContractException>): Diff[] {
  return diffs.filter(d => {
    const e = EXCEPTIONS.find(x => x.scope === scope && covers(x, d));
    if (e) used.add(e);
    return !e;
  });
}

export const format = (d: Diff): string => `${d.kind} ${d.path}: ${d.detail}`;
