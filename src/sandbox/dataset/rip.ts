/** Orange RIP Operator Eligibility: POST /productRIPQualification. */
import { findAddress } from './address-text';
import { CITIES } from './cities';
import type { Lines } from './lines';
import { Category, notComputed, qualification } from './rip-qualify';
import { nearestBuilding } from './search-geo';
import { SEEDS, copy } from './seeds';
import type { OrangeAnswer } from './types';
import type { BuildingRec, World } from './world';
import { XSS_BASE_ADDRESS, XSS_BUILDING_CODE, asXssAnswer } from './xss';

const CONTEXTS = ['nd', 'ndetoile', 'address', 'fulltext', 'geographiclocation', 'prestation', 'precable', 'buildingCode'] as const;
const err = (status: number, code: number, message: string, description: string): OrangeAnswer => ({ status, body: { code, message, description } });
/** Codes 30 (from the guide) and 31..35 (sandbox choices, documented in README.md). */
export const RIP_ERRORS = {
  missing: (field: string) => err(400, 25, 'Missing body field', `The field ${field} is mandatory.`),
  invalid: (field: string, why: string) => err(400, 26, 'Invalid body field', `The field ${field} is invalid: ${why}`),
  ndNotFound: () => ({ status: 404, body: copy(SEEDS.rip.ripNdNotFound) }),
  addressNotFound: () => err(404, 31, 'Address not found', 'The address is not found.'),
  prestationNotFound: () => err(404, 33, 'Prestation not found', 'The prestation or precable number is not found.'),
  buildingNotFound: () => err(404, 35, 'Building not found', 'The building code is not found.'),
};

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const ok = (body: unknown): OrangeAnswer => ({ status: 200, body });

export class RipApi {
  constructor(private readonly world: World, private readonly lines: Lines) {}

  run(raw: unknown): OrangeAnswer {
    const body = obj(raw);
    if (!body) return RIP_ERRORS.invalid('body', 'a JSON object is expected');
    const context = text(body.contextType);
    if (!context) return RIP_ERRORS.missing('contextType');
    if (!(CONTEXTS as readonly string[]).includes(context)) return RIP_ERRORS.invalid('contextType', `expected one of ${CONTEXTS.join(', ')}`);
    const categoryName = text(obj(body.category)?.name);
    if (!categoryName) return RIP_ERRORS.missing('category.name');
    if (categoryName !== 'ftte' && categoryName !== 'ftth') return RIP_ERRORS.invalid('category.name', 'expected ftte or ftth');
    const category: Category = categoryName;
    const key = text(obj(body.publicKey)?.value);
    const place = obj(body.place);
    switch (context) {
      case 'nd':
      case 'ndetoile': {
        if (!key) return RIP_ERRORS.missing('publicKey.value');
        if (!/^0[1-5]\d{8}$/.test(key)) return RIP_ERRORS.invalid('publicKey.value', 'the ND must begin with 01, 02, 03, 04 or 05 and contain 10 digits');
        const line = key === '0123456789' ? undefined : this.lines.byNumber(key);
        return line ? this.answer(line.building, category) : RIP_ERRORS.ndNotFound();
      }
      case 'prestation':
      case 'precable': {
        if (!key) return RIP_ERRORS.missing('publicKey.value');
        if (!/^[0-9A-Z]{8}$/.test(key)) return RIP_ERRORS.invalid('publicKey.value', 'expected 8 upper-case characters');
        const b = this.world.buildingByKey(key);
        return b ? this.answer(b, category) : RIP_ERRORS.prestationNotFound();
      }
      case 'buildingCode': {
        if (!key) return RIP_ERRORS.missing('publicKey.value');
        if (key === XSS_BUILDING_CODE) return this.xss(category);
        if (!/^IMB\/[0-9A-Z]{5}\/[A-Z]\/[0-9A-Za-z]{4}$/.test(key)) return RIP_ERRORS.invalid('publicKey.value', 'expected a building code like IMB/99999/X/0099');
        const b = this.world.building(key);
        return b ? this.answer(b, category) : RIP_ERRORS.buildingNotFound();
      }
      case 'address':
        return this.byAddress(obj(place?.geographicAddress), category);
      case 'fulltext': {
        const nfa = obj(place?.nonFormattedAddress);
        const full = text(nfa?.fulltext) ?? text(nfa?.fullText);
        if (!full) return RIP_ERRORS.missing('place.nonFormattedAddress.fulltext');
        const addr = findAddress(this.world, full);
        if (!addr) return RIP_ERRORS.addressNotFound();
        const buildings = this.world.buildingsAt(addr);
        return buildings.length === 1 ? this.answer(buildings[0], category) : ok(notComputed(addr, buildings, category));
      }
      default: {
        const loc = obj(place?.geographicLocation);
        const x = text(loc?.x);
        const y = text(loc?.y);
        if (!x || !y) return RIP_ERRORS.missing('place.geographicLocation.x/y');
        const coord = /^-?\d{1,3}(\.\d{1,10})?$/;
        if (!coord.test(x) || Math.abs(Number(x)) > 180) return RIP_ERRORS.invalid('place.geographicLocation.x', 'a longitude between -180 and 180 with at most 10 decimals');
        if (!coord.test(y) || Math.abs(Number(y)) > 90) return RIP_ERRORS.invalid('place.geographicLocation.y', 'a latitude between -90 and 90 with at most 10 decimals');
        const b = nearestBuilding(this.world, Number(y), Number(x), 60);
        return b ? this.answer(b, category) : RIP_ERRORS.addressNotFound();
      }
    }
  }

