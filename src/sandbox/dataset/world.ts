/**
 * The generated world: streets, numbers, buildings and lines of every city in CITIES, built lazily
 * from the seed and memoised. Building codes, line numbers, hexacles and OTPs encode their address,
 * so any of them resolves without generating the rest of the world.
 */
import { CITIES, CityDef, FIRST_NAMES, LAST_NAMES, STREET_TYPES, cityIndexByInsee } from './cities';
import { Rng, fromBase36, toBase36 } from './prng';
import { FiberProfile, SHOWCASE, Showcase, randomFiberProfile } from './profiles';
import { SPECIAL_ADDRESSES, SpecialBuilding } from './special';

export interface Street { cityIdx: number; idx: number; streetCode: string; streetName: string; rivoli: string }
export interface AddressRef { cityIdx: number; streetIdx: number; numberIdx: number }
export interface ResolvedAddress extends AddressRef {
  city: CityDef; street: Street; number: string; lat: number; lon: number;
}
export interface Stair { stair: string; floors: string[] }
export interface BuildingRec {
  code: string; name: string; type: 'HOUSE' | 'BUILDING'; nro: string; stairs: Stair[];
  addr: ResolvedAddress; bIdx: number; lat: number; lon: number; profile: FiberProfile;
  special?: SpecialBuilding;
}

const SLOT_BUILDINGS = 8;
const B36_4 = 36 ** 4;
const METERS_PER_DEG = 111320;

export class World {
  private readonly streetsMemo = new Map<number, Street[]>();
  private readonly streetIndexMemo = new Map<number, Map<string, number>>();
  private readonly numbersMemo = new Map<string, string[]>();
  private readonly buildingsMemo = new Map<string, BuildingRec[]>();

  constructor(readonly seed: number) {}

  // ---- streets -------------------------------------------------------------------------------
  streets(cityIdx: number): Street[] {
    let list = this.streetsMemo.get(cityIdx);
    if (list) return list;
    const city = CITIES[cityIdx];
    list = city.fixedStreets.map((f, idx) => ({ cityIdx, idx, streetCode: f.streetCode, streetName: f.streetName, rivoli: f.streetCode.slice(5, 9) }));
    const combos = STREET_TYPES.length * FIRST_NAMES.length * LAST_NAMES.length;
    const stride = 7919; // prime, coprime with combos: a permutation of the name space
    const offset = Rng.for(this.seed, 'streets', city.insee).int(0, combos - 1);
    const names: string[] = [];
    for (let j = 0; j < city.generatedStreets; j++) {
      const k = (offset + j * stride) % combos;
      const type = STREET_TYPES[k % STREET_TYPES.length];
      const first = FIRST_NAMES[Math.floor(k / STREET_TYPES.length) % FIRST_NAMES.length];
      const last = LAST_NAMES[Math.floor(k / (STREET_TYPES.length * FIRST_NAMES.length))];
      names.push(`${type} ${first} ${last}`);
    }
    names.sort();
    names.forEach((streetName, j) => {
      const rivoli = String(100 + j).padStart(4, '0');
      list!.push({ cityIdx, idx: list!.length, streetCode: `${city.insee}${rivoli}0`, streetName, rivoli });
    });
    this.streetsMemo.set(cityIdx, list);
    return list;
  }

  streetByCode(streetCode: string): Street | undefined {
    const cityIdx = cityIndexByInsee(streetCode.slice(0, 5));
    if (cityIdx < 0) return undefined;
    let index = this.streetIndexMemo.get(cityIdx);
    if (!index) {
      index = new Map(this.streets(cityIdx).map((s) => [s.streetCode, s.idx]));
      this.streetIndexMemo.set(cityIdx, index);
    }
    const idx = index.get(streetCode);
    return idx === undefined ? undefined : this.streets(cityIdx)[idx];
  }

  streetByRivoli(cityIdx: number, rivoli: string): Street | undefined {
    return this.streets(cityIdx).find((s) => s.rivoli === rivoli.toUpperCase());
  }

