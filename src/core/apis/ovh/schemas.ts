import * as z from 'zod';

/**
 * OVHcloud Connectivity response types (`connectivity.eligibility.*`, `xdsl.AsyncTask`).
 * Tolerant on purpose: unknown fields are kept (`looseObject`), nulls accepted wherever the
 * published schema says `canBeNull`, and optional wherever real servers may omit a field.
 * A response that does not match is still shown raw, with schema-drift warnings.
 * Request bodies (strict) live in params.ts and are re-exported here.
 */
export * from './params';

const str = z.string();
const nstr = z.string().nullish();
/** Message codes are strings in the schema (`"3049"`), but a server may send a number. */
const code = z.union([z.string(), z.number()]);

export const AsyncTaskStatus = z.string().describe('pending | doing | ok | done | success | error');

/** `xdsl.AsyncTask<T>`: the French guide spells `error` as `erreur`. */
export function asyncTask<T extends z.ZodType>(result: T) {
  return z.looseObject({
    status: AsyncTaskStatus,
    result: result.nullish(),
    error: nstr,
    erreur: nstr,
  });
}
export const AnyAsyncTask = asyncTask(z.unknown());
export type AnyAsyncTask = z.infer<typeof AnyAsyncTask>;

export const City = z.looseObject({ city: str, inseeCode: str, locality: nstr, zipCode: str });
export type City = z.infer<typeof City>;

export const Street = z.looseObject({ streetCode: str, streetName: str, streetAltCode: nstr });
export type Street = z.infer<typeof Street>;

export const StreetNumberDetails = z.looseObject({ number: str, hexacle: nstr });
export type StreetNumberDetails = z.infer<typeof StreetNumberDetails>;

export const BuildingStair = z.looseObject({
  stair: str.describe('stair identifier, "_NA_" if none'),
  floors: z.array(str).describe('floor identifiers, "_NA_" if none'),
});
export const BuildingType = z.enum(['BUILDING', 'HOUSE']);
export const Building = z.looseObject({
  name: str,
  nro: nstr,
  reference: str,
  stairs: z.array(BuildingStair).nullish(),
  type: BuildingType.nullish(),
});
export type Building = z.infer<typeof Building>;

export const Address = z.looseObject({
  building: nstr, city: str, door: nstr, floor: nstr, housingComplex: nstr, inseeCode: str,
  ownerName: nstr, stairs: nstr, streetCode: nstr, streetName: nstr, streetNumber: nstr, zipCode: str,
});
export type Address = z.infer<typeof Address>;

/** search/addresses items: coordinates are strings (decimal degrees), distance a string (metres). */
export const AddressWithCoordinates = z.looseObject({
  buildingName: nstr, buildingReference: nstr, city: str, distance: nstr, inseeCode: str,
  latitude: str, longitude: str, streetCode: nstr, streetName: nstr, streetNumber: nstr, zipCode: str,
});
export type AddressWithCoordinates = z.infer<typeof AddressWithCoordinates>;

export const SectionLength = z.looseObject({
  diameter: z.number().int().describe('mm'),
  length: z.number().int().describe('m'),
});
export const LineStatus = z.enum(['active', 'inactive']);
export const CopperInfo = z.looseObject({
  availablePairs: z.number().int().nullish(),
  maxAvailablePairs: z.number().int().nullish(),
  nra: nstr,
  sectionsLengths: z.array(SectionLength),
  status: LineStatus,
  underConstruction: z.boolean().nullish(),
  unlistedNumber: z.boolean(),
});
export type CopperInfo = z.infer<typeof CopperInfo>;

export const Line = z.looseObject({ lineNumber: str, address: Address, copperInfo: CopperInfo });
export type Line = z.infer<typeof Line>;

export const FiberInfo = z.looseObject({
  buildingName: nstr,
  buildingReference: nstr,
  buildingType: BuildingType,
  /** strings in the schema (decimal degrees) */
  latitude: nstr,
  longitude: nstr,
  nro: nstr,
  operatorCode: str,
  operatorName: str,
  pmReference: nstr,
});
export type FiberInfo = z.infer<typeof FiberInfo>;

