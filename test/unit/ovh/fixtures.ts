/** Payloads from the OVHcloud guides (000 EN / 001 FR), trimmed where they repeat. */
export const REF = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01';

export const CITIES = [
  { inseeCode: '91471', zipCode: '91400', locality: 'ORSAY', city: 'ORSAY' },
  { inseeCode: '91471', zipCode: '91400', locality: 'ORSIGNY', city: 'ORSAY' },
  { inseeCode: '91534', zipCode: '91400', locality: 'SACLAY', city: 'SACLAY' },
];
export const STREETS = [
  { streetName: 'ALLEE ALFRED POHU', streetCode: '9147134101' },
  { streetCode: '9147132200', streetName: 'RUE DU VERGER' },
  { streetName: 'RUE ELISA DESJOBERT', streetCode: '9147111200' },
];
export const NUMBERS = ['1', '1B', '2', '2B', '3', '5'];
export const NUMBER_DETAILS = [{ number: '1', hexacle: '91471000AB' }, { number: '2', hexacle: null }];
export const BUILDINGS = [{ stairs: [], reference: 'IMB/91471/C/NT8X', type: 'HOUSE', name: '', nro: '91122BUR' }];
export const BUILDING_DETAILS = {
  reference: 'IMB/91471/C/NT8X', name: 'RESIDENCE DU VERGER', nro: '91122BUR', type: 'BUILDING',
  stairs: [{ stair: 'A', floors: ['0', '1', '2'] }, { stair: '_NA_', floors: ['_NA_'] }],
};
export const ADDRESS = {
  door: null, floor: null, stairs: null, zipCode: '91400', city: 'ORSAY', streetNumber: '2', housingComplex: null,
  inseeCode: '91471', ownerName: null, streetName: 'RUE DU VERGER', building: null, streetCode: '9147132200',
};
/** search/addresses items as the schema types them (AddressWithCoordinates: string coordinates and distance). */
export const ADDRESSES = [{
  buildingName: 'BAT A', buildingReference: 'IMB/91471/C/NT8X', city: 'ORSAY', distance: '12', inseeCode: '91471',
  latitude: '48.6986', longitude: '2.1873', streetCode: '9147132200', streetName: 'RUE DU VERGER', streetNumber: '2', zipCode: '91400',
}];
export const LINES = [{
  copperInfo: { underConstruction: null, availablePairs: null, status: 'inactive', unlistedNumber: false, maxAvailablePairs: null, nra: null, sectionsLengths: [] },
  address: { ...ADDRESS, streetCode: '123456789', city: 'ROUBAIX', streetName: 'RUE DES JARDINS', zipCode: '94123', inseeCode: '94123', streetNumber: '4', ownerName: 'J*** D**' },
  lineNumber: '0123456789',
}];
export const MEETINGS = {
  canBookFakeMeeting: false,
  capacities: { eRdv: true, phoneCall: false },
  meetingSlots: [{ startDate: '2026-12-01T08:00:00+01:00', endDate: '2026-12-01T12:00:00+01:00', slotId: null, uiCode: 'UI-1' }],
};

const reason = (code: string, message: string) => ({ code, message, availabilityDate: null });
export const TEST_LINE = {
  eligibilityReference: REF,
  endpoint: {
    referenceType: 'lineNumber', reference: '0123456789', fiberInfo: null,
    portability: { type: null, quarantineEndDate: null, eligibility: { eligible: false, underConditions: [], reasons: [reason('3049', 'L opérateur détient le parc à modifier')] } },
    copperInfo: { sectionsLengths: [{ diameter: 4, length: 3010 }], maxAvailablePairs: 1, status: 'active', underConstruction: false, unlistedNumber: false, availablePairs: 1, nra: '90123ABC' },
    address: { door: '00002', city: 'PARIS', floor: null, stairs: null, streetName: 'RUE DES JARDINS', housingComplex: '', zipCode: '94123', building: null, streetCode: '9412301234', streetNumber: '4', ownerName: null, inseeCode: '94321' },
  },
  offers: [
    { product: { downloadRate: 1, name: 'SDSL 1M on 2 pair(s)', provider: 'SFR', code: 'SDSL-1M-2P', uploadRate: 1, pairs: 2, type: 'SDSL', grt: ['4ho', '4hno'], guaranteed: true },
      eligibility: { estimatedDownloadRate: null, underConditions: [], eligible: true, activationTypes: ['create'], estimatedUploadRate: null, reasons: [] } },
    { product: { downloadRate: 1, name: 'SDSL 1M on 1 pair(s)', provider: 'KOSC', code: 'SDSL-1M-1P', uploadRate: 1, pairs: 1, type: 'SDSL', grt: ['4ho', '4hno'], guaranteed: true },
      eligibility: { estimatedDownloadRate: null, underConditions: [], eligible: false, activationTypes: ['activate', 'create'], estimatedUploadRate: null,
        reasons: [reason('TOO_MUCH_ATTENUATION', 'Too much attenuation to deliver the product.')] } },
    { product: { uploadRate: 1, pairs: 1, downloadRate: 20, name: 'ADSL-Max with shared unbundling', provider: 'KOSC', code: 'ADSL-MAX_SHARED', guaranteed: false, type: 'ADSL', grt: [] },
      eligibility: { reasons: [reason('COPPER_NOT_YET_AVAILABLE', 'Copper not currently available in this area.')], estimatedUploadRate: 1, activationTypes: ['activate'], eligible: false, estimatedDownloadRate: 8.17, underConditions: [] } },
    { product: { name: 'ADSL-Max full unbundling', downloadRate: 20, provider: 'KOSC', code: 'ADSL-MAX_FULL', uploadRate: 1, pairs: 1, grt: [], type: 'ADSL', guaranteed: false, unbundlingType: 'full' },
      eligibility: { estimatedUploadRate: 0.9970703125, reasons: [], underConditions: [], estimatedDownloadRate: 8.173828125, activationTypes: ['create', 'activate'], eligible: true } },
  ],
};