  // ---- numbers -------------------------------------------------------------------------------
  /** How many numbers `numbers(street)` holds, without generating them. */
  numberCount(street: Street): number {
    const memo = this.numbersMemo.get(street.streetCode);
    if (memo) return memo.length;
    const city = CITIES[street.cityIdx];
    const fixed = street.idx < city.fixedStreets.length ? city.fixedStreets[street.idx] : undefined;
    if (fixed?.numbers) return fixed.numbers.length;
    if (fixed?.numberCount) return fixed.numberCount;
    return Rng.for(this.seed, 'numbers', street.streetCode).int(4, Math.min(city.maxNumbers - 20, 140));
  }

  numbers(street: Street): string[] {
    const key = street.streetCode;
    let list = this.numbersMemo.get(key);
    if (list) return list;
    const city = CITIES[street.cityIdx];
    const fixed = street.idx < city.fixedStreets.length ? city.fixedStreets[street.idx] : undefined;
    if (fixed?.numbers) list = [...fixed.numbers];
    else if (fixed?.numberCount) list = Array.from({ length: fixed.numberCount }, (_, i) => String(i + 1));
    else {
      const rng = Rng.for(this.seed, 'numbers', key);
      const count = rng.int(4, Math.min(city.maxNumbers - 20, 140));
      list = [];
      let n = rng.int(1, 3);
      while (list.length < count) {
        list.push(String(n));
        if (list.length < count && rng.chance(0.08)) list.push(`${n}B`);
        n += rng.chance(0.7) ? 1 : 2;
      }
    }
    this.numbersMemo.set(key, list);
    return list;
  }

  address(ref: AddressRef): ResolvedAddress | undefined {
    const city = CITIES[ref.cityIdx];
    const street = city && this.streets(ref.cityIdx)[ref.streetIdx];
    if (!street) return undefined;
    const number = this.numbers(street)[ref.numberIdx];
    if (number === undefined) return undefined;
    const anchor = SPECIAL_ADDRESSES[`${street.streetCode}|${number}`]?.find((b) => b.lat !== undefined);
    const { lat, lon } = anchor?.lat !== undefined && anchor.lon !== undefined ? { lat: anchor.lat, lon: anchor.lon } : this.position(city, street, ref.numberIdx, 0);
    return { ...ref, city, street, number, lat, lon };
  }

  /** The seeded addresses (placed at their documented coordinates, off the generated street lines). */
  specialAddresses(): ResolvedAddress[] {
    return Object.keys(SPECIAL_ADDRESSES).flatMap((key) => {
      const [streetCode, number] = key.split('|');
      const a = this.addressOf(streetCode, number);
      return a ? [a] : [];
    });
  }

  addressOf(streetCode: string, streetNumber: string): ResolvedAddress | undefined {
    const street = this.streetByCode(streetCode);
    if (!street) return undefined;
    const numberIdx = this.numbers(street).indexOf(streetNumber.toUpperCase());
    return numberIdx < 0 ? undefined : this.address({ cityIdx: street.cityIdx, streetIdx: street.idx, numberIdx });
  }

  /** Streets run straight from an origin near the city centre; numbers every 12 m, buildings 9 m apart. */
  streetGeometry(city: CityDef, street: Street): { lat0: number; lon0: number; dx: number; dy: number } {
    const rng = Rng.for(this.seed, 'geo', street.streetCode);
    const radius = street.idx === 0 ? 0 : Math.sqrt(rng.next()) * (city.generatedStreets > 1000 ? 6000 : 1500);
    const a = rng.next() * 2 * Math.PI;
    const heading = rng.next() * 2 * Math.PI;
    const cos = Math.cos((city.lat * Math.PI) / 180);
    return {
      lat0: city.lat + (radius * Math.sin(a)) / METERS_PER_DEG,
      lon0: city.lon + (radius * Math.cos(a)) / (METERS_PER_DEG * cos),
      dx: Math.cos(heading), dy: Math.sin(heading),
    };
  }

