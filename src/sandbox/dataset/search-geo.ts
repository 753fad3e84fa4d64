/** Spatial look-ups over the lazily generated world (search/addresses, RIP geographiclocation). */
import { CITIES } from './cities';
import type { BuildingRec, ResolvedAddress, World } from './world';

const M = 111320;

function meters(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dy = (lat2 - lat1) * M;
  const dx = (lon2 - lon1) * M * Math.cos((lat1 * Math.PI) / 180);
  return Math.sqrt(dx * dx + dy * dy);
}

/** Addresses within `distance` metres, nearest first (at most `limit`). */
export function addressesNear(world: World, lat: number, lon: number, distance: number, limit = 50): Array<{ addr: ResolvedAddress; meters: number }> {
  const found: Array<{ addr: ResolvedAddress; meters: number }> = [];
  CITIES.forEach((city, cityIdx) => {
    const reach = (city.generatedStreets > 1000 ? 6000 : 1500) + city.maxNumbers * 12 + distance + 500;
    if (meters(city.lat, city.lon, lat, lon) > reach) return;
    for (const street of world.streets(cityIdx)) {
      const g = world.streetGeometry(city, street);
      const cos = Math.cos((city.lat * Math.PI) / 180);
      const east = (lon - g.lon0) * M * cos;
      const north = (lat - g.lat0) * M;
      const along = east * g.dx + north * g.dy;
      const across = Math.abs(-east * g.dy + north * g.dx);
      if (across > distance + 80) continue;
      const centre = Math.round(along / 12);
      const span = Math.ceil(distance / 12) + 1;
      const numbers = world.numbers(street);
      for (let i = Math.max(0, centre - span); i <= Math.min(numbers.length - 1, centre + span); i++) {
        const addr = world.address({ cityIdx, streetIdx: street.idx, numberIdx: i });
        if (!addr) continue;
        const d = meters(lat, lon, addr.lat, addr.lon);
        if (d <= distance) found.push({ addr, meters: d });
      }
    }
  });
  for (const addr of world.specialAddresses()) {
    const d = meters(lat, lon, addr.lat, addr.lon);
    if (d <= distance && !found.some((f) => f.addr.street === addr.street && f.addr.numberIdx === addr.numberIdx)) found.push({ addr, meters: d });
  }
  found.sort((a, b) => a.meters - b.meters);
  return found.slice(0, limit);
}

/** The building nearest to a point, within `maxMeters`. */
export function nearestBuilding(world: World, lat: number, lon: number, maxMeters: number): BuildingRec | undefined {
  let best: BuildingRec | undefined;
  let bestD = Infinity;
  for (const { addr } of addressesNear(world, lat, lon, maxMeters + 80, 200)) {
    for (const b of world.buildingsAt(addr)) {
      const d = meters(lat, lon, b.lat, b.lon);
      if (d < bestD && d <= maxMeters) {
        best = b;
        bestD = d;
      }
    }
  }
  return best;
}
