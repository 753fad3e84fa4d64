/**
 * Sandbox dataset: the seed documents' examples, verbatim, inside a deterministic generated world
 * coherent across OVH Connectivity, Orange b2b /poi and Orange RIP. See README.md for what is served.
 */
import { CITIES } from './cities';
import { Disagreements } from './disagreements';
import { Lines } from './lines';
import { OrangePoi } from './orange-poi';
import { OvhApi } from './ovh';
import { RipApi } from './rip';
import type { Dataset } from './types';
import { World } from './world';

export * from './types';
export { XSS_BUILDING_CODE, withHtmlPayload } from './xss';
export { SEED_REFERENCE } from './seeds';

export const DEFAULT_SEED = 20240401;

export function createDataset(seed: number = DEFAULT_SEED): Dataset {
  const world = new World(seed >>> 0);
  const lines = new Lines(world);
  const ovh = new OvhApi(seed >>> 0, world, lines);
  const poi = new OrangePoi(world, lines);
  const rip = new RipApi(world, lines);
  const disagreements = new Disagreements(world);
  let stats: Record<string, number> | undefined;
  return {
    ovh: (operation, body) => disagreements.ovh(operation, body ?? {}, () => ovh.run(operation, body)),
    ovhTestByReference: (reference) => ovh.byReference(reference),
    poi: (query) => poi.run(query),
    rip: (body) => rip.run(body),
    stats: () => (stats ??= datasetStats(world, lines)),
  };
}

/**
 * Sizes of the (lazily generated) dataset. Streets and numbers are exact; buildings, lines and POIs
 * are generated per address on demand, so they are extrapolated from a deterministic sample of
 * every 997th address (exact for a given seed, not a full count).
 */
function datasetStats(world: World, lines: Lines): Record<string, number> {
  let streets = 0;
  let numbers = 0;
  let maxStreetsInCity = 0;
  let maxNumbersInStreet = 0;
  let sampled = 0;
  let sampledBuildings = 0;
  let sampledLines = 0;
  let k = 0;
  CITIES.forEach((_, cityIdx) => {
    const list = world.streets(cityIdx);
    streets += list.length;
    maxStreetsInCity = Math.max(maxStreetsInCity, list.length);
    for (const s of list) {
      const n = world.numberCount(s);
      numbers += n;
      maxNumbersInStreet = Math.max(maxNumbersInStreet, n);
      for (let numberIdx = (997 - (k % 997)) % 997; numberIdx < n; numberIdx += 997) {
        const addr = world.address({ cityIdx, streetIdx: s.idx, numberIdx });
        if (!addr) continue;
        sampled++;
        sampledBuildings += world.buildingsAt(addr).length;
        sampledLines += lines.at(addr).length;
      }
      k += n;
    }
  });
  const buildings = Math.round((sampledBuildings / Math.max(1, sampled)) * numbers);
  return {
    zips: new Set(CITIES.map((c) => c.zip)).size,
    cities: CITIES.length,
    streets,
    numbers,
    maxStreetsInCity,
    maxNumbersInStreet,
    buildings,
    lines: Math.round((sampledLines / Math.max(1, sampled)) * numbers),
    pois: buildings,
    seedExamples: 19,
  };
}
