import type { Offer, Technology } from './normalized';

/**
 * The "best offer" ranking shared by every view: fiber above copper, then the download rate,
 * then the upload rate. (Provisional home, see /work/briefs/notes/best-offer.md.)
 */
const FIBER: ReadonlySet<Technology> = new Set<Technology>(['FTTH', 'FTTE', 'FTTO']);

export function isFiber(t: Technology): boolean { return FIBER.has(t); }

/** Negative when `a` ranks before (is better than) `b`. */
export function compareOffers(a: Offer, b: Offer): number {
  const fa = isFiber(a.technology) ? 1 : 0, fb = isFiber(b.technology) ? 1 : 0;
  if (fa !== fb) return fb - fa;
  const da = a.downloadMbps ?? -1, db = b.downloadMbps ?? -1;
  if (da !== db) return db - da;
  return (b.uploadMbps ?? -1) - (a.uploadMbps ?? -1);
}

/** The best offer of a list (eligible ones only unless `eligibleOnly` is false), or undefined. */
export function bestOffer(offers: readonly Offer[], eligibleOnly = true): Offer | undefined {
  const pool = eligibleOnly ? offers.filter(o => o.eligible) : [...offers];
  return pool.sort(compareOffers)[0];
}