export const Message = z.looseObject({ code, message: str, availabilityDate: nstr });
export type Message = z.infer<typeof Message>;

export const PortabilityType = z.enum(['portin', 'portinback', 'portout', 'subsequent', 'subsquentportin']);
export const Portability = z.looseObject({
  eligibility: z.looseObject({ eligible: z.boolean(), reasons: z.array(Message), underConditions: z.array(Message) }),
  quarantineEndDate: nstr,
  type: PortabilityType.nullish(),
});
export type Portability = z.infer<typeof Portability>;

export const ReferenceType = z.enum(['address', 'building', 'hexacle', 'lineNumber', 'otp']);
export const Endpoint = z.looseObject({
  address: Address.nullish(),
  copperInfo: CopperInfo.nullish(),
  fiberInfo: FiberInfo.nullish(),
  portability: Portability.nullish(),
  reference: str,
  referenceType: ReferenceType,
});
export type Endpoint = z.infer<typeof Endpoint>;

export const ProductType = z.enum(['ADSL', 'FTTE', 'FTTH', 'FTTO', 'SDSL', 'VDSL']);
export const ActivationType = z.enum(['activate', 'create', 'createNeighbour']);
export const OfferProduct = z.looseObject({
  code: str,
  name: str,
  type: ProductType,
  provider: str,
  operator: nstr,
  downloadRate: z.number().describe('Mb'),
  uploadRate: z.number().describe('Mb'),
  guaranteed: z.boolean(),
  grt: z.array(str),
  pairs: z.number().int().nullish(),
  unbundlingType: z.enum(['full', 'partial']).nullish(),
});
export const OfferEligibility = z.looseObject({
  eligible: z.boolean(),
  activationTypes: z.array(ActivationType),
  reasons: z.array(Message),
  underConditions: z.array(Message),
  estimatedDownloadRate: z.number().nullish(),
  estimatedUploadRate: z.number().nullish(),
  multiOtp: z.boolean().nullish(),
});
export const Offer = z.looseObject({ product: OfferProduct, eligibility: OfferEligibility });
export type Offer = z.infer<typeof Offer>;

export const EligibilityTest = z.looseObject({
  eligibilityReference: str,
  endpoint: Endpoint,
  offers: z.array(Offer),
});
export type EligibilityTest = z.infer<typeof EligibilityTest>;

export const MeetingSlot = z.looseObject({ startDate: str, endDate: str, slotId: nstr, uiCode: nstr });
export const Meetings = z.looseObject({
  canBookFakeMeeting: z.boolean(),
  capacities: z.looseObject({ eRdv: z.boolean(), phoneCall: z.boolean() }),
  meetingSlots: z.array(MeetingSlot),
});
export type Meetings = z.infer<typeof Meetings>;

export const RecallReferenceType = z.enum(['address', 'building']);
/** `connectivity.eligibility.EligibilityRecall` (recall operations, plain answers: not tasks). */
export const EligibilityRecall = z.looseObject({
  completed: z.boolean(),
  completedDate: nstr,
  creationDate: str,
  customer: str,
  dedicatedfiberRequest: z.boolean(),
  id: z.number().int(),
  profiberRequest: z.boolean(),
  reference: str,
  referenceType: RecallReferenceType,
  updatedDate: str,
});
export type EligibilityRecall = z.infer<typeof EligibilityRecall>;

/** OVH API error body (400/403/404/409/460). */
export const OvhErrorBody = z.looseObject({ message: str, errorCode: nstr, httpCode: nstr });
export type OvhErrorBody = z.infer<typeof OvhErrorBody>;

/** `POST /auth/credential` answer. */
export const CredentialRequestResult = z.looseObject({ validationUrl: str, consumerKey: str, state: str });
export type CredentialRequestResult = z.infer<typeof CredentialRequestResult>;
