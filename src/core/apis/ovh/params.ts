import * as z from 'zod';

/**
 * OVHcloud Connectivity request bodies: strict (we send exactly this). Every field carries a
 * description and examples: they become completion and hover text in the generated JSON Schema
 * of request files. Identifiers are not over-validated (street codes have 9, 10 or 11 digits).
 */
const text = (description: string, examples: string[]) => z.string().trim().min(1).meta({ description, examples });

const zipCode = text('French postal code (5 digits).', ['91400', '75001']);
const inseeCode = text('INSEE code of the city (5 characters), from search/cities.', ['91471', '2A004']);
const streetCode = text('Unique identifier of the street (FANTOIR/RIVOLI based, 9 to 11 digits), from search/streets.', ['9147132200', '94123001234']);
const streetAltCode = text('Alternative street code (streetAltCode of search/streets), when the street has one.', ['91471A0101']).optional();
const streetNumber = text('Street number, with its suffix if any (B for bis, T for ter...), from search/streetNumbers.', ['2', '1B']);
const hexacle = text('Hexacle address identifier (from search/streetNumbers/details or search/addresses); replaces streetCode + streetNumber.', ['91471112AB']);
const lineNumber = text('Copper line number (10 digits, French format).', ['0123456789']);
const building = text('Building identifier (IMB code), from search/buildings, search/buildingsByLine or search/addresses.', ['IMB/91471/C/NT8X']);
const otp = text('Optical Termination Point (PTO) identifier, printed on the fiber socket.', ['OO-XXXX-XXXX/C']);
const eligibilityReference = text('Reference of a past eligibility test (eligibilityReference of its result).', ['abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01']);
export const LineStatusParam = z.enum(['active', 'inactive']).meta({
  description: 'Status of the line: "active" (an Internet access runs on it) or "inactive" (an identifier kept after the previous owner moved).',
  examples: ['active', 'inactive'],
});

export const SearchCitiesParams = z.strictObject({ zipCode });
export const SearchStreetsParams = z.strictObject({ inseeCode });
export const SearchStreetNumbersParams = z.strictObject({ streetCode, streetAltCode });

/** streetCode + streetNumber, or hexacle. */
const addressFields = {
  streetCode: streetCode.optional(),
  streetNumber: streetNumber.optional(),
  hexacle: hexacle.optional(),
  streetAltCode,
};
function requireAddress(v: { streetCode?: string; streetNumber?: string; hexacle?: string }, ctx: z.RefinementCtx): void {
  if (v.hexacle) return;
  if (!v.streetCode) ctx.addIssue({ code: 'custom', path: ['streetCode'], message: 'streetCode and streetNumber are required (or give hexacle)' });
  if (!v.streetNumber) ctx.addIssue({ code: 'custom', path: ['streetNumber'], message: 'streetNumber is required with streetCode (or give hexacle)' });
}
export const AddressParams = z.strictObject(addressFields).superRefine(requireAddress);

export const SearchBuildingsByLineParams = z.strictObject({ lineNumber, status: LineStatusParam });
export const SearchBuildingDetailsParams = z.strictObject({
  building,
  forceProvider: text('Force the provider asked for the building details (e.g. ORANGE); by default OVHcloud chooses.', ['ORANGE', 'SFR']).optional(),
});
/**
 * A coordinate as the schema types it (a string), also accepted as a number (as people type
 * coordinates); always sent as a string. `1e-7` style exponents are written out.
 */
function coordinate(name: 'latitude' | 'longitude', limit: number, example: string) {
  const inRange = (n: number) => Number.isFinite(n) && Math.abs(n) <= limit;
  const meta = { description: `${name === 'latitude' ? 'Latitude' : 'Longitude'} (WGS84, decimal degrees). The API types it as a string; a number is accepted and sent as a string.`, examples: [example] };
  return z.union([
    z.number().refine(inRange, `${name} must be between -${limit} and ${limit}`),
    z.string().trim().regex(/^[-+]?(\d+\.?\d*|\.\d+)$/, `${name} must be a decimal number, e.g. ${example}`)
      .refine(v => inRange(Number(v)), `${name} must be between -${limit} and ${limit}`),
  ]).meta(meta).transform(v => (typeof v === 'string' ? v : coordinateText(v))).pipe(z.string()).meta(meta);
}
export function coordinateText(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(12).replace(/\.?0+$/, '') : s;
}

