import * as z from 'zod';
import { MatrixExpect } from './compare-entry';

/**
 * `expect`: the assertions of one request, at the eligibility level.
 * Every key is optional; a request without `expect` passes when the call succeeds.
 * Offer selectors (`eligible`, `notEligible`, `reasons[].offer`) match an offer by its code
 * (`FTTH-MAX-1G`, `ftte`, `FTTE passif PM`, case-insensitive) or by its technology
 * (`ADSL`, `VDSL`, `SDSL`, `FTTH`, `FTTE`, `FTTO`).
 */
const OfferSelector = z.string().min(1).meta({
  description: 'An offer code (e.g. `FTTH-MAX-1G`, `ftte`, `FTTE passif PM`; case-insensitive) or a technology (`ADSL`, `VDSL`, `SDSL`, `FTTH`, `FTTE`, `FTTO`).',
  examples: ['FTTH', 'FTTH-MAX-1G', 'VDSL-MAX_SHARED', 'ftte'],
});

export const ExpectedError = z.strictObject({
  status: z.number().int().min(100).max(599).optional().meta({ description: 'Expected HTTP status of the failure, e.g. 404.', examples: [404, 400, 401] }),
  code: z.union([z.string(), z.number()]).optional().meta({ description: "Expected API error code (Orange `code`, OVH `errorCode`), e.g. `4041` or `30`.", examples: ['4041', 30] }),
  kind: z.enum(['http', 'task', 'network', 'timeout', 'cancelled', 'redirect', 'credentials', 'input', 'protocol']).optional()
    .meta({ description: 'Expected error kind: `http` (non-2xx answer), `task` (OVH task in error), `timeout`, `credentials`, ...' }),
  message: z.string().optional().meta({ description: 'Text the error message must contain (case-insensitive).', examples: ['not found'] }),
}).meta({ description: 'The request must FAIL with this error. Implies `ok: false`.' });

export const ExpectedReason = z.strictObject({
  offer: OfferSelector.optional().meta({ description: 'Offer code or technology the reason applies to; any offer when omitted.' }),
  code: z.union([z.string(), z.number()]).meta({
    description: 'Reason code the offer must carry (OVH `TOO_MUCH_ATTENUATION`, `3049`; RIP `notDeployed`; Orange b2b comment).',
    examples: ['TOO_MUCH_ATTENUATION', 'FIBER_NOT_DEPLOYED_IN_BUILDING', 'notDeployed'],
  }),
});

const EndpointField = z.union([z.string(), z.number()]);
export const ExpectedEndpoint = z.strictObject({
  referenceType: z.string().optional().meta({ description: 'Endpoint reference type: `lineNumber`, `building`, `address`, `otp`, `hexacle`, `poi`, ...' }),
  reference: EndpointField.optional().meta({ description: 'Endpoint reference (line number, building code, ...).' }),
  nra: z.string().optional().meta({ description: 'NRA (copper central office) code.' }),
  nro: z.string().optional().meta({ description: 'NRO (optical central office) code.' }),
  pm: z.string().optional().meta({ description: 'PM (pooling point) reference.' }),
  operator: z.string().optional().meta({ description: 'Infrastructure operator (e.g. `ORANGE`, `SFR`).' }),
  building: z.string().optional().meta({ description: 'Building reference, e.g. `IMB/91471/C/NT8X`.' }),
  lineStatus: z.string().optional().meta({ description: 'Copper line status: `active` | `inactive`.' }),
  inseeCode: EndpointField.optional().meta({ description: 'INSEE code of the address.' }),
  zipCode: EndpointField.optional().meta({ description: 'Postal code of the address.' }),
  city: z.string().optional().meta({ description: 'City of the address (case-insensitive).' }),
  streetCode: EndpointField.optional().meta({ description: 'OVH street code (RIVOLI-based).' }),
}).meta({ description: 'Fields of the normalized endpoint that must be equal (strings compared case-insensitively).' });

export const PathCheck = z.strictObject({
  path: z.string().min(1).meta({
    description: 'Dot path into `{ raw, normalized }`, array indexes as numbers: `raw.0.city`, `normalized.endpoint.fiber.nro`.',
    examples: ['raw.0.city', 'normalized.offers.0.code'],
  }),
  equals: z.unknown().optional().meta({ description: 'The value must be deeply equal to this.' }),
  exists: z.boolean().optional().meta({ description: 'The value must exist (true) or be absent (false).' }),
  matches: z.string().optional().meta({ description: 'The value (as a string) must match this regular expression.' }),
});

export const Expect = z.strictObject({
  ok: z.boolean().optional().meta({ description: 'The call must succeed (`true`, the default when `expect` has no `error`) or fail (`false`).' }),
  error: ExpectedError.optional(),
  eligible: z.array(OfferSelector).optional().meta({
    description: 'Each entry must match at least one ELIGIBLE offer (by code or technology).',
    examples: [['FTTH'], ['VDSL-MAX_SHARED', 'ADSL']],
  }),
  notEligible: z.array(OfferSelector).optional().meta({
    description: 'Each entry must match at least one offer, and none of the matching offers may be eligible.',
    examples: [['FTTH'], ['SDSL']],
  }),
  anyEligible: z.boolean().optional().meta({ description: 'At least one offer is eligible (`true`) or none is (`false`).' }),
  technologies: z.array(z.enum(['ADSL', 'VDSL', 'SDSL', 'FTTH', 'FTTE', 'FTTO'])).optional().meta({
    description: 'Technologies that must be present among the offers (eligible or not).', examples: [['ADSL', 'VDSL']],
  }),
  offerCount: z.number().int().min(0).optional().meta({ description: 'Exact number of offers.' }),
  minOffers: z.number().int().min(0).optional().meta({ description: 'Minimum number of offers.' }),
  maxOffers: z.number().int().min(0).optional().meta({ description: 'Maximum number of offers.' }),
  reasons: z.array(ExpectedReason).optional().meta({ description: 'Offers that must be NOT eligible because of a given reason code.' }),
  endpoint: ExpectedEndpoint.optional(),
  qualificationResult: z.string().optional().meta({ description: 'RIP `qualificationResult`, e.g. `notComputed`.', examples: ['notComputed'] }),
  buildingsToChoose: z.number().int().min(0).optional().meta({ description: 'Number of buildings the API asks to choose from (RIP `notComputed`).', examples: [6] }),
  eligibilityReference: z.boolean().optional().meta({ description: 'An eligibility reference must be returned (`true`) or not (`false`).' }),
  resultCount: z.number().int().min(0).optional().meta({ description: 'Search operations: exact number of items in the result list.' }),
  minResults: z.number().int().min(0).optional().meta({ description: 'Search operations: minimum number of items in the result list.' }),
  resultContains: z.record(z.string(), z.unknown()).optional().meta({
    description: 'Search operations: some item of the result list (or the result object) has these fields (strings compared case-insensitively).',
    examples: [{ city: 'ORSAY', inseeCode: '91471' }],
  }),
  paths: z.array(PathCheck).optional().meta({ description: 'Free checks on the raw or normalized result.' }),
  maxDurationMs: z.number().int().positive().optional().meta({ description: 'The call (polls included) must take at most this long.', examples: [5000] }),
  maxPolls: z.number().int().min(0).optional().meta({ description: 'OVH tasks: at most this many re-posts.' }),
  matrix: MatrixExpect.optional(),
  noSchemaDrift: z.boolean().optional().meta({ description: 'The response must match its schema exactly (no schema-drift warnings).' }),
}).meta({ description: 'Assertions on the result. Without `expect`, a request passes when the call succeeds.' });
export type Expect = z.infer<typeof Expect>;
