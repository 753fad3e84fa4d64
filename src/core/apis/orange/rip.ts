import type { ApiOutcome, RunContext } from '../operation';
import { normalizeRip } from './normalize-rip';
import { inputErrorOutcome, runOrange } from './run';
import { RipQualificationRequest, RipQualificationResponse } from './schemas-rip';

export const RIP_QUALIFICATION_PATH = '/ripoperatoreligibility/v1/productRIPQualification';

/**
 * The body as sent: exactly what the user wrote. `fulltext` (the guide's parameter table) and
 * `fullText` (the guide's example) are both sent with the spelling the request used: the guides
 * leave open which one the server reads, so we never rewrite it. The UI and tree send `fulltext`.
 */
export function toWireBody(body: RipQualificationRequest): RipQualificationRequest {
  return body;
}

/**
 * Orange RIP Operator Eligibility: `POST /ripoperatoreligibility/v1/productRIPQualification`
 * (Bearer only: the RIP guide documents no API key, so none is sent).
 */
export async function qualifyRip(ctx: RunContext, body: RipQualificationRequest): Promise<ApiOutcome> {
  const parsed = RipQualificationRequest.safeParse(body);
  if (!parsed.success) return inputErrorOutcome('orange-rip productRIPQualification', parsed.error);
  const req = parsed.data;
  return runOrange(ctx, {
    method: 'POST', path: RIP_QUALIFICATION_PATH, sendApiKey: false, label: 'Orange RIP productRIPQualification',
    body: toWireBody(req),
  }, RipQualificationResponse, raw => normalizeRip(raw, req));
}

/**
 * The follow-up body once the user picked one of `buildingsToChoose` (answer `notComputed`):
 * an address query gets `place.geographicAddress.geographicSubAddress.buildingCode`, as the
 * guide shows; any other query becomes a `buildingCode` query for that building.
 */
export function withChosenBuilding(req: RipQualificationRequest, buildingCode: string): RipQualificationRequest {
  const ga = req.place?.geographicAddress;
  if (req.contextType === 'address' && ga) {
    return { ...req, place: { ...req.place, geographicAddress: { ...ga, geographicSubAddress: { buildingCode } } } };
  }
  return { contextType: 'buildingCode', category: req.category, publicKey: { name: 'buildingCode', value: buildingCode } };
}
