import * as z from 'zod';
import * as S from './schemas';

/**
 * The OVHcloud Connectivity operations, as data: path, method, request schema, result schema.
 * operations.ts turns them into OperationDefs; functions.ts into typed functions.
 */
export type OvhMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** `apiStatus` of an operation in OVHcloud's schema (specs/ovh/connectivity.json). */
export interface OvhApiStatus {
  value: 'PRODUCTION' | 'BETA' | 'ALPHA' | 'DEPRECATED';
  /** only when the schema gives them (ISO dates) */
  deprecatedDate?: string;
  deletionDate?: string;
  replacement?: string;
}

export interface OvhOpSpec<P extends Record<string, unknown> = Record<string, unknown>, T = unknown> {
  name: string;
  summary: string;
  description?: string;
  method: OvhMethod;
  /** path under the base URL; `{id}` segments are filled from the params of the same name */
  path: string;
  params: z.ZodType<P>;
  result: z.ZodType<T>;
  examples: Record<string, unknown>[];
  kind: 'eligibility' | 'search';
  signed: boolean;
  /** the answer is an async task (`xdsl.AsyncTask*`), polled by re-posting; otherwise a plain JSON answer */
  task: boolean;
  /** as the schema says; the conformance test checks it */
  apiStatus: OvhApiStatus;
  /** deprecation text, only from the schema's apiStatus (see deprecationOf) */
  deprecated?: string;
}

const PRODUCTION: OvhApiStatus = { value: 'PRODUCTION' };
const BETA: OvhApiStatus = { value: 'BETA' };

/** The deprecation text of an api status: only what the schema says, nothing invented. */
export function deprecationOf(status: OvhApiStatus): string | undefined {
  if (status.value !== 'DEPRECATED' && !status.deprecatedDate && !status.deletionDate) return undefined;
  const parts = [`Deprecated by OVHcloud${status.deprecatedDate ? ` on ${status.deprecatedDate.slice(0, 10)}` : ''}`];
  if (status.deletionDate) parts.push(`removal planned on ${status.deletionDate.slice(0, 10)}`);
  return `${parts.join(', ')} (OVHcloud API schema).${status.replacement ? ` Replacement: ${status.replacement}.` : ''}`;
}

const BASE = '/connectivity/eligibility';
const REF = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01';

type SpecInput<P extends Record<string, unknown>, T> = Omit<OvhOpSpec<P, T>, 'method' | 'path' | 'signed' | 'task' | 'apiStatus' | 'deprecated'>
  & Partial<Pick<OvhOpSpec, 'method' | 'path' | 'signed' | 'task' | 'apiStatus'>>;
function spec<P extends Record<string, unknown>, T>(s: SpecInput<P, T>): OvhOpSpec<P, T> {
  const out: OvhOpSpec<P, T> = { method: 'POST', path: `${BASE}/${s.name}`, signed: false, task: true, apiStatus: PRODUCTION, ...s };
  const deprecated = deprecationOf(out.apiStatus);
  return deprecated ? { ...out, deprecated } : out;
}

