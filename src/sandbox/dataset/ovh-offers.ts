/** OVH EligibilityTest pieces (offers, endpoint) derived from lines and buildings. */
import type { LineRec } from './lines';
import { FIBER_OPERATORS, FTTH_ELIGIBLE, NUMERIC_PORTABILITY_CODES, type FiberProfile } from './profiles';
import type { BuildingRec, ResolvedAddress } from './world';
import { round } from './world';

type Reason = { message: string; code: string; availabilityDate: string | null };
const REASON_TEXT: Record<string, string> = {
  TOO_MUCH_ATTENUATION: 'Too much attenuation to deliver the product.',
  COPPER_NOT_YET_AVAILABLE: 'Copper not currently available in this area.',
  PAIRS_SATURATION: 'Not enough copper pairs available to deliver the product.',
  NETWORK_SATURATED: 'The network is saturated at this location.',
  EXTERNAL_WS_UNREACHABLE: 'An external web service could not be reached, please retry later.',
  UNCERTAIN_DATA: 'Eligibility data for this location is uncertain.',
  FIBER_NOT_DEPLOYED_IN_BUILDING: 'Fiber is not deployed in this building.',
  FIBER_NOT_YET_AVAILABLE: 'Fiber is not yet available in this building.',
  OTP_NOT_MARKETABLE: 'This optical termination point cannot be marketed.',
};
export const OVH_REASON_CODES = Object.keys(REASON_TEXT);

function reason(code: string, availabilityDate: string | null = null): Reason {
  return { message: REASON_TEXT[code], code, availabilityDate };
}

export type Activation = 'line' | 'neighbour';

/** Copper products: every OfferProduct field of the schema (the copper local loop is ORANGE's). */
function product(code: string, name: string, type: string, provider: string, down: number, up: number, guaranteed: boolean, pairs: number | null) {
  const unbundlingType = /_SHARED$/.test(code) ? 'partial' : 'full';
  return { code, name, type, provider, operator: 'ORANGE', downloadRate: down, uploadRate: up, guaranteed, grt: guaranteed ? ['4ho', '4hno'] : [], pairs, unbundlingType };
}

/** Copper offers for a line (test/line) or for a neighbour line creation (test/address). */
export function copperOffers(line: LineRec, activation: Activation): unknown[] {
  const length = line.sections.reduce((s, x) => s + x.length, 0);
  const attenuation = round((length / 1000) * 13.8, 1);
  const adslDown = Math.max(0, round(20 - attenuation * 0.38, 2));
  const vdslDown = length < 1200 ? round(95 - length * 0.07, 2) : 0;
  const types = (full: boolean): string[] =>
    activation === 'neighbour' ? ['createNeighbour'] : line.status === 'inactive' ? ['create'] : full ? ['activate', 'create'] : ['activate'];
  const common = (): Reason[] => {
    switch (line.scenario) {
      case 'notYetAvailable': return [reason('COPPER_NOT_YET_AVAILABLE')];
      case 'networkSaturated': return [reason('NETWORK_SATURATED')];
      case 'wsUnreachable': return [reason('EXTERNAL_WS_UNREACHABLE')];
      default: return [];
    }
  };
  const elig = (reasons: Reason[], full: boolean, down: number | null, up: number | null) => {
    const conditions = line.scenario === 'uncertain' ? [reason('UNCERTAIN_DATA')] : [];
    return { eligible: reasons.length === 0, activationTypes: types(full), reasons, underConditions: conditions, estimatedDownloadRate: down, estimatedUploadRate: up, multiOtp: null };
  };
  const offers: unknown[] = [];
  for (const [rate, pairs] of [[1, 1], [1, 2], [2, 2], [4, 4], [8, 4], [16, 4]] as const) {
    const r = common();
    if (pairs > line.availablePairs) r.push(reason('PAIRS_SATURATION'));
    if (length > 4500 + 800 * pairs - 120 * rate) r.push(reason('TOO_MUCH_ATTENUATION'));
    offers.push({ product: product(`SDSL-${rate}M-${pairs}P`, `SDSL ${rate}M on ${pairs} pair(s)`, 'SDSL', line.provider, rate, rate, true, pairs), eligibility: elig(r, true, null, null) });
  }
  const att = length > 5000 ? [reason('TOO_MUCH_ATTENUATION')] : [];
  const adslUp = round(Math.min(1, adslDown / 8), 8);
  offers.push({ product: product('ADSL-MAX_SHARED', 'ADSL-Max with shared unbundling', 'ADSL', line.provider, 20, 1, false, 1), eligibility: elig([...common(), ...att], false, adslDown, adslUp) });
  offers.push({ product: product('ADSL-MAX_FULL', 'ADSL-Max full unbundling', 'ADSL', line.provider, 20, 1, false, 1), eligibility: elig([...common(), ...att], true, adslDown, adslUp) });
  const vAtt = vdslDown === 0 ? [reason('TOO_MUCH_ATTENUATION')] : [];
  for (const [code, name, full] of [['VDSL-MAX_SHARED', 'VDSL-Max with shared unbundling', false], ['VDSL-MAX_FULL', 'VDSL-Max with full unbundling', true]] as const) {
    offers.push({ product: product(code, name, 'VDSL', line.provider, 100, 40, false, 1), eligibility: elig([...common(), ...vAtt], full, vdslDown, round(vdslDown * 0.4, 2)) });
  }
  const sdslMax = Math.max(0, round(5 - length / 1200, 2));
  offers.push({ product: product('SDSL-MAX', 'SDSL-Max', 'SDSL', line.provider, 5, 5, false, 1), eligibility: elig([...common(), ...(sdslMax === 0 ? [reason('TOO_MUCH_ATTENUATION')] : [])], true, sdslMax, sdslMax) });
  return offers;
}

