/**
 * The dataset's own answer to "what can this address get, from whom?": the compare matrix computed
 * from the generated world (fiber profiles, lines, the answer builders), without HTTP and without the
 * client code. Tests and the bench check `compare()` against it, cell by cell.
 */
import { CITIES } from './cities';
import { Disagreements } from './disagreements';
import { Lines } from './lines';
import { OrangePoi } from './orange-poi';
import { copperOffers, fiberOffers } from './ovh-offers';
import { neighbourLine } from './ovh-tests';
import { Rng } from './prng';
import { qualification } from './rip-qualify';
import { SPECIAL_ADDRESSES } from './special';
import { DEFAULT_SEED } from './index';
import { World, type ResolvedAddress } from './world';

export type TruthApi = 'ovh' | 'orange-b2b' | 'orange-rip';
export type TruthTech = 'ADSL' | 'VDSL' | 'SDSL' | 'FTTH' | 'FTTE' | 'FTTO';
export type TruthStatus = 'eligible' | 'not-eligible' | 'not-offered';
export interface TruthCell { status: TruthStatus; /** eligible offer codes, sorted (eligible cells only) */ offers?: string[] }
export type TruthMatrix = Record<TruthTech, Record<TruthApi, TruthCell>>;
export interface TruthAddress { text: string; streetCode: string; number: string; building: string }

const TECHS: TruthTech[] = ['ADSL', 'VDSL', 'SDSL', 'FTTH', 'FTTE', 'FTTO'];
type RawOffer = { product: { code: string; type: string }; eligibility: { eligible: boolean } };

function cellOf(offers: { code: string; eligible: boolean }[]): TruthCell {
  if (!offers.length) return { status: 'not-offered' };
  const yes = offers.filter((o) => o.eligible).map((o) => o.code);
  return yes.length ? { status: 'eligible', offers: [...new Set(yes)].sort() } : { status: 'not-eligible' };
}

export class GroundTruth {
  private readonly world: World;
  private readonly lines: Lines;
  private readonly poi: OrangePoi;
  private readonly disagreements: Disagreements;

  constructor(readonly seed: number = DEFAULT_SEED) {
    this.world = new World(seed >>> 0);
    this.lines = new Lines(this.world);
    this.poi = new OrangePoi(this.world, this.lines);
    this.disagreements = new Disagreements(this.world);
  }

  /** The matrix for an address (its first building when it has several: `--pick first`). */
  matrix(streetCode: string, number: string): TruthMatrix | undefined {
    const addr = this.world.addressOf(streetCode, number);
    if (!addr) return undefined;
    const buildings = this.world.buildingsAt(addr);
    const b = buildings[0];
    const out = {} as TruthMatrix;
    for (const t of TECHS) out[t] = {} as Record<TruthApi, TruthCell>;
    // OVHcloud: copper from the neighbour-line creation (no guaranteed SDSL-nM-nP), fiber from the building
    if (this.disagreements.ovhUnknown(streetCode, number)) {
      for (const t of TECHS) out[t].ovh = { status: 'not-eligible' };
    } else {
      const neighbour = neighbourLine(this.world, this.lines, addr);
      const copper = neighbour ? (copperOffers(neighbour, 'neighbour') as RawOffer[]).filter((o) => !/^SDSL-\d/.test(o.product.code)) : [];
      const fiber = fiberOffers(b, false) as RawOffer[];
      for (const t of TECHS) {
        const list = [...copper, ...fiber].filter((o) => o.product.type === t).map((o) => ({ code: o.product.code, eligible: o.eligibility.eligible }));
        out[t].ovh = !neighbour && (t === 'ADSL' || t === 'VDSL' || t === 'SDSL') ? { status: 'not-eligible' } : cellOf(list);
      }
    }
    // Orange b2b: the POI of the building (FTTE asked again by buildingCode when not computed by address)
    const poi = this.poi.poi(b, true, buildings.length > 5) as { supports: Record<string, Record<string, { status: string }>> };
    const ftte = buildings.length > 5 ? (this.poi.poi(b, false, false) as typeof poi).supports.fiber.ftte : poi.supports.fiber.ftte;
    const b2b: Record<TruthTech, { status: string } | undefined> = {
      ADSL: poi.supports.copper.adsl, VDSL: undefined, SDSL: poi.supports.copper.sdsl,
      FTTH: poi.supports.fiber.ftth, FTTE: ftte, FTTO: poi.supports.fiber.ftto,
    };
    for (const t of TECHS) out[t]['orange-b2b'] = cellOf(b2b[t] ? [{ code: t.toLowerCase(), eligible: b2b[t]!.status === 'eligible' }] : []);
    // Orange RIP: FTTH and FTTE qualification items of the building
    for (const t of TECHS) {
      const cat = t === 'FTTH' ? 'ftth' : t === 'FTTE' ? 'ftte' : undefined;
      const items = cat ? (qualification(b, cat).productOfferingQualificationItem as { qualificationItemResult: string; productOffering: { name: string } }[]) : [];
      out[t]['orange-rip'] = cellOf(items.map((i) => ({ code: i.productOffering.name, eligible: i.qualificationItemResult === 'eligible' })));
    }
    return out;
  }

  /** `n` generated addresses (never the seeded ones), deterministic for a seed, spread over the cities. */
  sample(n: number, salt = 'compare'): TruthAddress[] {
    const rng = Rng.for(this.seed >>> 0, 'ground-truth', salt);
    const out: TruthAddress[] = [];
    const seen = new Set<string>();
    for (let guard = 0; out.length < n && guard < n * 20; guard++) {
      const cityIdx = rng.int(0, CITIES.length - 1);
      const city = CITIES[cityIdx];
      const streets = this.world.streets(cityIdx);
      if (streets.length <= city.fixedStreets.length) continue;
      const street = streets[rng.int(city.fixedStreets.length, streets.length - 1)];
      const numbers = this.world.numbers(street);
      const number = numbers[rng.int(0, numbers.length - 1)];
      const key = `${street.streetCode}|${number}`;
      if (seen.has(key) || SPECIAL_ADDRESSES[key]) continue;
      seen.add(key);
      const addr = this.world.addressOf(street.streetCode, number)!;
      out.push(this.entry(addr));
    }
    return out;
  }

  /** Every number of the showcase street RUE DES EXEMPLES, 69003 LYON (hand-made cases and disagreements). */
  showcase(): TruthAddress[] {
    const street = this.world.streetByCode('6938300010')!;
    return this.world.numbers(street).map((nr) => this.entry(this.world.addressOf(street.streetCode, nr)!));
  }

  private entry(addr: ResolvedAddress): TruthAddress {
    return { text: `${addr.number} ${addr.street.streetName}, ${addr.city.zip} ${addr.city.city}`, streetCode: addr.street.streetCode, number: addr.number, building: this.world.buildingsAt(addr)[0].code };
  }
}