export const SearchAddressesParams = z.strictObject({
  latitude: coordinate('latitude', 90, '48.6986'),
  longitude: coordinate('longitude', 180, '2.1873'),
  distance: z.number().int().positive().optional().meta({ description: 'Search radius in metres (default 10).', examples: [10, 50] }),
});
export const SearchLinesParams = z.strictObject({
  streetCode,
  streetNumber,
  ownerName: z.string().trim().min(3).optional().meta({
    description: 'Owner name, at least its first three characters; active lines are only searched when it is given.', examples: ['DUP'],
  }),
});
export const InstallationTypeParam = z.enum(['activate', 'activate_undefined', 'create', 'multiOtp']);
export const TechnicalVisitParam = z.enum(['complex', 'simple']);
export const SearchMeetingsParams = z.strictObject({
  eligibilityReference,
  productCode: text('Code of the chosen offer (product.code of an eligibility test).', ['FTTH-MAX-1G', 'ADSL-MAX_FULL']).optional(),
  planCode: text('Offer plan code.', ['pack-fibre-pro']).optional(),
  type: z.enum(['ADSL', 'FTTE', 'FTTH', 'FTTO', 'SDSL', 'VDSL']).optional().meta({ description: 'Access type of the chosen offer.', examples: ['FTTH'] }),
  unbundlingType: z.enum(['full', 'partial']).optional().meta({ description: 'Unbundling type of the chosen copper offer.', examples: ['full'] }),
  installationType: InstallationTypeParam.optional().meta({
    description: 'Installation type, for fiber only: activate, activate_undefined, create or multiOtp.', examples: ['create', 'activate'] }),
  otp: text('Your OTP (optical socket) reference, if you have one.', ['OO-XXXX-XXXX/C']).optional(),
  siteCompanyName: text('Site company name; for an individual, the name and first name.', ['ACME SAS', 'DUPONT Jean']).optional(),
  technicalVisit: TechnicalVisitParam.optional().meta({ description: 'Ask for a technical visit on a fiber installation: complex or simple.', examples: ['simple'] }),
});

export const TestLineParams = z.strictObject({
  lineNumber,
  status: LineStatusParam,
  streetCode: streetCode.optional(),
  streetNumber: streetNumber.optional(),
});
export const TestBuildingParams = z.strictObject({ building });
export const TestOtpParams = z.strictObject({ otp });
export const GetTestParams = z.strictObject({ eligibilityReference });

/** `recall`: be told when the eligibility of an address or a building changes (signed). */
const recallId = z.number().int().nonnegative().meta({ description: 'Identifier of the recall (id of POST recall or GET recall/list).', examples: [42] });
const recallBody = {
  reference: text('Reference of the address or the building to watch (a building: IMB code from search/buildings; an address: hexacle).', ['IMB/91471/C/NT8X']),
  referenceType: z.enum(['address', 'building']).meta({ description: 'What reference is: address or building.', examples: ['building'] }),
  dedicatedfiberRequest: z.boolean().optional().meta({ description: 'Check for Dedicated Fiber (FTTO/FTTE) eligibility.', examples: [true] }),
  profiberRequest: z.boolean().optional().meta({ description: 'Check for Pro Fiber (FTTH) eligibility.', examples: [true] }),
};
export const RecallCreateParams = z.strictObject(recallBody);
export const RecallListParams = z.strictObject({});
export const RecallIdParams = z.strictObject({ id: recallId });
export const RecallUpdateParams = z.strictObject({ id: recallId, ...recallBody });

export type SearchCitiesParams = z.infer<typeof SearchCitiesParams>;
export type SearchStreetsParams = z.infer<typeof SearchStreetsParams>;
export type SearchStreetNumbersParams = z.infer<typeof SearchStreetNumbersParams>;
export type AddressParams = z.infer<typeof AddressParams>;
export type SearchBuildingsByLineParams = z.infer<typeof SearchBuildingsByLineParams>;
export type SearchBuildingDetailsParams = z.infer<typeof SearchBuildingDetailsParams>;
export type SearchAddressesParams = z.infer<typeof SearchAddressesParams>;
export type SearchLinesParams = z.infer<typeof SearchLinesParams>;
export type SearchMeetingsParams = z.infer<typeof SearchMeetingsParams>;
export type TestLineParams = z.infer<typeof TestLineParams>;
export type TestBuildingParams = z.infer<typeof TestBuildingParams>;
export type TestOtpParams = z.infer<typeof TestOtpParams>;
export type GetTestParams = z.infer<typeof GetTestParams>;
export type RecallCreateParams = z.infer<typeof RecallCreateParams>;
export type RecallIdParams = z.infer<typeof RecallIdParams>;
export type RecallUpdateParams = z.infer<typeof RecallUpdateParams>;

/** An access rule of a consumer-key request (`POST /auth/credential`). */
export const AccessRule = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT', 'DELETE']).meta({ description: 'HTTP method', examples: ['POST'] }),
  path: z.string().min(1).meta({ description: 'API path, `*` as wildcard', examples: ['/connectivity/eligibility/*'] }),
});
export type AccessRule = z.infer<typeof AccessRule>;
