/**
 * The offers table as data: filter, sort, paginate, summarize. Pure (no DOM), unit-tested.
 */
import type { Offer, SortState } from '../src/shared/protocol';
import { compareOffers } from '../src/shared/offerRank';

export interface OfferRow {
  offer: Offer;
  /** position in the API's list (stable tie-break) */
  index: number;
  activationTypes: string[];
  reasonsText: string;
  /** lower-case text the filter searches */
  search: string;
}
export interface OfferFilter {
  text: string;
  eligibleOnly: boolean;
  /** the panel's words for eligible / not eligible (display language): searched as well as the English ones */
  words?: { eligible: string; notEligible: string };
}

export const PAGE_SIZE = 100;

export function activationTypes(o: Offer): string[] {
  const a = o.details?.activationTypes;
  return Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : [];
}

function toRow(o: Offer, index: number, words: string[]): OfferRow {
  const acts = activationTypes(o);
  const reasonsText = o.reasons.map(r => (r.message ? `${r.code}: ${r.message}` : r.code)).join('; ');
  const provider = typeof o.details?.provider === 'string' ? o.details.provider : '';
  const search = `${o.technology} ${o.code} ${o.name} ${reasonsText} ${acts.join(' ')} ${provider} ${o.eligible ? `eligible ${words[0]}` : `not eligible ${words[1]}`}`.toLowerCase();
  return { offer: o, index, activationTypes: acts, reasonsText, search };
}

/** Rows are derived once per offers array (a view) and language, then only filtered and sorted. */
const rowCache = new WeakMap<readonly Offer[], { words: string; rows: OfferRow[] }>();
function rowsOf(offers: readonly Offer[], w: OfferFilter['words']): OfferRow[] {
  const words = w ? [w.eligible, w.notEligible] : ['', ''];
  const hit = rowCache.get(offers);
  if (hit && hit.words === words.join('|')) return hit.rows;
  const rows = offers.map((o, i) => toRow(o, i, words));
  rowCache.set(offers, { words: words.join('|'), rows });
  return rows;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const cmpStr = (a: string, b: string) => collator.compare(a, b);
/** a cheap, deterministic order for tie-breaks (the collator is for the column the user sorts by) */
const cmpRaw = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** numbers compare, missing values always last (whatever the direction) */
function cmpNum(a: number | undefined, b: number | undefined, dir: 1 | -1): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  return (a - b) * dir;
}

function primary(a: OfferRow, b: OfferRow, s: SortState, dir: 1 | -1): number {
  switch (s.key) {
    case 'eligible': return (Number(a.offer.eligible) - Number(b.offer.eligible)) * dir;
    case 'technology': return cmpStr(a.offer.technology, b.offer.technology) * dir;
    case 'code': return cmpStr(a.offer.code, b.offer.code) * dir;
    case 'name': return cmpStr(a.offer.name, b.offer.name) * dir;
    case 'download': return cmpNum(a.offer.downloadMbps, b.offer.downloadMbps, dir);
    case 'upload': return cmpNum(a.offer.uploadMbps, b.offer.uploadMbps, dir);
    case 'reasons': return cmpStr(a.reasonsText, b.reasonsText) * dir;
    case 'activation': return cmpStr(a.activationTypes.join(','), b.activationTypes.join(',')) * dir;
  }
}

/**
 * Eligible first, then the best first by the one rule the summary's "Best" uses (src/core/model/best.ts:
 * fiber above copper, then the faster), then by code, then the API's order. So the default order's
 * first row is the offer the summary names Best (an Orange POI's 2 Mb/s SDSL no longer tops its FTTH).
 */
function tieBreak(a: OfferRow, b: OfferRow): number {
  return Number(b.offer.eligible) - Number(a.offer.eligible)
    || compareOffers(a.offer, b.offer)
    || cmpRaw(a.offer.code, b.offer.code)
    || a.index - b.index;
}

/**
 * The rows to show: filtered (text in technology, code, name, reasons, activation types,
 * provider; "eligible only") and sorted (the chosen column, ties eligible first).
 */
export function buildOfferRows(offers: readonly Offer[], sort: SortState, filter: OfferFilter): OfferRow[] {
  // paging through the same view must not re-sort 2,000 rows: the last answer is kept
  const key = `${sort.key}|${sort.dir}|${filter.eligibleOnly}|${filter.text}|${filter.words?.eligible}|${filter.words?.notEligible}`;
  if (last && last.offers === offers && last.key === key) return last.rows;
  const rows = computeRows(offers, sort, filter);
  last = { offers, key, rows };
  return rows;
}
let last: { offers: readonly Offer[]; key: string; rows: OfferRow[] } | undefined;

function computeRows(offers: readonly Offer[], sort: SortState, filter: OfferFilter): OfferRow[] {
  const needle = filter.text.trim().toLowerCase();
  const terms = needle ? needle.split(/\s+/) : [];
  const rows = rowsOf(offers, filter.words).filter(r => (!filter.eligibleOnly || r.offer.eligible) && terms.every(t => r.search.includes(t)));
  const dir = sort.dir === 'asc' ? 1 : -1;
  return rows.sort((a, b) => primary(a, b, sort, dir) || tieBreak(a, b));
}

export interface Page<T> { items: T[]; page: number; pages: number; from: number; to: number; total: number }

/** One page of rows; the page number is clamped into range. */
export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const from = p * size;
  const items = rows.slice(from, from + size);
  return { items, page: p, pages, from: rows.length ? from + 1 : 0, to: from + items.length, total: rows.length };
}

export interface OfferSummary {
  total: number;
  eligible: number;
  /** the best eligible offer, as the host ranked it (src/core/model/best.ts: fiber above copper, then rate) */
  best?: Offer;
  byTechnology: { technology: string; total: number; eligible: number }[];
}

export function summarize(offers: readonly Offer[], bestIndex?: number): OfferSummary {
  let eligible = 0;
  const best = bestIndex !== undefined && offers[bestIndex]?.eligible ? offers[bestIndex] : undefined;
  const by = new Map<string, { technology: string; total: number; eligible: number }>();
  for (const o of offers) {
    const t = by.get(o.technology) ?? { technology: o.technology, total: 0, eligible: 0 };
    by.set(o.technology, t);
    t.total++;
    if (!o.eligible) continue;
    eligible++;
    t.eligible++;
  }
  return { total: offers.length, eligible, best, byTechnology: [...by.values()] };
}

/** `1000` → `1 Gb/s`, `8.5` → `8.5 Mb/s`. */
export function formatRate(mbps: number | undefined): string {
  if (mbps === undefined) return '—';
  if (mbps >= 1000 && mbps % 100 === 0) return `${mbps / 1000} Gb/s`;
  return `${Math.round(mbps * 100) / 100} Mb/s`;
}
