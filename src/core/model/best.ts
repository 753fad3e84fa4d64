import type { Offer } from './normalized';
import { compareOffers } from '../../shared/offerRank';

/**
 * The one "best offer" rule, shared by the results panel, compare and campaigns: among ELIGIBLE
 * offers, the first by `compareOffers` (src/shared/offerRank.ts: fiber above copper, then rate, then
 * the technology order); the API's order breaks ties. The order itself lives in src/shared because
 * the panel's offers table sorts by it too.
 */
export { compareOffers, FIBER, isFiber, TECHNOLOGY_ORDER } from '../../shared/offerRank';

/**
 * The best eligible offer (any offer when `eligibleOnly` is false), or undefined when there is none.
 * Stable: the API's order breaks ties.
 */
export function bestOffer<T extends Offer>(offers: readonly T[], eligibleOnly = true): T | undefined {
  let best: T | undefined;
  for (const o of offers) if ((o.eligible || !eligibleOnly) && (!best || compareOffers(o, best) < 0)) best = o;
  return best;
}
