/** The per-row compare of issue 11 for campaigns (undefined until src/core/compare is in the build). */
import type { CompareFn } from '../core/campaign/rowwork';

export function compareForCampaign(): CompareFn | undefined {
  return undefined;
}