export const TEST_BUILDING = {
  eligibilityReference: REF,
  endpoint: {
    referenceType: 'building', portability: null, copperInfo: null, reference: 'IMB/91234/A/NT6Z', address: ADDRESS,
    fiberInfo: { nro: '91122ABC', operatorCode: 'FI', buildingType: 'HOUSE', buildingName: '', buildingReference: 'IMB/91234/A/NT6Z', operatorName: 'ORANGE', pmReference: 'PM-91471-0001' },
  },
  offers: [
    { product: { pairs: null, uploadRate: 250, guaranteed: false, code: 'FTTH-MAX-300M', type: 'FTTH', grt: [], name: 'FTTH-Max 300M download and 250M upload', provider: 'KOSC', downloadRate: 300 },
      eligibility: { estimatedDownloadRate: null, estimatedUploadRate: null, underConditions: [], activationTypes: [], reasons: [], eligible: true } },
    { product: { grt: [], name: 'FTTH-Max 1G download and 250M upload', downloadRate: 1000, provider: 'KOSC', pairs: null, guaranteed: false, type: 'FTTH', code: 'FTTH-MAX-1G', uploadRate: 250 },
      eligibility: { estimatedDownloadRate: null, activationTypes: [], eligible: true, reasons: [], estimatedUploadRate: null, underConditions: [] } },
  ],
};
export const PROFIBER_OFFER = {
  product: { pairs: null, uploadRate: 800, guaranteed: false, code: 'PROFIBER', type: 'FTTH', grt: [], name: 'PRO FIBER with 1G download and 800M upload', provider: 'KOSC', downloadRate: 1000 },
  eligibility: { estimatedDownloadRate: null, estimatedUploadRate: null, underConditions: [], activationTypes: [], reasons: [], eligible: true },
};

export const RECALL = {
  completed: false, completedDate: null, creationDate: '2026-12-01T09:00:00+01:00', customer: 'xx1111-ovh', dedicatedfiberRequest: false,
  id: 1, profiberRequest: true, reference: 'IMB/91471/C/NT8X', referenceType: 'building', updatedDate: '2026-12-01T09:00:00+01:00',
};

/** The result each operation answers with, by operation name (partners answer like their public op). */
export const RESULT_BY_OP: Record<string, unknown> = {
  'search/cities': CITIES,
  'search/streets': STREETS,
  'search/streetNumbers': NUMBERS,
  'search/streetNumbers/details': NUMBER_DETAILS,
  'search/buildings': BUILDINGS,
  'search/buildingsByLine': BUILDINGS,
  'search/buildingDetails': BUILDING_DETAILS,
  'search/addresses': ADDRESSES,
  'search/lines': LINES,
  'search/meetings': MEETINGS,
  'test/line': TEST_LINE,
  'test/address': { ...TEST_LINE, offers: TEST_LINE.offers.map(o => ({ ...o, eligibility: { ...o.eligibility, activationTypes: ['createNeighbour'] } })) },
  'test/building': TEST_BUILDING,
  'test/otp': { ...TEST_BUILDING, endpoint: { ...TEST_BUILDING.endpoint, referenceType: 'otp', reference: 'OO-XXXX-XXXX/C' } },
  'test': TEST_BUILDING,
};
