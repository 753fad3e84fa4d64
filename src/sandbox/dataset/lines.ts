/**
 * Copper lines: up to four per address, numbered `0` + city prefix + 7-digit slot so a line number
 * resolves to its address without a table.
 */
import { CITIES, PERSON_FIRST, PERSON_LAST } from './cities';
import { Rng } from './prng';
import { CopperScenario, NUMERIC_PORTABILITY_CODES, PROVIDERS, randomCopperScenario } from './profiles';
import type { BuildingRec, ResolvedAddress, World } from './world';

export interface Section { diameter: number; length: number }
export interface LineRec {
  lineNumber: string;
  status: 'active' | 'inactive';
  unlisted: boolean;
  owner: string;
  addr: ResolvedAddress;
  lineIdx: number;
  building: BuildingRec;
  sections: Section[];
  availablePairs: number;
  maxAvailablePairs: number;
  underConstruction: boolean;
  nra: string;
  scenario: CopperScenario;
  provider: string;
  /** Index in NUMERIC_PORTABILITY_CODES, or undefined when portability is fine. */
  portability?: number;
  door: string | null;
  floor: string | null;
  stairs: string | null;
}

const LINES_PER_ADDRESS = 4;

export class Lines {
  private readonly memo = new Map<string, LineRec[]>();
  constructor(private readonly world: World) {}

  at(addr: ResolvedAddress): LineRec[] {
    const key = `${addr.street.streetCode}|${addr.number}`;
    let list = this.memo.get(key);
    if (list) return list;
    const seed = this.world.seed;
    const rng = Rng.for(seed, 'lines', key);
    const buildings = this.world.buildingsAt(addr);
    const show = this.world.showcase(addr);
    const multi = buildings.some((b) => b.type === 'BUILDING');
    const count = show ? 1 : rng.chance(0.06) ? 0 : multi ? rng.int(2, LINES_PER_ADDRESS) : rng.chance(0.15) ? 2 : 1;
    list = [];
    for (let i = 0; i < count; i++) {
      const lr = Rng.for(seed, 'line', key, i);
      const building = buildings[i % buildings.length];
      const scenario = show?.copper ?? randomCopperScenario(lr);
      const sections = makeSections(lr, scenario, show !== undefined && show.copper === 'ok');
      const maxAvailablePairs = scenario === 'pairsSaturation' ? 1 : lr.int(2, 8);
      const first = lr.pick(PERSON_FIRST);
      const last = lr.pick(PERSON_LAST);
      const stair = building.stairs.length ? lr.pick(building.stairs) : undefined;
      const portabilityRoll = lr.next();
      list.push({
        lineNumber: lineNumber(addr, i),
        status: show ? (show.lineStatus ?? 'active') : lr.chance(0.65) ? 'active' : 'inactive',
        unlisted: show ? show.unlisted === true : lr.chance(0.15),
        owner: `${first} ${last}`,
        addr, lineIdx: i, building, sections,
        availablePairs: scenario === 'pairsSaturation' ? 0 : lr.int(1, maxAvailablePairs),
        maxAvailablePairs,
        underConstruction: scenario === 'notYetAvailable',
        nra: addr.city.nra,
        scenario,
        provider: lr.pick(PROVIDERS),
        portability: show ? show.portability : (portabilityRoll < 0.25 ? lr.int(0, NUMERIC_PORTABILITY_CODES.length - 1) : undefined),
        door: stair ? String(lr.int(1, 40)).padStart(5, '0') : null,
        floor: stair ? lr.pick(stair.floors) : null,
        stairs: stair ? stair.stair : null,
      });
    }
    this.memo.set(key, list);
    return list;
  }

  byNumber(lineNumberText: string): LineRec | undefined {
    const m = /^0(\d\d)(\d{7})$/.exec(lineNumberText);
    if (!m) return undefined;
    const cityIdx = CITIES.findIndex((c) => c.linePrefix === m[1]);
    if (cityIdx < 0) return undefined;
    const slot = Number(m[2]);
    const ref = this.world.decodeSlot(cityIdx, Math.floor(slot / LINES_PER_ADDRESS));
    const addr = ref && this.world.address(ref);
    return addr ? this.at(addr).find((l) => l.lineNumber === lineNumberText) : undefined;
  }
}

export function lineNumber(addr: ResolvedAddress, i: number): string {
  const slot = (addr.streetIdx * addr.city.maxNumbers + addr.numberIdx) * LINES_PER_ADDRESS + i;
  return `0${addr.city.linePrefix}${String(slot).padStart(7, '0')}`;
}

function makeSections(rng: Rng, scenario: CopperScenario, forceThree: boolean): Section[] {
  const total = scenario === 'attenuation' ? rng.int(5200, 7800) : rng.int(250, 3800);
  const count = forceThree ? 3 : rng.int(1, 3);
  const diameters = [4, 4, 6, 9];
  const out: Section[] = [];
  let left = total;
  for (let s = 0; s < count; s++) {
    const length = s === count - 1 ? left : Math.round(left * rng.float(0.2, 0.6, 2));
    left -= length;
    out.push({ diameter: rng.pick(diameters), length });
  }
  return out;
}

/** `JEAN DUPONT` → `J*** D*****` (the masking OVH applies). */
export function maskOwner(name: string): string {
  return name.split(' ').map((w) => w[0] + '*'.repeat(w.length - 1)).join(' ');
}
