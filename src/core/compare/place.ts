import { EligError } from '../errors';

/**
 * A place as the user types it: a free-text address, a building code (`IMB/…`), a 10-digit
 * line number or `lat,lon` coordinates. Parsing is bounded (length-capped, anchored regexes).
 */
export type Place =
  | { kind: 'address'; number: string; street: string; zip: string; city: string; text: string; /** known OVH street code (from the tree): skips search/cities and search/streets */ streetCode?: string }
  | { kind: 'building'; code: string }
  | { kind: 'line'; number: string }
  | { kind: 'coordinates'; latitude: number; longitude: number };

export const MAX_PLACE_LENGTH = 300;
const BUILDING = /^IMB\/[0-9A-Z]{5}\/[A-Z]\/[0-9A-Z]{4}$/i;
const COORDS = /^(-?\d{1,2}(?:\.\d{1,10})?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d{1,10})?)$/;
/** `2 bis rue du Verger, 91400 Orsay`, `2B R DU VERGER 91400 ORSAY`, `14, rue X, 20000 Ajaccio` */
const ADDRESS = /^(\d{1,5})(?:\s*(BIS|TER|QUATER)\b|([A-Z])(?![A-Z])|\s+([BTQ])(?=\s))?\s*,?\s+(.+?)\s*,?\s+(\d{5}|2[AB]\d{3})\b\s*(.*)$/;

export function placeError(message: string): EligError {
  return new EligError({ kind: 'input', message, hint: 'Give an address "2 RUE DU VERGER, 91400 ORSAY", a building code IMB/91471/C/NT8X, a 10-digit line number or "lat,lon" coordinates.' });
}

export function parsePlace(input: string): Place {
  const text = input.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) throw placeError('The place is empty.');
  if (text.length > MAX_PLACE_LENGTH) throw placeError(`The place is longer than ${MAX_PLACE_LENGTH} characters.`);
  if (BUILDING.test(text)) return { kind: 'building', code: text.toUpperCase() };
  const digits = text.replace(/[\s.]/g, '');
  if (/^(\+33|0033)\d{9}$/.test(digits)) return { kind: 'line', number: `0${digits.slice(-9)}` };
  if (/^0\d{9}$/.test(digits)) return { kind: 'line', number: digits };
  const c = COORDS.exec(text);
  if (c) {
    const latitude = Number(c[1]), longitude = Number(c[2]);
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw placeError(`Coordinates out of range: latitude ${c[1]}, longitude ${c[2]}.`);
    return { kind: 'coordinates', latitude, longitude };
  }
  const upper = text.toUpperCase();
  const a = ADDRESS.exec(upper);
  if (!a || !/[A-Z]/.test(a[5])) {
    throw placeError(`"${text.slice(0, 80)}" is neither an address (number, street, zip code, city), a building code, a line number nor coordinates.`);
  }
  const word = a[2] ?? a[3] ?? a[4];
  const suffix = word ? (word === 'BIS' ? 'B' : word === 'TER' ? 'T' : word === 'QUATER' ? 'Q' : word) : '';
  const number = `${a[1].replace(/^0+(?=\d)/, '')}${suffix}`;
  const street = a[5].replace(/^,\s*/, '').trim();
  const city = a[7].replace(/^,\s*/, '').trim();
  return { kind: 'address', number, street, zip: a[6], city, text };
}

/** The Orange b2b `fullTextAddress` form of the guide: `<number> <street>, <zip> <city>`. */
export function fullTextAddress(p: { number: string; street: string; zip: string; city: string }): string {
  return `${p.number} ${p.street}, ${p.zip}${p.city ? ` ${p.city}` : ''}`;
}

export function describePlace(p: Place): string {
  switch (p.kind) {
    case 'address': return fullTextAddress(p);
    case 'building': return p.code;
    case 'line': return p.number;
    case 'coordinates': return `${p.latitude},${p.longitude}`;
  }
}
