/** Free-text address parsing shared by Orange b2b (fullTextAddress) and RIP (fulltext). */
import { CITIES } from './cities';
import type { ResolvedAddress, World } from './world';

/** Upper case, no accents, no punctuation, single spaces. */
export function normalize(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();
}

/**
 * Finds `[number][suffix] street, zip city` (comma optional here; callers enforce it when the API does).
 * Returns undefined when the city, street or number is unknown.
 */
export function findAddress(world: World, text: string): ResolvedAddress | undefined {
  const norm = normalize(text);
  const m = /^(\d+)\s?(B|BIS|TER|[A-D])?\s+(.+?)\s+(\d{5}|2A\d{3}|2B\d{3})\s+(.+)$/.exec(norm) ?? /^(\d+)\s?(B|BIS|TER)?\s+(.+?)\s+(\d{5})\s*(.*)$/.exec(norm);
  if (!m) return undefined;
  const [, num, suffix, streetName, zip, cityName] = m;
  const candidates = CITIES.map((c, i) => ({ c, i })).filter(({ c }) => c.zip === zip);
  const chosen = candidates.find(({ c }) => !cityName || normalize(c.city) === cityName || c.localities.some((l) => normalize(l) === cityName)) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!chosen) return undefined;
  const street = world.streets(chosen.i).find((s) => normalize(s.streetName) === streetName);
  if (!street) return undefined;
  const numbers = world.numbers(street);
  const wanted = suffix ? `${num}${suffix === 'BIS' ? 'B' : suffix}` : num;
  const numberIdx = numbers.indexOf(wanted);
  return numberIdx < 0 ? undefined : world.address({ cityIdx: chosen.i, streetIdx: street.idx, numberIdx });
}

export function formatAddress(a: ResolvedAddress): string {
  return `${a.number} ${a.street.streetName}, ${a.city.zip} ${a.city.city}`;
}