const FIBER_CATALOGUE = {
  max: [
    ['FTTH-MAX-300M', 'FTTH-Max 300M download and 250M upload', 300, 250],
    ['FTTH-MAX-1G', 'FTTH-Max 1G download and 250M upload', 1000, 250],
  ],
  pro: [['PROFIBER', 'PRO FIBER with 1G download and 800M upload', 1000, 800]],
} as const;

function availabilityDate(b: BuildingRec): string {
  const month = (b.code.charCodeAt(b.code.length - 1) % 12) + 1;
  return `2027-${String(month).padStart(2, '0')}-01`;
}

/** Fiber reasons of a building as OVH words them (derived from the RIP FTTH reason). */
export function fiberReasons(b: BuildingRec, viaOtp: boolean): { reasons: Reason[]; underConditions: Reason[] } {
  const p: FiberProfile = b.profile;
  const reasons: Reason[] = [];
  if (!FTTH_ELIGIBLE.has(p.ftth)) {
    if (p.ftth === 'notYetAvailable' || p.ftth === 'deployingBuildingSoon') reasons.push(reason('FIBER_NOT_YET_AVAILABLE', availabilityDate(b)));
    else reasons.push(reason('FIBER_NOT_DEPLOYED_IN_BUILDING'));
  }
  if (p.extra === 'NETWORK_SATURATED' || p.extra === 'EXTERNAL_WS_UNREACHABLE') reasons.push(reason(p.extra));
  if (p.extra === 'OTP_NOT_MARKETABLE' && viaOtp) reasons.push(reason('OTP_NOT_MARKETABLE'));
  const underConditions = p.extra === 'UNCERTAIN_DATA' ? [reason('UNCERTAIN_DATA')] : [];
  return { reasons, underConditions };
}

export function fiberOffers(b: BuildingRec, viaOtp: boolean): unknown[] {
  const { reasons, underConditions } = fiberReasons(b, viaOtp);
  const list = b.profile.catalogue === 'all' ? [...FIBER_CATALOGUE.max, ...FIBER_CATALOGUE.pro] : FIBER_CATALOGUE[b.profile.catalogue];
  const operator = FIBER_OPERATORS[b.profile.operator].name;
  const provider = operator === 'OVH' ? 'OVH' : 'KOSC';
  return list.map(([code, name, down, up]) => ({
    product: { pairs: null, uploadRate: up, guaranteed: false, code, type: 'FTTH', grt: [], name, provider, operator, downloadRate: down, unbundlingType: null },
    eligibility: { estimatedDownloadRate: null, estimatedUploadRate: null, underConditions, activationTypes: [], reasons, eligible: reasons.length === 0, multiOtp: b.type === 'BUILDING' },
  }));
}

export function ovhAddress(a: ResolvedAddress, extra: { ownerName?: string | null; door?: string | null; floor?: string | null; stairs?: string | null; building?: string | null } = {}) {
  return {
    door: extra.door ?? null, floor: extra.floor ?? null, stairs: extra.stairs ?? null, zipCode: a.city.zip, city: a.city.city,
    streetNumber: a.number, housingComplex: null, inseeCode: a.city.insee, ownerName: extra.ownerName ?? null,
    streetName: a.street.streetName, building: extra.building ?? null, streetCode: a.street.streetCode,
  };
}

export function ovhBuilding(b: BuildingRec) {
  return { stairs: b.stairs.map((st) => ({ stair: st.stair, floors: [...st.floors] })), reference: b.code, type: b.type, name: b.name, nro: b.nro };
}

export function copperInfo(line: LineRec) {
  return {
    sectionsLengths: line.sections.map((x) => ({ ...x })), maxAvailablePairs: line.maxAvailablePairs, status: line.status, underConstruction: line.underConstruction,
    unlistedNumber: line.unlisted, availablePairs: line.availablePairs, nra: line.nra,
  };
}

export function portability(line: LineRec) {
  const p = line.portability === undefined ? undefined : NUMERIC_PORTABILITY_CODES[line.portability];
  return {
    type: p || line.status === 'inactive' ? null : 'portin',
    eligibility: { underConditions: [], eligible: !p, reasons: p ? [{ availabilityDate: null, code: p.code, message: p.message }] : [] },
    quarantineEndDate: p?.code === '2011' ? '2027-01-15T00:00:00+01:00' : null,
  };
}

export function fiberInfo(b: BuildingRec) {
  const op = FIBER_OPERATORS[b.profile.operator];
  // the schema types coordinates as strings
  return { nro: b.nro, operatorCode: op.code, buildingType: b.type, buildingName: b.name, buildingReference: b.code, operatorName: op.name, latitude: String(b.lat), longitude: String(b.lon), pmReference: pmCode(b) };
}

export function pmCode(b: BuildingRec): string {
  return `FI-${b.addr.city.insee}-${b.code.slice(-4)}`;
}
