/**
 * Addresses whose buildings come from the seed documents (codes, names, coordinates) instead of
 * the generator. Keyed by `streetCode|number`.
 */
import type { FiberProfile } from './profiles';

export interface SpecialBuilding {
  code: string;
  name: string;
  type: 'HOUSE' | 'BUILDING';
  nro?: string;
  stairs?: Array<{ stair: string; floors: string[] }>;
  lat?: number;
  lon?: number;
  profile?: Partial<FiberProfile>;
  /** Orange b2b copper figures shown by the documents for this building. */
  copper?: { adsl: number; sdsl: number; pairs: number };
}

const MARNE: Partial<FiberProfile> = { ftth: 'marketable', ftte: 'partiallyDeployed', extra: undefined };
const MARNE_COPPER = { adsl: 1, sdsl: 2, pairs: 9 };
const AJACCIO: Partial<FiberProfile> = { ftth: 'marketable', ftte: 'partiallyDeployed', extra: undefined };
const AJACCIO_COPPER = { adsl: 18, sdsl: 8, pairs: 8 };
const VENU: Partial<FiberProfile> = { ftth: 'marketable', ftte: 'deployed', extra: undefined };

export const SPECIAL_ADDRESSES: Record<string, SpecialBuilding[]> = {
  // OVH guide: search/buildings 9147132200 / 2 and test/building IMB/91471/C/NT8X.
  '9147132200|2': [
    { code: 'IMB/91471/C/NT8X', name: '', type: 'HOUSE', nro: '91122BUR', stairs: [],
      profile: { ftth: 'marketable', ftte: 'deployed', extra: undefined, operator: 0, catalogue: 'max' } },
  ],
  // Orange b2b guide: 14 Rue Maurice Choury, 20000 Ajaccio (three buildings + an address-level POI).
  '2A00409030|14': [
    { code: 'IMB/2A004/C/01RJ', name: '', type: 'BUILDING', lat: 41.91941127433433, lon: 8.728159501915163, profile: AJACCIO, copper: AJACCIO_COPPER },
    { code: 'IMB/2A004/X/03OL', name: '', type: 'BUILDING', lat: 41.91856697444322, lon: 8.728377876573708, profile: AJACCIO, copper: AJACCIO_COPPER },
    { code: 'IMB/2A004/X/048L', name: '', type: 'BUILDING', lat: 41.918729340488774, lon: 8.728236487309287, profile: AJACCIO, copper: AJACCIO_COPPER },
  ],
  // Orange b2b guide: 340 Avenue De La Marne, 59700 Marcq En Baroeul; IMB/59378/X/013S and A13 = IMB/59378/X/013U.
  // Seven buildings: the plain address exceeds five buildings (FTTE not computed).
  '5937802700|340': [
    { code: 'IMB/59378/X/013R', name: 'A11', type: 'BUILDING', profile: MARNE, copper: MARNE_COPPER },
    { code: 'IMB/59378/X/013S', name: '', type: 'BUILDING', lat: 50.67588044610802, lon: 3.11717371159117, profile: MARNE, copper: MARNE_COPPER },
    { code: 'IMB/59378/X/013T', name: 'A12', type: 'BUILDING', profile: MARNE, copper: MARNE_COPPER },
    { code: 'IMB/59378/X/013U', name: 'A13', type: 'BUILDING', lat: 50.67518181800152, lon: 3.1161859608942857, profile: MARNE, copper: MARNE_COPPER },
    { code: 'IMB/59378/X/013V', name: 'A14', type: 'BUILDING', profile: MARNE, copper: MARNE_COPPER },
    { code: 'IMB/59378/X/013W', name: 'A15', type: 'BUILDING', profile: MARNE, copper: MARNE_COPPER },
    { code: 'IMB/59378/X/013X', name: 'A16', type: 'BUILDING', profile: MARNE, copper: MARNE_COPPER },
  ],
  // Orange RIP guide: 59 CHEMIN DE LA MARE, 53400 CHERANCE.
  '5306800820|59': [
    { code: 'IMB/53068/X/0052', name: '', type: 'HOUSE', nro: '53084XCR', lat: 47.81389107120403, lon: -0.9485705042736172,
      profile: { ftth: 'marketable', ftte: 'partiallyDeployed', extra: undefined } },
  ],
  // Orange RIP guide: Vendée 85020 / rivoli 012R, six buildings M1..M6.
  '85020012R0|0': [
    { code: 'IMB/85020/X/000I', name: 'M1', type: 'BUILDING', nro: '85020BNW', lat: 46.37015128478206, lon: -0.577069805672707, profile: VENU },
    { code: 'IMB/85020/X/000J', name: 'M2', type: 'BUILDING', nro: '85020BNW', lat: 46.370427632662306, lon: -0.5778780066646744, profile: VENU },
    { code: 'IMB/85020/X/000K', name: 'M3', type: 'BUILDING', nro: '85020BNW', lat: 46.37064472824139, lon: -0.5781887929655724, profile: { ...VENU, ftte: 'partiallyDeployed' } },
    { code: 'IMB/85020/X/000L', name: 'M4', type: 'BUILDING', nro: '85020BNW', lat: 46.37001502349033, lon: -0.5785192115884559, profile: { ...VENU, ftte: 'freezeBeforeClosing' } },
    { code: 'IMB/85020/X/000M', name: 'M5', type: 'BUILDING', nro: '85020BNW', lat: 46.36965072159087, lon: -0.5786817666276524, profile: { ...VENU, ftth: 'linkable' } },
    { code: 'IMB/85020/X/000N', name: 'M6', type: 'BUILDING', nro: '85020BNW', lat: 46.369609155977024, lon: -0.5774959712805582, profile: { ...VENU, ftth: 'notYetAvailable', ftte: 'deploying' } },
  ],
};
