import type { ApiOutcome, RunContext } from '../operation';
import { normalizeB2b } from './normalize-b2b';
import { inputErrorOutcome, runOrange } from './run';
import { PoiList, PoiQuery } from './schemas-b2b';

export const B2B_POI_PATH = '/eligibility/b2b/v1/poi';

/**
 * Orange Business Eligibility: `GET /eligibility/b2b/v1/poi` (Bearer + X-Api-Key).
 * Validates the query first (a missing comma in fullTextAddress is caught here, not as a 400100).
 */
export async function lookupPoi(ctx: RunContext, query: PoiQuery): Promise<ApiOutcome> {
  const parsed = PoiQuery.safeParse(query);
  if (!parsed.success) return inputErrorOutcome('orange-b2b poi', parsed.error);
  const q = parsed.data;
  return runOrange(ctx, {
    method: 'GET', path: B2B_POI_PATH, sendApiKey: true, label: 'Orange b2b poi',
    query: { fullTextAddress: q.fullTextAddress, buildingCode: q.buildingCode, buildingName: q.buildingName },
  }, PoiList, raw => normalizeB2b(raw, q));
}