export const searchCities = spec({
  name: 'search/cities', kind: 'search', summary: 'Localities of a zip code',
  description: 'Get all localities (city, INSEE code) linked to a zip code.',
  params: S.SearchCitiesParams, result: z.array(S.City), examples: [{ zipCode: '91400' }],
});
export const searchStreets = spec({
  name: 'search/streets', kind: 'search', summary: 'Streets of a locality',
  description: 'Get all streets of a locality, identified by its INSEE code.',
  params: S.SearchStreetsParams, result: z.array(S.Street), examples: [{ inseeCode: '91471' }],
});
export const searchStreetNumbers = spec({
  name: 'search/streetNumbers', kind: 'search', summary: 'Street numbers of a street',
  description: 'Get the available street numbers of a street code.',
  params: S.SearchStreetNumbersParams, result: z.array(z.string()), examples: [{ streetCode: '9147132200' }],
});
export const searchStreetNumbersDetails = spec({
  name: 'search/streetNumbers/details', kind: 'search', summary: 'Street numbers with their hexacle',
  description: 'Get the available street numbers of a street code, with their hexacle identifier.',
  params: S.SearchStreetNumbersParams, result: z.array(S.StreetNumberDetails), examples: [{ streetCode: '9147132200' }],
});
export const searchBuildings = spec({
  name: 'search/buildings', kind: 'search', summary: 'Buildings at an address',
  description: 'Get all buildings for an address (streetCode + streetNumber, or hexacle).',
  params: S.AddressParams, result: z.array(S.Building), examples: [{ streetCode: '9147132200', streetNumber: '2' }],
});
export const searchBuildingsByLine = spec({
  name: 'search/buildingsByLine', kind: 'search', summary: 'Buildings of a copper line',
  description: 'Get building references from a line number and its status.',
  params: S.SearchBuildingsByLineParams, result: z.array(S.Building), examples: [{ lineNumber: '0123456789', status: 'inactive' as const }],
});
export const searchBuildingDetails = spec({
  name: 'search/buildingDetails', kind: 'search', summary: 'Details of a building',
  description: 'Get the details (stairs, floors, type, NRO) of a building.',
  params: S.SearchBuildingDetailsParams, result: S.Building, examples: [{ building: 'IMB/91471/C/NT8X' }],
});
export const searchAddresses = spec({
  name: 'search/addresses', kind: 'search', summary: 'Addresses around a point',
  description: 'Get the addresses within a distance (metres, default 10) of a latitude/longitude.',
  params: S.SearchAddressesParams, result: z.array(S.AddressWithCoordinates), examples: [{ latitude: '48.6986', longitude: '2.1873', distance: 50 }],
});
export const searchLines = spec({
  name: 'search/lines', kind: 'search', summary: 'Copper lines at an address',
  description: 'Search active and inactive lines at an address (active ones only with the owner name). Unlisted numbers are never returned.',
  params: S.SearchLinesParams, result: z.array(S.Line), examples: [{ streetCode: '123456789', streetNumber: '2' }],
});
export const searchMeetings = spec({
  name: 'search/meetings', kind: 'search', summary: 'Installation meeting slots',
  description: 'Search the available meeting time slots for a copper line creation or a fiber installation.',
  params: S.SearchMeetingsParams, result: S.Meetings, examples: [{ eligibilityReference: REF, productCode: 'FTTH-MAX-1G' }],
});

export const testLine = spec({
  name: 'test/line', kind: 'eligibility', summary: 'Eligibility of a copper line',
  description: 'Eligibility test on a line number and its status (copper offers).',
  params: S.TestLineParams, result: S.EligibilityTest, examples: [{ lineNumber: '0123456789', status: 'active' as const }],
});
export const testAddress = spec({
  name: 'test/address', kind: 'eligibility', summary: 'Eligibility of an address (new neighbour line)',
  description: 'Eligibility for an address where no line exists: creation of a line from the nearest neighbour line.',
  params: S.AddressParams, result: S.EligibilityTest, examples: [{ streetCode: '94123001234', streetNumber: '4' }],
});
export const testBuilding = spec({
  name: 'test/building', kind: 'eligibility', summary: 'Fiber eligibility of a building',
  description: 'Eligibility test on a building (fiber offers).',
  params: S.TestBuildingParams, result: S.EligibilityTest, examples: [{ building: 'IMB/91471/C/NT8X' }],
});
export const testOtp = spec({
  name: 'test/otp', kind: 'eligibility', summary: 'Fiber eligibility of an optical socket (OTP)',
  description: 'Eligibility test on an Optical Termination Point (fiber offers).',
  params: S.TestOtpParams, result: S.EligibilityTest, examples: [{ otp: 'OO-XXXX-XXXX/C' }],
});
export const getTest = spec({
  name: 'test', kind: 'eligibility', method: 'GET', path: `${BASE}/test`, task: false, summary: 'A past eligibility test, by its reference',
  description: 'GET /connectivity/eligibility/test?eligibilityReference=…: the result of a previous test.',
  params: S.GetTestParams, result: S.EligibilityTest, examples: [{ eligibilityReference: REF }],
});

