import * as z from 'zod';

/**
 * The normalized result shared by the three APIs: one endpoint and a flat list of offers,
 * next to the raw response (kept by the caller in ExecResult.raw).
 */
export const ApiId = z.enum(['ovh', 'orange-b2b', 'orange-rip']);
export type ApiId = z.infer<typeof ApiId>;

export const Technology = z.enum(['ADSL', 'VDSL', 'SDSL', 'FTTH', 'FTTE', 'FTTO']);
export type Technology = z.infer<typeof Technology>;

export const Reason = z.object({
  code: z.string(),
  message: z.string(),
  /** OVH: when the offer should become available (Message.availabilityDate), when the API gives it */
  availabilityDate: z.string().optional(),
});
export type Reason = z.infer<typeof Reason>;

export const Offer = z.object({
  api: ApiId,
  technology: Technology,
  /** OVH product code, Orange b2b support key (e.g. `ftte`), RIP offer name */
  code: z.string(),
  name: z.string(),
  eligible: z.boolean(),
  reasons: z.array(Reason),
  downloadMbps: z.number().optional(),
  uploadMbps: z.number().optional(),
  /** API-specific extras: provider, activationTypes, grt, POI id, RIP characteristics, ... */
  details: z.record(z.string(), z.unknown()),
});
export type Offer = z.infer<typeof Offer>;

export const EndpointAddress = z.object({
  text: z.string().optional(),
  streetNumber: z.string().optional(),
  streetName: z.string().optional(),
  zipCode: z.string().optional(),
  city: z.string().optional(),
  inseeCode: z.string().optional(),
  streetCode: z.string().optional(),
  rivoliCode: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  /** OVH Address details, as received */
  building: z.string().optional(),
  door: z.string().optional(),
  floor: z.string().optional(),
  stairs: z.string().optional(),
  housingComplex: z.string().optional(),
  ownerName: z.string().optional(),
});

export const Endpoint = z.object({
  /** what was tested: `lineNumber`, `building`, `address`, `otp`, `hexacle`, `poi`, ... */
  referenceType: z.string().optional(),
  reference: z.string().optional(),
  address: EndpointAddress.optional(),
  building: z.object({ reference: z.string().optional(), name: z.string().optional(), type: z.string().optional() }).optional(),
  line: z.object({ number: z.string().optional(), status: z.string().optional() }).optional(),
  nra: z.string().optional(),
  nro: z.string().optional(),
  pm: z.string().optional(),
  operator: z.string().optional(),
  /** OVH copperInfo as received (section lengths, pairs, ...) */
  copper: z.record(z.string(), z.unknown()).optional(),
  /** OVH fiberInfo as received */
  fiber: z.record(z.string(), z.unknown()).optional(),
  /** OVH portability as received */
  portability: z.record(z.string(), z.unknown()).optional(),
});
export type Endpoint = z.infer<typeof Endpoint>;

/** A building the user must pick from before the API can compute (RIP `notComputed`). */
export const BuildingChoice = z.object({
  code: z.string(),
  name: z.string().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
});
export type BuildingChoice = z.infer<typeof BuildingChoice>;

export const NormalizedResult = z.object({
  api: ApiId,
  endpoint: Endpoint,
  offers: z.array(Offer),
  eligibilityReference: z.string().optional(),
  /** RIP qualificationResult (`notComputed`, ...) */
  qualificationResult: z.string().optional(),
  /** set when the API could not compute and asks to choose a building */
  buildingsToChoose: z.array(BuildingChoice).optional(),
});
export type NormalizedResult = z.infer<typeof NormalizedResult>;
