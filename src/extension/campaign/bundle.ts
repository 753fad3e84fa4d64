import * as path from 'path';
import type * as CampaignModule from '../../core/campaign';

let loaded: typeof CampaignModule | undefined;

/**
 * The campaign code (csv-parse, csv-stringify, the HTML report) is its own bundle, dist/campaign.js,
 * required on the first campaign: the extension bundle and activation do not pay for it.
 */
export function campaignBundle(): typeof CampaignModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'campaign.js')) as typeof CampaignModule;
  return loaded;
}