  private byAddress(ga: Obj | undefined, category: Category): OrangeAnswer {
    if (!ga) return RIP_ERRORS.missing('place.geographicAddress');
    const cityCode = text(ga.cityCode)?.toUpperCase();
    const rivoli = text(ga.rivoliCode)?.toUpperCase();
    if (!cityCode) return RIP_ERRORS.missing('place.geographicAddress.cityCode');
    if (!rivoli) return RIP_ERRORS.missing('place.geographicAddress.rivoliCode');
    if (!/^[0-9A-Z]{5}$/.test(cityCode)) return RIP_ERRORS.invalid('place.geographicAddress.cityCode', 'expected 5 alphanumeric characters');
    if (!/^[0-9A-Z]{4}$/.test(rivoli)) return RIP_ERRORS.invalid('place.geographicAddress.rivoliCode', 'expected 4 alphanumeric characters');
    const wanted = text(obj(ga.geographicSubAddress)?.buildingCode);
    const nr = `${text(ga.streetNr) || '0'}${normalizeSuffix(text(ga.streetNrSuffix))}`;
    if (cityCode === '85020' && rivoli === '012R' && nr === '0' && category === 'ftte') {
      if (!wanted) return ok(copy(SEEDS.rip.ripVendeeNotComputed));
      if (wanted === 'IMB/85020/X/000I') return ok(copy(SEEDS.rip.ripVendee000I));
    }
    const cityIdx = CITIES.findIndex((c) => c.insee === cityCode);
    const street = cityIdx < 0 ? undefined : this.world.streetByRivoli(cityIdx, rivoli);
    const addr = street && this.world.addressOf(street.streetCode, nr);
    if (!addr) return RIP_ERRORS.addressNotFound();
    const buildings = this.world.buildingsAt(addr);
    if (wanted) {
      const b = buildings.find((x) => x.code === wanted);
      return b ? this.answer(b, category) : RIP_ERRORS.buildingNotFound();
    }
    return buildings.length === 1 ? this.answer(buildings[0], category) : ok(notComputed(addr, buildings, category));
  }

  /** A single building's qualification; the guide's buildings answer with the guide's JSON. */
  private answer(b: BuildingRec, category: Category): OrangeAnswer {
    if (b.code === 'IMB/53068/X/0052') return ok(copy(category === 'ftte' ? SEEDS.rip.ripCheranceFtte : SEEDS.rip.ripCheranceFtth));
    if (b.code === 'IMB/85020/X/000I' && category === 'ftte') return ok(copy(SEEDS.rip.ripVendee000I));
    return ok(qualification(b, category));
  }

  private xss(category: Category): OrangeAnswer {
    const addr = this.world.addressOf(XSS_BASE_ADDRESS.streetCode, XSS_BASE_ADDRESS.number);
    const b = addr && this.world.buildingsAt(addr)[0];
    return b ? ok(asXssAnswer(qualification(b, category), b.code)) : RIP_ERRORS.buildingNotFound();
  }
}

function normalizeSuffix(s: string | undefined): string {
  if (!s) return '';
  const u = s.toUpperCase();
  return u === 'BIS' ? 'B' : u;
}
