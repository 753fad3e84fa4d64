import { compareOffers } from '../model/best';
import type { Offer, Technology } from '../model/normalized';
import type { ExecResult } from '../result';
import { isNotFound } from './recorder';
import { COMPARE_APIS, TECHNOLOGIES, type Candidate, type Cell, type CompareApi, type Disagreement, type MatrixRow } from './schema';

/** Where one API's answer for one technology comes from, as its resolution chain found it. */
export type Source =
  | { kind: 'result'; index: number; result: ExecResult; filter?: (o: Offer) => boolean }
  | { kind: 'choice'; candidates: Candidate[]; reason: { code: string; message: string }; indexes?: number[] }
  | { kind: 'missing'; reason: { code: string; message: string }; indexes?: number[] }
  | { kind: 'unasked'; reason: { code: string; message: string } }
  | { kind: 'error'; error: { status?: number; code?: string; message: string }; indexes?: number[] };

export type Findings = Partial<Record<Technology, Source>>;

export const API_LABEL: Record<CompareApi, string> = { ovh: 'OVHcloud', 'orange-b2b': 'Orange b2b', 'orange-rip': 'Orange RIP' };

export function cellOf(technology: Technology, source: Source | undefined): Cell {
  if (!source) return { status: 'not-offered', offers: [] };
  switch (source.kind) {
    case 'choice': return withCalls({ status: 'needs-choice', offers: [], reason: source.reason, candidates: source.candidates }, source.indexes);
    case 'missing': return withCalls({ status: 'not-eligible', offers: [], reason: source.reason }, source.indexes);
    case 'unasked': return { status: 'not-asked', offers: [], reason: source.reason };
    case 'error': return withCalls({ status: 'error', offers: [], error: source.error }, source.indexes);
    case 'result': return resultCell(technology, source);
  }
}

function withCalls(c: Cell, indexes: number[] | undefined): Cell {
  if (indexes?.length) c.calls = indexes;
  return c;
}

function resultCell(technology: Technology, s: Extract<Source, { kind: 'result' }>): Cell {
  const r = s.result;
  const calls = [s.index];
  if (!r.ok) {
    const e = r.error;
    if (isNotFound(r)) {
      return { status: 'not-eligible', offers: [], reason: { code: e?.code ?? (e?.status ? String(e.status) : 'NOT_FOUND'), message: e?.message ?? 'not found' }, calls };
    }
    return { status: 'error', offers: [], error: { ...(e?.status ? { status: e.status } : {}), ...(e?.code ? { code: e.code } : {}), message: e?.message ?? 'failed' }, calls };
  }
  const offers = (r.normalized?.offers ?? []).filter(o => o.technology === technology && (!s.filter || s.filter(o)));
  if (!offers.length) return { status: 'not-offered', offers: [], calls };
  const eligible = offers.filter(o => o.eligible).sort(compareOffers);
  if (eligible.length) {
    const cell: Cell = { status: 'eligible', offers: unique(eligible.map(o => o.code)), calls };
    const down = max(eligible.map(o => o.downloadMbps)), up = max(eligible.map(o => o.uploadMbps));
    if (down !== undefined) cell.bestDownMbps = down;
    if (up !== undefined) cell.bestUpMbps = up;
    return cell;
  }
  const ranked = [...offers].sort(compareOffers);
  if (ranked.some(o => o.details.status === 'notComputed')) {
    const c = ranked.find(o => o.details.status === 'notComputed')!;
    return { status: 'needs-choice', offers: unique(ranked.map(o => o.code)), reason: c.reasons[0] ?? { code: 'notComputed', message: 'not computed by the API' }, calls };
  }
  const reasoned = ranked.find(o => o.reasons.length) ?? ranked[0];
  const status = typeof reasoned.details.status === 'string' ? reasoned.details.status : 'NOT_ELIGIBLE';
  const reason = reasoned.reasons[0] ?? { code: status, message: `${reasoned.code} is not eligible` };
  return { status: 'not-eligible', offers: unique(ranked.map(o => o.code)), reason: { code: reason.code, message: reason.message }, calls };
}

function unique(a: string[]): string[] { return [...new Set(a)]; }
function max(a: (number | undefined)[]): number | undefined {
  const n = a.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return n.length ? Math.max(...n) : undefined;
}

export function buildMatrix(findings: Record<CompareApi, Findings | 'not-asked'>): MatrixRow[] {
  return TECHNOLOGIES.map(technology => {
    const cells = {} as MatrixRow['cells'];
    for (const api of COMPARE_APIS) {
      const f = findings[api];
      cells[api] = f === 'not-asked' ? { status: 'not-asked', offers: [] } : cellOf(technology, f[technology]);
    }
    return { technology, cells };
  });
}

/** One line per technology where one API says eligible and another says not eligible. */
export function findDisagreements(matrix: MatrixRow[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const row of matrix) {
    const yes = COMPARE_APIS.filter(a => row.cells[a].status === 'eligible');
    const no = COMPARE_APIS.filter(a => row.cells[a].status === 'not-eligible');
    if (!yes.length || !no.length) continue;
    const say = (a: CompareApi) => {
      const c = row.cells[a];
      if (c.status === 'eligible') return `${API_LABEL[a]} eligible (${c.offers.join(', ')}${c.bestDownMbps !== undefined ? `, ${c.bestDownMbps}/${c.bestUpMbps ?? '?'} Mbit/s` : ''})`;
      return `${API_LABEL[a]} not eligible (${c.reason ? `${c.reason.code}: ${c.reason.message}` : 'no reason given'})`;
    };
    out.push({ technology: row.technology, eligible: yes, notEligible: no, message: `${row.technology}: ${[...yes, ...no].map(say).join('; ')}` });
  }
  return out;
}
