/**
 * API-specific views as data: the Orange b2b support matrix, the RIP items, the buildings to
 * choose from, the copper sections. Pure (no DOM), tolerant of drift (everything optional).
 */
import type { BuildingChoice, Offer, ResultView } from '../src/shared/protocol';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x ? x : typeof x === 'number' ? String(x) : undefined);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : typeof x === 'string' && x.trim() !== '' && Number.isFinite(Number(x)) ? Number(x) : undefined);

// ---- Orange b2b: one row per POI/building, one column per technology ----

export const MATRIX_COLUMNS = ['FTTE', 'FTTH', 'FTTO', 'ADSL', 'SDSL'] as const;
export type MatrixColumn = typeof MATRIX_COLUMNS[number];
export interface MatrixCell { status: string; comments: string[]; properties: [string, string][] }
export interface MatrixRow { key: string; poi: string; building?: string; address?: string; cells: Partial<Record<MatrixColumn, MatrixCell>> }

function cell(support: unknown): MatrixCell | undefined {
  if (!isObj(support)) return undefined;
  const comments = Array.isArray(support.comments) ? support.comments.map(c => (isObj(c) ? str(c.message) ?? str(c.text) ?? JSON.stringify(c) : str(c) ?? '')).filter(Boolean) : [];
  const properties = isObj(support.properties) ? Object.entries(support.properties).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]) : [];
  return { status: str(support.status) ?? 'unknown', comments, properties };
}

function fromRawPois(raw: unknown): MatrixRow[] | undefined {
  const list = Array.isArray(raw) ? raw : isObj(raw) && Array.isArray(raw.pois) ? raw.pois : undefined;
  if (!list || !list.some(p => isObj(p) && isObj(p.supports))) return undefined;
  return list.filter(isObj).map((p, i) => {
    const s = isObj(p.supports) ? p.supports : {};
    const fiber = isObj(s.fiber) ? s.fiber : {};
    const copper = isObj(s.copper) ? s.copper : {};
    const b = isObj(p.building) ? p.building : {};
    const addr = isObj(p.address) ? p.address : {};
    const address = str(p.formattedAddress) ?? ([str(addr.streetNumber), str(addr.rivoliCode), str(addr.postalCode), str(addr.cityCode)].filter(Boolean).join(' ') || undefined);
    const building = [str(b.name), str(b.id)].filter(Boolean).join(' · ') || undefined;
    const cells: MatrixRow['cells'] = {};
    const put = (c: MatrixColumn, v: unknown) => { const x = cell(v); if (x) cells[c] = x; };
    put('FTTE', fiber.ftte); put('FTTH', fiber.ftth); put('FTTO', fiber.ftto); put('ADSL', copper.adsl); put('SDSL', copper.sdsl);
    return { key: `${str(p.id) ?? i}`, poi: str(p.id) ?? `#${i + 1}`, building, address, cells };
  });
}

function fromOffers(offers: readonly Offer[]): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  for (const o of offers) {
    const d = o.details ?? {};
    const poi = str(d.poiId) ?? str(d.poi) ?? str(d.buildingCode) ?? str(d.buildingId) ?? '—';
    const row = rows.get(poi) ?? { key: poi, poi, building: str(d.buildingName) ?? str(d.buildingCode), address: str(d.address) ?? str(d.formattedAddress), cells: {} };
    rows.set(poi, row);
    const col = MATRIX_COLUMNS.find(c => c === o.technology);
    if (!col) continue;
    row.cells[col] = {
      status: str(d.status) ?? (o.eligible ? 'eligible' : 'notEligible'),
      comments: o.reasons.map(r => r.message || r.code),
      properties: isObj(d.properties) ? Object.entries(d.properties).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]) : [],
    };
  }
  return [...rows.values()];
}

/** The b2b support matrix, from the raw POI list when present, else from the normalized offers. */
export function supportMatrix(view: ResultView): MatrixRow[] {
  const r = view.result;
  if (r.call.api !== 'orange-b2b') return [];
  return fromRawPois(r.raw) ?? fromOffers(r.normalized?.offers ?? []);
}

/** CSS class of a status word: ok / partial / ko / unknown. */
export function statusClass(status: string): 'ok' | 'partial' | 'ko' | 'unknown' {
  const s = status.toLowerCase();
  if (/^(eligible|available|deployed|marketable|linkable|ok|yes|true)$/.test(s)) return 'ok';
  if (/(not|ko|unavailable|false|no$|ineligible|closed)/.test(s)) return 'ko';
  if (/(partial|deploying|soon|planned|conditions|yet)/.test(s)) return 'partial';
  return 'unknown';
}

// ---- Orange RIP: qualification items with characteristics ----

export interface RipItem { name: string; eligible: boolean; reason?: string; characteristics: [string, string][] }

function characteristics(x: unknown): [string, string][] {
  if (Array.isArray(x)) return x.filter(isObj).map((c): [string, string] => [str(c.name) ?? '?', typeof c.value === 'string' ? c.value : JSON.stringify(c.value ?? null)]);
  if (isObj(x)) return Object.entries(x).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]);
  return [];
}

export function ripItems(view: ResultView): RipItem[] {
  const r = view.result;
  if (r.call.api !== 'orange-rip') return [];
  const offers = r.normalized?.offers ?? [];
  if (offers.length) {
    return offers.map(o => ({
      name: o.name || o.code, eligible: o.eligible, reason: o.reasons[0]?.code ?? str(o.details?.reason),
      characteristics: characteristics(o.details?.characteristics),
    }));
  }
  const items = isObj(r.raw) && Array.isArray(r.raw.productOfferingQualificationItem) ? r.raw.productOfferingQualificationItem : [];
  return items.filter(isObj).map(i => ({
    name: str(isObj(i.productOffering) ? i.productOffering.name : undefined) ?? '?',
    eligible: i.qualificationItemResult === 'eligible',
    reason: str(i.qualificationItemReason),
    characteristics: characteristics(isObj(i.product) ? i.product.characteristics : undefined),
  }));
}

// ---- buildings to choose from (RIP notComputed) ----

export function buildingChoices(view: ResultView): BuildingChoice[] {
  const n = view.result.normalized;
  if (n?.buildingsToChoose?.length) return n.buildingsToChoose;
  const raw = view.result.raw;
  if (!isObj(raw) || raw.qualificationResult !== 'notComputed') return [];
  const site = isObj(raw.place) && isObj(raw.place.geographicSite) ? raw.place.geographicSite : {};
  const na = isObj(site.normalizedAddress) ? site.normalizedAddress : {};
  const subs = Array.isArray(na.geographicSubAddress) ? na.geographicSubAddress : [];
  return subs.filter(isObj).flatMap(s => {
    const code = str(s.buildingCode);
    const loc = isObj(s.geographicLocation) ? s.geographicLocation : {};
    return code ? [{ code, name: str(s.buildingName), latitude: num(loc.latitude), longitude: num(loc.longitude) }] : [];
  });
}

// ---- OVH copper info: section lengths ----

export interface CopperSection { diameterMm?: number; lengthM?: number }

export function copperSections(copper: Obj | undefined): { sections: CopperSection[]; totalM: number } {
  const list = copper && (Array.isArray(copper.sectionsLengths) ? copper.sectionsLengths : Array.isArray(copper.sectionLengths) ? copper.sectionLengths : []);
  const sections = (list ?? []).filter(isObj).map(s => ({ diameterMm: num(s.diameter), lengthM: num(s.length) }));
  return { sections, totalM: sections.reduce((a, s) => a + (s.lengthM ?? 0), 0) };
}
