import type { Offer, Reason, Technology } from '../model/normalized';

/** An offer as a diff names it (no API-specific details). */
export interface OfferRef { technology: Technology; code: string; name: string; eligible: boolean; downloadMbps?: number; uploadMbps?: number }
export interface OfferFlip { offer: OfferRef; from: boolean; to: boolean }
export interface RateChange { offer: OfferRef; field: 'downloadMbps' | 'uploadMbps'; from?: number; to?: number }
export interface ReasonChange { offer: OfferRef; added: Reason[]; removed: Reason[] }

export interface OffersDiff {
  /** in `after` only (identity: technology + code, case-insensitive) */
  gained: OfferRef[];
  /** in `before` only */
  lost: OfferRef[];
  /** eligible true ↔ false */
  flips: OfferFlip[];
  rates: RateChange[];
  reasons: ReasonChange[];
  /** offers present on both sides with nothing changed */
  unchanged: number;
}

const TECH_ORDER: Technology[] = ['FTTH', 'FTTO', 'FTTE', 'VDSL', 'ADSL', 'SDSL'];

export function offerKey(o: Pick<Offer, 'technology' | 'code'>): string { return `${o.technology}\u0000${o.code.toLowerCase()}`; }

export function refOf(o: Offer): OfferRef {
  const r: OfferRef = { technology: o.technology, code: o.code, name: o.name, eligible: o.eligible };
  if (o.downloadMbps !== undefined) r.downloadMbps = o.downloadMbps;
  if (o.uploadMbps !== undefined) r.uploadMbps = o.uploadMbps;
  return r;
}

function byOffer(a: OfferRef, b: OfferRef): number {
  return TECH_ORDER.indexOf(a.technology) - TECH_ORDER.indexOf(b.technology) || a.code.localeCompare(b.code);
}

const reasonKey = (r: Reason) => `${r.code}\u0000${r.message}`;

/** Offers of two results compared by identity; every list sorted by technology, then code. */
export function diffOffers(before: readonly Offer[], after: readonly Offer[]): OffersDiff {
  const a = new Map<string, Offer>(), b = new Map<string, Offer>();
  // duplicates (same technology and code twice in one answer) keep their first occurrence
  for (const o of before) if (!a.has(offerKey(o))) a.set(offerKey(o), o);
  for (const o of after) if (!b.has(offerKey(o))) b.set(offerKey(o), o);
  const out: OffersDiff = { gained: [], lost: [], flips: [], rates: [], reasons: [], unchanged: 0 };
  for (const [k, o] of b) if (!a.has(k)) out.gained.push(refOf(o));
  for (const [k, o] of a) if (!b.has(k)) out.lost.push(refOf(o));
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y) continue;
    const ref = refOf(y);
    let changed = false;
    if (x.eligible !== y.eligible) { out.flips.push({ offer: ref, from: x.eligible, to: y.eligible }); changed = true; }
    for (const field of ['downloadMbps', 'uploadMbps'] as const) {
      if (x[field] !== y[field]) { out.rates.push({ offer: ref, field, from: x[field], to: y[field] }); changed = true; }
    }
    const ra = new Map(x.reasons.map(r => [reasonKey(r), r])), rb = new Map(y.reasons.map(r => [reasonKey(r), r]));
    const added = [...rb].filter(([key]) => !ra.has(key)).map(([, r]) => r);
    const removed = [...ra].filter(([key]) => !rb.has(key)).map(([, r]) => r);
    if (added.length || removed.length) { out.reasons.push({ offer: ref, added, removed }); changed = true; }
    if (!changed) out.unchanged++;
  }
  out.gained.sort(byOffer); out.lost.sort(byOffer);
  out.flips.sort((p, q) => byOffer(p.offer, q.offer));
  out.rates.sort((p, q) => byOffer(p.offer, q.offer) || p.field.localeCompare(q.field));
  out.reasons.sort((p, q) => byOffer(p.offer, q.offer));
  return out;
}
