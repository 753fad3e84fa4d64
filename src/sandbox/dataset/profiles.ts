/**
 * Eligibility "profiles": one fiber profile per building and one copper scenario per line.
 * A profile drives all three APIs at once (OVH offers/reasons, Orange b2b statuses, RIP reasons),
 * which is what keeps the generated dataset coherent across them.
 */
import { Rng } from './prng';

export const FTTH_REASONS = [
  'marketable', 'linkable', 'notYetAvailable', 'deployingBuildingSoon', 'deployedDistrict',
  'deployingDistrict', 'deployingDistrictSoon', 'deployingCity', 'notDeployed', 'notFound',
] as const;
export type FtthReason = (typeof FTTH_REASONS)[number];

/** Spellings as the provider writes them. */
export const FTTE_REASONS = [
  'deployed', 'partiallyDeployed', 'deploying', 'notDeployed', 'notFound',
  'temporaryGel', 'exlusionZone', 'PartiallydeployedExtention', 'freezeBeforeClosing',
] as const;
export type FtteReason = (typeof FTTE_REASONS)[number];

export const FIBER_OPERATORS = [
  { name: 'ORANGE', code: 'FI' }, { name: 'SFR', code: 'SR' }, { name: 'AXIONE', code: 'AX' },
  { name: 'BOUYGUES', code: 'BY' }, { name: 'KOSC', code: 'KO' }, { name: 'OVH', code: 'OV' },
] as const;
export const PROVIDERS = ['KOSC', 'SFR', 'AXIONE', 'BOUYGUES', 'ORANGE', 'OVH'] as const;

/** OVH reason codes that are not derived from the RIP reasons. */
export type FiberExtra = 'NETWORK_SATURATED' | 'EXTERNAL_WS_UNREACHABLE' | 'UNCERTAIN_DATA' | 'OTP_NOT_MARKETABLE';

export interface FiberProfile {
  ftth: FtthReason;
  ftte: FtteReason;
  extra?: FiberExtra;
  operator: number; // index in FIBER_OPERATORS
  /** Which OVH fiber catalogue the building answers with (EN guide FTTH-MAX-*, FR guide PROFIBER, or both). */
  catalogue: 'max' | 'pro' | 'all';
}

export const FTTH_ELIGIBLE: ReadonlySet<FtthReason> = new Set<FtthReason>(['marketable', 'linkable']);
export const FTTE_ELIGIBLE: ReadonlySet<FtteReason> = new Set<FtteReason>(['deployed', 'partiallyDeployed', 'PartiallydeployedExtention']);

export function randomFiberProfile(rng: Rng): FiberProfile {
  const r = rng.next();
  const ftth: FtthReason = r < 0.6 ? 'marketable' : r < 0.7 ? 'linkable' : rng.pick(FTTH_REASONS.slice(2));
  const ftte: FtteReason = FTTH_ELIGIBLE.has(ftth)
    ? (rng.chance(0.6) ? 'deployed' : rng.pick(['partiallyDeployed', 'PartiallydeployedExtention', 'temporaryGel'] as const))
    : rng.pick(['deploying', 'notDeployed', 'notFound', 'exlusionZone', 'freezeBeforeClosing'] as const);
  const e = rng.next();
  const extra: FiberExtra | undefined = e < 0.03 ? 'NETWORK_SATURATED' : e < 0.05 ? 'UNCERTAIN_DATA' : e < 0.06 ? 'OTP_NOT_MARKETABLE' : undefined;
  const c = rng.next();
  return { ftth, ftte, extra, operator: rng.int(0, FIBER_OPERATORS.length - 1), catalogue: c < 0.6 ? 'max' : c < 0.9 ? 'pro' : 'all' };
}

/**
 * Portability reasons: numeric codes of the schema's MessageCodeEnum (specs/ovh/connectivity.json)
 * only. The schema gives no meaning for them; 3049's message is the guides' one, the others are ours.
 */
export const NUMERIC_PORTABILITY_CODES: ReadonlyArray<{ code: string; message: string }> = [
  { code: '2006', message: 'Numero inexistant' },
  { code: '2011', message: 'Numero en quarantaine' },
  { code: '2102', message: 'Le numero n est pas portable' },
  { code: '2103', message: 'Demande de portabilite deja en cours' },
  { code: '2104', message: 'Incoherence entre le numero et l adresse' },
  { code: '3009', message: 'Operateur receveur inconnu' },
  { code: '3011', message: 'Ligne resiliee' },
  { code: '3049', message: 'L opérateur détient le parc à modifier' },
];

export type CopperScenario =
  | 'ok' | 'attenuation' | 'notYetAvailable' | 'pairsSaturation' | 'networkSaturated' | 'wsUnreachable' | 'uncertain';

export function randomCopperScenario(rng: Rng): CopperScenario {
  const r = rng.next();
  if (r < 0.75) return 'ok';
  if (r < 0.87) return 'attenuation';
  if (r < 0.91) return 'pairsSaturation';
  if (r < 0.94) return 'notYetAvailable';
  if (r < 0.96) return 'networkSaturated';
  if (r < 0.98) return 'uncertain';
  return 'wsUnreachable';
}

