/**
 * One report row: what the CSV, JSON-lines and HTML reports show for one input row, built from
 * the per-row compare (issue 11's CompareResult) or from a template's request outcomes.
 * The journal stores exactly this; every report is a view of it.
 */
import type { ApiId, Offer, Technology } from '../model/normalized';
import type { AssertionResult } from '../result';
import { compareOffers } from '../model/best';

export const CAMPAIGN_APIS: readonly ApiId[] = ['ovh', 'orange-b2b', 'orange-rip'];

/** The `A.*` columns of one API. */
export interface ApiColumns {
  /** best eligible technology, '' if none */
  best: string;
  maxDownMbps?: number;
  maxUpMbps?: number;
  /** eligible offer codes */
  eligible: string[];
  /** eligible technologies (for charts and diffs) */
  technologies: Technology[];
  /** main not-eligible reason code */
  reason: string;
  /** error code and message, '' if none */
  error: string;
}

export interface TemplateRequestResult {
  name: string;
  api: ApiId;
  operation: string;
  ok: boolean;
  passed: boolean;
  assertions: AssertionResult[];
  error?: { kind: string; status?: number; code?: string; message: string };
}

export interface RowRecord {
  line: number;
  id: string;
  /** every input column, as read */
  input: Record<string, string>;
  apis: Partial<Record<ApiId, ApiColumns>>;
  /** templates: every request's expect passed */
  passed?: boolean;
  /** unreadable row: why (with its line number) */
  problem?: string;
  /** the full matrix of the per-row compare (JSON-lines report) */
  compare?: unknown;
  /** templates: each request's outcome */
  requests?: TemplateRequestResult[];
}

/** Issue 11's cell and result, as far as the campaign reads them. */
export interface CompareCellLike {
  status: 'eligible' | 'not-eligible' | 'not-offered' | 'needs-choice' | 'error' | 'not-asked';
  offers?: string[];
  bestDownMbps?: number;
  bestUpMbps?: number;
  reason?: { code: string; message?: string };
  error?: { status?: number; code?: string; message: string };
  candidates?: unknown[];
}
export interface CompareResultLike {
  matrix: { technology: Technology; cells: Partial<Record<ApiId, CompareCellLike>> }[];
}

const errorText = (e: { status?: number; code?: string; kind?: string; message: string }) =>
  `${e.code ?? e.status ?? e.kind ?? 'error'}: ${e.message}`;

/** The columns of one API from its compare cells (one per technology). */
export function columnsFromCells(result: CompareResultLike, api: ApiId): ApiColumns {
  const cells = result.matrix.map(r => ({ technology: r.technology, cell: r.cells[api] })).filter(c => c.cell && c.cell.status !== 'not-asked');
  const eligible = cells.filter(c => c.cell!.status === 'eligible');
  const ranked = rankTechnologies(eligible.map(c => ({ technology: c.technology, downMbps: c.cell!.bestDownMbps, upMbps: c.cell!.bestUpMbps })));
  const err = cells.find(c => c.cell!.status === 'error')?.cell!.error;
  const choice = cells.find(c => c.cell!.status === 'needs-choice');
  const notEligible = rankTechnologies(cells.filter(c => c.cell!.status === 'not-eligible' && c.cell!.reason).map(c => ({ technology: c.technology, downMbps: c.cell!.bestDownMbps })));
  const reasonCell = notEligible.length ? cells.find(c => c.technology === notEligible[0] && c.cell!.status === 'not-eligible') : undefined;
  return {
    best: ranked[0] ?? '',
    maxDownMbps: max(eligible.map(c => c.cell!.bestDownMbps)),
    maxUpMbps: max(eligible.map(c => c.cell!.bestUpMbps)),
    eligible: [...new Set(eligible.flatMap(c => c.cell!.offers ?? []))],
    technologies: ranked,
    reason: eligible.length ? '' : reasonCell?.cell!.reason?.code ?? (choice ? 'needs-choice' : ''),
    error: err ? errorText(err) : '',
  };
}

/** The columns of one API from normalized offers (templates) and the call's error, if any. */
export function columnsFromOffers(offers: readonly Offer[], error?: { status?: number; code?: string; kind?: string; message: string }): ApiColumns {
  const eligible = offers.filter(o => o.eligible);
  const byTech = new Map<Technology, number | undefined>();
  for (const o of eligible) byTech.set(o.technology, max([byTech.get(o.technology), o.downloadMbps]));
  const ranked = rankTechnologies([...byTech].map(([technology, downMbps]) => ({ technology, downMbps })));
  const reasons = new Map<string, number>();
  if (!eligible.length) for (const o of offers) for (const r of o.reasons) reasons.set(r.code, (reasons.get(r.code) ?? 0) + 1);
  const reason = [...reasons].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return {
    best: ranked[0] ?? '',
    maxDownMbps: max(eligible.map(o => o.downloadMbps)),
    maxUpMbps: max(eligible.map(o => o.uploadMbps)),
    eligible: [...new Set(eligible.map(o => o.code))],
    technologies: ranked,
    reason,
    error: error ? errorText(error) : '',
  };
}

/** Technologies best first, by the one core rule (model/best.ts: fiber above copper, then rate). */
export function rankTechnologies(xs: readonly { technology: Technology; downMbps?: number; upMbps?: number }[]): Technology[] {
  const asOffer = (x: { technology: Technology; downMbps?: number; upMbps?: number }) => ({ technology: x.technology, downloadMbps: x.downMbps, uploadMbps: x.upMbps }) as Offer;
  return [...xs].sort((a, b) => compareOffers(asOffer(a), asOffer(b))).map(x => x.technology);
}

function max(xs: (number | undefined)[]): number | undefined {
  let m: number | undefined;
  for (const x of xs) if (typeof x === 'number' && Number.isFinite(x) && (m === undefined || x > m)) m = x;
  return m;
}

/** The columns of an API that could not answer for this row. */
export function errorColumns(error: string): ApiColumns {
  return { best: '', eligible: [], technologies: [], reason: '', error };
}

/** Row status for the journal: unreadable, some API failed, or fine. */
export function statusOf(r: RowRecord): 'ok' | 'error' | 'bad' {
  if (r.problem) return 'bad';
  return Object.values(r.apis).some(a => a?.error) ? 'error' : 'ok';
}