function partners<P extends Record<string, unknown>, T>(s: OvhOpSpec<P, T>, apiStatus = PRODUCTION): OvhOpSpec<P, T> {
  return { ...s, name: `${s.name}/partners`, path: `${s.path}/partners`, signed: true, apiStatus,
    summary: `${s.summary} (partners, signed)`,
    description: `${s.description ?? s.summary} Partners only: the request is signed with the profile's application key, secret and consumer key.` };
}
export const testLinePartners = partners(testLine);
export const testAddressPartners = partners(testAddress);
export const testBuildingPartners = partners(testBuilding, BETA);
export const testOtpPartners = partners(testOtp, BETA);

/** recall: plain signed answers (not tasks), like any OVH resource API. */
const recall = { kind: 'search' as const, signed: true, task: false };
const RECALL_EXAMPLE = { reference: 'IMB/91471/C/NT8X', referenceType: 'building' as const, profiberRequest: true, dedicatedfiberRequest: false };
export const recallCreate = spec({
  ...recall, name: 'recall', path: `${BASE}/recall`, summary: 'Ask to be told when an eligibility changes (recall, signed)',
  description: 'POST /connectivity/eligibility/recall: register a recall on an address or a building; OVHcloud checks its Pro Fiber (FTTH) and/or Dedicated Fiber (FTTO/FTTE) eligibility again and tells the account. Signed with the profile\'s credentials.',
  params: S.RecallCreateParams, result: S.EligibilityRecall, examples: [RECALL_EXAMPLE],
});
export const recallList = spec({
  ...recall, name: 'recall/list', method: 'GET', path: `${BASE}/recall`, summary: 'The account\'s recalls (signed)',
  description: 'GET /connectivity/eligibility/recall: every recall of the account. Signed.',
  params: S.RecallListParams, result: z.array(S.EligibilityRecall), examples: [{}],
});
export const recallGet = spec({
  ...recall, name: 'recall/get', method: 'GET', path: `${BASE}/recall/{id}`, summary: 'One recall, by its id (signed)',
  description: 'GET /connectivity/eligibility/recall/{id}. Signed.',
  params: S.RecallIdParams, result: S.EligibilityRecall, examples: [{ id: 1 }],
});
export const recallUpdate = spec({
  ...recall, name: 'recall/update', method: 'PUT', path: `${BASE}/recall/{id}`, summary: 'Change a recall (signed)',
  description: 'PUT /connectivity/eligibility/recall/{id}: its reference and what to check again. Signed.',
  params: S.RecallUpdateParams, result: S.EligibilityRecall, examples: [{ id: 1, ...RECALL_EXAMPLE, dedicatedfiberRequest: true }],
});
export const recallDelete = spec({
  ...recall, name: 'recall/delete', method: 'DELETE', path: `${BASE}/recall/{id}`, summary: 'Delete a recall (signed)',
  description: 'DELETE /connectivity/eligibility/recall/{id}. Signed.',
  params: S.RecallIdParams, result: z.null(), examples: [{ id: 1 }],
});

export const OVH_SPECS: readonly OvhOpSpec[] = [
  searchCities, searchStreets, searchStreetNumbers, searchStreetNumbersDetails, searchBuildings, searchBuildingsByLine,
  searchBuildingDetails, searchAddresses, searchLines, searchMeetings,
  testLine, testAddress, testBuilding, testOtp, getTest,
  testLinePartners, testAddressPartners, testBuildingPartners, testOtpPartners,
  recallCreate, recallList, recallGet, recallUpdate, recallDelete,
] as unknown as readonly OvhOpSpec[];
