import type { Offer, Technology } from '../core/model/normalized';

/**
 * The one "best offer" order, shared by the core (compare, campaigns, the host's Best) and the results
 * panel's default sort. It lives here, not in src/core, because the webview bundles it: pure, no
 * runtime import. Among offers, fiber (FTTH, FTTE, FTTO) ranks above copper (VDSL, ADSL, SDSL)
 * whatever the rates (an Orange POI gives no fiber rate and a 2 Mb/s SDSL rate: the fiber is still
 * better); within the same family the higher download rate wins (an unknown rate ranks below any
 * known one), then the higher upload rate, then the technology order below.
 */
export const FIBER: ReadonlySet<Technology> = new Set<Technology>(['FTTH', 'FTTE', 'FTTO']);

/** Tie-break order when rates do not decide: dedicated fiber first, then by usual capability. */
export const TECHNOLOGY_ORDER: readonly Technology[] = ['FTTO', 'FTTE', 'FTTH', 'VDSL', 'ADSL', 'SDSL'];

export function isFiber(t: Technology): boolean { return FIBER.has(t); }

/** Negative when `a` is better than `b` (a sort comparator: best first). Eligibility is not considered. */
export function compareOffers(a: Offer, b: Offer): number {
  return Number(isFiber(b.technology)) - Number(isFiber(a.technology))
    || rate(b.downloadMbps) - rate(a.downloadMbps)
    || rate(b.uploadMbps) - rate(a.uploadMbps)
    || TECHNOLOGY_ORDER.indexOf(a.technology) - TECHNOLOGY_ORDER.indexOf(b.technology);
}

const rate = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? -1 : v);