/** Hand-made cases on `RUE DES EXEMPLES, 69003 LYON` (street 6938300010), by street number. */
export interface Showcase {
  label: string;
  fiber?: Partial<FiberProfile>;
  copper?: CopperScenario;
  portability?: number; // index in NUMERIC_PORTABILITY_CODES
  lineStatus?: 'active' | 'inactive';
  unlisted?: boolean;
  buildings?: number;
  stairs?: boolean;
}

export const SHOWCASE: Record<string, Showcase> = {
  '1': { label: 'FTTH eligible (marketable), FTTE deployed, copper OK', fiber: { ftth: 'marketable', ftte: 'deployed', catalogue: 'all' }, copper: 'ok' },
  '2': { label: 'FTTH linkable, FTTE partiallyDeployed', fiber: { ftth: 'linkable', ftte: 'partiallyDeployed' } },
  '3': { label: 'FTTH notYetAvailable, FTTE deploying (OVH FIBER_NOT_YET_AVAILABLE)', fiber: { ftth: 'notYetAvailable', ftte: 'deploying' } },
  '4': { label: 'FTTH deployingBuildingSoon, FTTE notDeployed', fiber: { ftth: 'deployingBuildingSoon', ftte: 'notDeployed' } },
  '5': { label: 'FTTH deployedDistrict, FTTE notFound (OVH FIBER_NOT_DEPLOYED_IN_BUILDING)', fiber: { ftth: 'deployedDistrict', ftte: 'notFound' } },
  '6': { label: 'FTTH deployingDistrict, FTTE temporaryGel', fiber: { ftth: 'deployingDistrict', ftte: 'temporaryGel' } },
  '7': { label: 'FTTH deployingDistrictSoon, FTTE exlusionZone', fiber: { ftth: 'deployingDistrictSoon', ftte: 'exlusionZone' } },
  '8': { label: 'FTTH deployingCity, FTTE PartiallydeployedExtention (message extension_plan)', fiber: { ftth: 'deployingCity', ftte: 'PartiallydeployedExtention' } },
  '9': { label: 'FTTH notDeployed, FTTE freezeBeforeClosing', fiber: { ftth: 'notDeployed', ftte: 'freezeBeforeClosing' } },
  '10': { label: 'FTTH notFound, FTTE notFound', fiber: { ftth: 'notFound', ftte: 'notFound' } },
  '11': { label: 'Fiber NETWORK_SATURATED', fiber: { ftth: 'marketable', ftte: 'deployed', extra: 'NETWORK_SATURATED' } },
  '12': { label: 'Fiber EXTERNAL_WS_UNREACHABLE', fiber: { ftth: 'marketable', ftte: 'deployed', extra: 'EXTERNAL_WS_UNREACHABLE' } },
  '13': { label: 'Fiber UNCERTAIN_DATA (eligible under conditions)', fiber: { ftth: 'marketable', ftte: 'deployed', extra: 'UNCERTAIN_DATA' } },
  '14': { label: 'OTP_NOT_MARKETABLE (test/otp)', fiber: { ftth: 'marketable', ftte: 'deployed', extra: 'OTP_NOT_MARKETABLE' } },
  '15': { label: 'PROFIBER catalogue (FR guide)', fiber: { ftth: 'marketable', ftte: 'deployed', catalogue: 'pro' } },
  '20': { label: 'Copper OK, 3 cable sections', copper: 'ok' },
  '21': { label: 'Copper TOO_MUCH_ATTENUATION (long line)', copper: 'attenuation' },
  '22': { label: 'Copper COPPER_NOT_YET_AVAILABLE', copper: 'notYetAvailable' },
  '23': { label: 'Copper PAIRS_SATURATION (SDSL 2/4 pairs)', copper: 'pairsSaturation' },
  '24': { label: 'Copper NETWORK_SATURATED', copper: 'networkSaturated' },
  '25': { label: 'Copper EXTERNAL_WS_UNREACHABLE', copper: 'wsUnreachable' },
  '26': { label: 'Copper UNCERTAIN_DATA', copper: 'uncertain' },
  '27': { label: 'Unlisted line (never returned by search/lines)', copper: 'ok', unlisted: true },
  '28': { label: 'Inactive line', copper: 'ok', lineStatus: 'inactive' },
  '30': { label: 'Portability 2006', portability: 0 },
  '31': { label: 'Portability 2011 (quarantine)', portability: 1 },
  '32': { label: 'Portability 2019', portability: 2 },
  '33': { label: 'Portability 2101', portability: 3 },
  '34': { label: 'Portability 2202', portability: 4 },
  '35': { label: 'Portability 3001', portability: 5 },
  '36': { label: 'Portability 3020', portability: 6 },
  '37': { label: 'Portability 3049', portability: 7 },
  '38': { label: 'Six buildings at one address (RIP notComputed, Orange FTTE > 5)', buildings: 6 },
  '39': { label: 'Building with stairs A-C and floors', stairs: true },
  '40': { label: 'Eight buildings at one address', buildings: 8 },
};
