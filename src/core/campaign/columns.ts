/**
 * Which input column means what: recognised by header name (English and French spellings,
 * case, accents and separators ignored) or mapped with `--map COLUMN=FIELD`. Every other column
 * passes through to the report.
 */
import { checkBuildingCode, checkNd } from '../requests/checks';

export const FIELDS = ['id', 'address', 'zip', 'city', 'street', 'number', 'building', 'line', 'otp', 'lat', 'lon'] as const;
export type Field = typeof FIELDS[number];
export type ColumnMap = Partial<Record<Field, string>>;

const ALIASES: Record<Field, string[]> = {
  id: ['id', 'ref', 'reference', 'identifiant', 'ticket', 'key'],
  address: ['address', 'adresse', 'fulladdress', 'fulltextaddress', 'addr'],
  zip: ['zip', 'zipcode', 'postcode', 'postalcode', 'cp', 'codepostal'],
  city: ['city', 'ville', 'commune', 'locality', 'town'],
  street: ['street', 'streetname', 'rue', 'voie', 'nomvoie'],
  number: ['number', 'streetnumber', 'numero', 'num', 'no', 'nvoie', 'numerovoie'],
  building: ['building', 'buildingcode', 'batiment', 'imb', 'codeimb', 'immeuble'],
  line: ['line', 'nd', 'linenumber', 'ndi', 'ligne', 'numeroligne'],
  otp: ['otp', 'pto', 'opticalsocket', 'prise'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
};

export function normalizeHeader(h: string): string {
  return h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** `--map COLUMN=-`: COLUMN means no field (its header would be recognised), it passes through to the report. */
export const NO_FIELD = '-';

/** Detected mapping, `--map` entries winning (`COLUMN=-` unmaps a recognised column). Throws an Error on a `--map` naming no column or no field. */
export function detectColumns(columns: readonly string[], map: Record<string, string> = {}): ColumnMap {
  const out: ColumnMap = {};
  for (const f of FIELDS) {
    const hit = columns.find(c => ALIASES[f].includes(normalizeHeader(c)));
    if (hit !== undefined) out[f] = hit;
  }
  for (const [col, field] of Object.entries(map)) {
    if (field === NO_FIELD) { // `--map note=-`: a column recognised by its header is no field, it passes through
      if (!columns.includes(col)) throw new Error(`--map ${col}=-: no column "${col}" in the input (columns: ${columns.join(', ') || 'none'})`);
      for (const f of FIELDS) if (out[f] === col) delete out[f];
      continue;
    }
    if (!(FIELDS as readonly string[]).includes(field)) throw new Error(`--map ${col}=${field}: unknown field "${field}" (fields: ${FIELDS.join(', ')}, or - for none)`);
    if (!columns.includes(col)) throw new Error(`--map ${col}=${field}: no column "${col}" in the input (columns: ${columns.join(', ') || 'none'})`);
    for (const f of FIELDS) if (out[f] === col) delete out[f];
    out[field as Field] = col;
  }
  return out;
}

/** Why these columns cannot say where a row is (undefined when they can). */
export function mappingProblem(m: ColumnMap, columns: readonly string[]): string | undefined {
  if (m.address || m.building || m.line || m.otp || (m.lat && m.lon) || (m.zip && (m.street || m.city)) || (m.city && m.street)) return undefined;
  return `no column says where a row is: expected a header among address, zip + city/street/number, building, line/nd, otp, lat + lon (found: ${columns.join(', ') || 'no header'}); map one with --map COLUMN=FIELD`;
}

/** A place for the compare (issue 11 forms) from one row, or a problem that makes the row unreadable. */
export function placeOf(values: Record<string, string>, m: ColumnMap, line: number): { place: string } | { problem: string } {
  const v = (f: Field) => (m[f] !== undefined ? (values[m[f]!] ?? '').trim() : '');
  const nd = v('line');
  if (nd) {
    const compact = nd.replace(/[\s.-]/g, '').replace(/^\+33/, '0');
    const p = checkNd(compact);
    return p ? { problem: `line ${line}: ${p}` } : { place: compact };
  }
  const b = v('building');
  if (b) { const p = checkBuildingCode(b); return p ? { problem: `line ${line}: ${p}` } : { place: b }; }
  const otp = v('otp');
  if (otp) return { place: otp };
  const lat = v('lat'), lon = v('lon');
  if (lat && lon) {
    const la = Number(lat.replace(',', '.')), lo = Number(lon.replace(',', '.'));
    if (!Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180) return { problem: `line ${line}: coordinates "${lat}, ${lon}" are not a latitude and a longitude` };
    return { place: `${la},${lo}` };
  }
  const address = v('address');
  const street = [v('number'), v('street')].filter(Boolean).join(' ');
  const town = [v('zip'), v('city')].filter(Boolean).join(' ');
  if (address) return { place: town && !(v('zip') && address.includes(v('zip'))) ? `${address}, ${town}` : address };
  if (street && town) return { place: `${street}, ${town}` };
  return { problem: `line ${line}: no address, building, line or coordinates in this row` };
}
