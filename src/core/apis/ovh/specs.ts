import * as z from 'zod';
import * as S from './schemas';

/**
 * The OVHcloud Connectivity operations, as data: path, method, request schema, result schema.
 * operations.ts turns them into OperationDefs; functions.ts into typed functions.
 */
export interface OvhOpSpec<P extends Record<string, unknown> = Record<string, unknown>, T = unknown> {
  name: string;
  summary: string;
  description?: string;
  method: 'GET' | 'POST';
  /** path under the base URL */
  path: string;
  params: z.ZodType<P>;
  result: z.ZodType<T>;
  examples: P[];
  kind: 'eligibility' | 'search';
  signed: boolean;
  deprecated?: string;
}

const BASE = '/connectivity/eligibility';
const REF = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01';

function spec<P extends Record<string, unknown>, T>(s: Omit<OvhOpSpec<P, T>, 'method' | 'path' | 'signed'> & Partial<Pick<OvhOpSpec, 'method' | 'path' | 'signed'>>): OvhOpSpec<P, T> {
  return { method: 'POST', path: `${BASE}/${s.name}`, signed: false, ...s };
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
  params: S.SearchAddressesParams, result: z.array(S.AddressWithCoordinates), examples: [{ latitude: 48.6986, longitude: 2.1873, distance: 50 }],
});
export const searchLines = spec({
  name: 'search/lines', kind: 'search', summary: 'Copper lines at an address (deprecated)',
  description: 'Search active and inactive lines at an address (active ones only with the owner name). Unlisted numbers are never returned.',
  deprecated: 'Deprecated by OVHcloud on 2026-04-08 and removed 2026-07-08: the call may be refused. Use search/buildings then test/building, or test/address.',
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
  name: 'test', kind: 'eligibility', method: 'GET', path: `${BASE}/test`, summary: 'A past eligibility test, by its reference',
  description: 'GET /connectivity/eligibility/test?eligibilityReference=…: the result of a previous test.',
  params: S.GetTestParams, result: S.EligibilityTest, examples: [{ eligibilityReference: REF }],
});

function partners<P extends Record<string, unknown>, T>(s: OvhOpSpec<P, T>): OvhOpSpec<P, T> {
  return { ...s, name: `${s.name}/partners`, path: `${s.path}/partners`, signed: true,
    summary: `${s.summary} (partners, signed)`,
    description: `${s.description ?? s.summary} Partners only: the request is signed with the profile's application key, secret and consumer key.` };
}
export const testLinePartners = partners(testLine);
export const testAddressPartners = partners(testAddress);
export const testBuildingPartners = partners(testBuilding);
export const testOtpPartners = partners(testOtp);

export const OVH_SPECS: readonly OvhOpSpec[] = [
  searchCities, searchStreets, searchStreetNumbers, searchStreetNumbersDetails, searchBuildings, searchBuildingsByLine,
  searchBuildingDetails, searchAddresses, searchLines, searchMeetings,
  testLine, testAddress, testBuilding, testOtp, getTest,
  testLinePartners, testAddressPartners, testBuildingPartners, testOtpPartners,
] as unknown as readonly OvhOpSpec[];