  position(city: CityDef, street: Street, numberIdx: number, bIdx: number): { lat: number; lon: number } {
    const g = this.streetGeometry(city, street);
    const cos = Math.cos((city.lat * Math.PI) / 180);
    const along = numberIdx * 12;
    const side = bIdx * 9;
    const east = g.dx * along - g.dy * side;
    const north = g.dy * along + g.dx * side;
    return { lat: round(g.lat0 + north / METERS_PER_DEG, 7), lon: round(g.lon0 + east / (METERS_PER_DEG * cos), 7) };
  }

  showcase(addr: AddressRef): Showcase | undefined {
    const city = CITIES[addr.cityIdx];
    if (city.insee !== '69383' || addr.streetIdx !== 0) return undefined;
    return SHOWCASE[String(addr.numberIdx + 1)];
  }

  // ---- buildings -----------------------------------------------------------------------------
  buildingsAt(addr: ResolvedAddress): BuildingRec[] {
    const key = `${addr.street.streetCode}|${addr.number}`;
    let list = this.buildingsMemo.get(key);
    if (list) return list;
    const special = SPECIAL_ADDRESSES[key];
    const rng = Rng.for(this.seed, 'buildings', key);
    const show = this.showcase(addr);
    const city = addr.city;
    let count: number;
    if (special) count = special.length;
    else if (show) count = show.buildings ?? 1;
    else {
      const r = rng.next();
      count = r < 0.9 ? 1 : r < 0.985 ? rng.int(2, 3) : rng.int(6, 8);
    }
    list = [];
    for (let b = 0; b < count; b++) {
      const brng = Rng.for(this.seed, 'building', key, b);
      const sp = special?.[b];
      const multi = show?.stairs || (!sp && (count > 1 || brng.chance(city.urban)));
      const type = sp?.type ?? (multi ? 'BUILDING' : 'HOUSE');
      const stairs: Stair[] = sp ? sp.stairs ?? [] : type === 'BUILDING' ? makeStairs(brng, show?.stairs ? 3 : brng.int(1, 3)) : [];
      const anchor = special?.find((x) => x.lat !== undefined);
      const pos = sp?.lat !== undefined && sp.lon !== undefined
        ? { lat: sp.lat, lon: sp.lon }
        : anchor?.lat !== undefined && anchor.lon !== undefined
          ? { lat: round(anchor.lat + b * 0.00011, 7), lon: round(anchor.lon - b * 0.00009, 7) }
          : this.position(city, addr.street, addr.numberIdx, b);
      const profile = { ...randomFiberProfile(brng), ...(show?.fiber ?? {}), ...(sp?.profile ?? {}) };
      list.push({
        code: sp?.code ?? this.buildingCode(addr, b),
        name: sp?.name ?? (type === 'BUILDING' ? (count > 1 ? `BAT ${String.fromCharCode(65 + b)}` : brng.pick(['', 'RESIDENCE LES TILLEULS', 'LE PANORAMA', 'LES JARDINS'])) : ''),
        type, nro: sp?.nro ?? city.nro, stairs, addr, bIdx: b, lat: pos.lat, lon: pos.lon, profile, special: sp,
      });
    }
    this.buildingsMemo.set(key, list);
    return list;
  }

  buildingCode(addr: AddressRef, b: number): string {
    const city = CITIES[addr.cityIdx];
    const n = (addr.streetIdx * city.maxNumbers + addr.numberIdx) * SLOT_BUILDINGS + b;
    return `IMB/${city.insee}/${String.fromCharCode(65 + Math.floor(n / B36_4))}/${toBase36(n % B36_4, 4)}`;
  }

