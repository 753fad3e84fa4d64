import * as z from 'zod';

/**
 * Orange Business Eligibility (b2b v1, `GET /eligibility/b2b/v1/poi`): the query we send
 * (strict) and the POI list we receive (tolerant: unknown fields kept, nulls accepted).
 */

/** `IMB/<INSEE or 5 alnum>/<letter>/<4 alnum>`, as the API's own 40024 error states it. */
export const BUILDING_CODE_PATTERN = /^IMB\/[A-Z0-9]{5}\/[A-Z]\/[A-Za-z0-9]{4}$/;

export const BuildingCode = z.string().regex(BUILDING_CODE_PATTERN,
  'a building code looks like IMB/59378/X/013S (pattern IMB/[A-Z0-9]{5}/[A-Z]/[A-Za-z0-9]{4})');

export const PoiQuery = z.strictObject({
  fullTextAddress: z.string().trim().min(1).regex(/,/, 'separate the street and the city with a comma, e.g. "340 Avenue De La Marne, 59700 Marcq En Baroeul" (the API answers 400100 otherwise)').meta({
    description: 'Full text address, the street and the city separated by a comma '
      + '(e.g. "340 Avenue De La Marne, 59700 Marcq En Baroeul"). Used when no buildingCode is given.',
    examples: ['14 Rue Maurice Choury, 20000 Ajaccio', '340 Avenue De La Marne, 59700 Marcq En Baroeul'],
  }).optional(),
  buildingCode: BuildingCode.meta({
    description: 'Building code (IMB/...). Takes precedence over fullTextAddress when both are given.',
    examples: ['IMB/59378/X/013S'],
  }).optional(),
  buildingName: z.string().trim().min(1).meta({
    description: 'Building name within the address given in fullTextAddress. With a buildingCode it is sent too, but the API takes buildingCode first.',
    examples: ['A13'],
  }).optional(),
}).superRefine((q, ctx) => {
  if (q.fullTextAddress === undefined && q.buildingCode === undefined) {
    ctx.addIssue({ code: 'custom', path: [], message: 'give fullTextAddress or buildingCode (at least one)' });
  }
  // buildingCode + buildingName: allowed (buildingCode wins by the guide's precedence); request files get a warning (warnings.ts)
}).meta({
  description: 'Orange b2b POI lookup. Precedence: buildingCode, then fullTextAddress + buildingName, then fullTextAddress.',
  // the superRefine rules, for the editor (merged into the generated JSON Schema)
  anyOf: [{ required: ['fullTextAddress'] }, { required: ['buildingCode'] }],
});
export type PoiQuery = z.infer<typeof PoiQuery>;

const str = z.string().nullish();
const comments = z.array(z.string()).nullish();
const bool = z.boolean().nullish();
/** bandwidth is documented as an Object and shown as a number: take both */
const bandwidth = z.union([z.number(), z.string(), z.looseObject({})]).nullish();

export const FiberFtte = z.looseObject({
  status: str, properties: z.looseObject({ isOptimalAvailable: bool }).nullish(), comments,
});
export const FiberFtth = z.looseObject({ status: str, comments });
export const FiberFtto = z.looseObject({
  status: str, properties: z.looseObject({ isFiberAvailable: bool, zoning: str }).nullish(), comments,
});
export const CopperProperties = z.looseObject({
  bandwidth, unit: str, countCopperPair: z.number().nullish(), countRequiredPairs: z.number().nullish(),
});
export const CopperSupport = z.looseObject({ status: str, properties: CopperProperties.nullish(), comments });

export const Poi = z.looseObject({
  id: z.string(),
  building: z.looseObject({ id: str, name: str }).nullish(),
  geoCoding: z.looseObject({ longitude: z.number().nullish(), latitude: z.number().nullish() }).nullish(),
  formattedAddress: str,
  address: z.looseObject({
    cityCode: str, postalCode: str, rivoliCode: str, streetNumber: str, streetNumberSuffix: str,
  }).nullish(),
  supports: z.looseObject({
    fiber: z.looseObject({ ftte: FiberFtte.nullish(), ftth: FiberFtth.nullish(), ftto: FiberFtto.nullish() }).nullish(),
    copper: z.looseObject({ commercialClosureDate: str, adsl: CopperSupport.nullish(), sdsl: CopperSupport.nullish() }).nullish(),
  }).nullish(),
  createdAt: str,
  updatedAt: str,
});
export type Poi = z.infer<typeof Poi>;

export const PoiList = z.array(Poi);