  /** Building by code: special (seeded) codes first, then the generated code space. */
  building(code: string): BuildingRec | undefined {
    const special = SPECIAL_BY_CODE.get(code);
    if (special) {
      const addr = this.addressOf(special.streetCode, special.number);
      return addr && this.buildingsAt(addr).find((b) => b.code === code);
    }
    const m = /^IMB\/([0-9A-Z]{5})\/([A-Z])\/([0-9A-Z]{4})$/.exec(code);
    if (!m) return undefined;
    const cityIdx = cityIndexByInsee(m[1]);
    if (cityIdx < 0) return undefined;
    const n = (m[2].charCodeAt(0) - 65) * B36_4 + fromBase36(m[3]);
    const ref = this.decodeSlot(cityIdx, Math.floor(n / SLOT_BUILDINGS));
    const addr = ref && this.address(ref);
    if (!addr) return undefined;
    return this.buildingsAt(addr).find((b) => b.code === code);
  }

  decodeSlot(cityIdx: number, slot: number): AddressRef | undefined {
    const city = CITIES[cityIdx];
    const streetIdx = Math.floor(slot / city.maxNumbers);
    const numberIdx = slot % city.maxNumbers;
    return streetIdx < this.streets(cityIdx).length ? { cityIdx, streetIdx, numberIdx } : undefined;
  }

  // ---- hexacle / OTP / prestation ------------------------------------------------------------
  hexacle(addr: AddressRef): string {
    const city = CITIES[addr.cityIdx];
    return `${city.insee}${toBase36(addr.streetIdx * city.maxNumbers + addr.numberIdx, 5)}`;
  }

  addressByHexacle(hexacle: string): ResolvedAddress | undefined {
    const cityIdx = cityIndexByInsee(hexacle.slice(0, 5));
    const slot = fromBase36(hexacle.slice(5));
    if (cityIdx < 0 || hexacle.length !== 10 || slot < 0) return undefined;
    const ref = this.decodeSlot(cityIdx, slot);
    return ref && this.address(ref);
  }

  /** 8 upper-case base-36 characters naming a building (OTP without dashes, RIP prestation/precable). */
  buildingKey(b: BuildingRec): string {
    const city = CITIES[b.addr.cityIdx];
    const n = (b.addr.streetIdx * city.maxNumbers + b.addr.numberIdx) * SLOT_BUILDINGS + b.bIdx;
    return toBase36(b.addr.cityIdx, 2) + toBase36(n, 6);
  }

  otp(b: BuildingRec): string {
    const k = this.buildingKey(b);
    return `OO-${k.slice(0, 4)}-${k.slice(4)}`;
  }

  buildingByKey(key: string): BuildingRec | undefined {
    const k = key.toUpperCase();
    if (!/^[0-9A-Z]{8}$/.test(k)) return undefined;
    const cityIdx = fromBase36(k.slice(0, 2));
    if (cityIdx >= CITIES.length) return undefined;
    const n = fromBase36(k.slice(2));
    const ref = this.decodeSlot(cityIdx, Math.floor(n / SLOT_BUILDINGS));
    const addr = ref && this.address(ref);
    const b = addr && this.buildingsAt(addr)[n % SLOT_BUILDINGS];
    return b && this.buildingKey(b) === k ? b : undefined;
  }

  buildingByOtp(otp: string): BuildingRec | undefined {
    const m = /^OO-([0-9A-Z]{4})-([0-9A-Z]{4})$/i.exec(otp);
    return m ? this.buildingByKey(m[1] + m[2]) : undefined;
  }
}

const SPECIAL_BY_CODE = new Map<string, SpecialBuilding & { streetCode: string; number: string }>();
for (const [key, list] of Object.entries(SPECIAL_ADDRESSES)) {
  const [streetCode, number] = key.split('|');
  for (const sp of list) SPECIAL_BY_CODE.set(sp.code, { ...sp, streetCode, number });
}

function makeStairs(rng: Rng, count: number): Stair[] {
  return Array.from({ length: count }, (_, i) => {
    const floors = rng.int(2, 9);
    return { stair: String.fromCharCode(65 + i), floors: Array.from({ length: floors }, (_, f) => (f === 0 ? 'RDC' : String(f))) };
  });
}

export function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
