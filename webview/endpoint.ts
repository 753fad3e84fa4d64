/**
 * Endpoint details: what was tested, the address, copper info (section lengths, pairs),
 * fiber info (NRO/PM/operator) and portability. Drift-tolerant: unknown fields are listed too.
 */
import { fmt, type Endpoint, type ResultLabels } from '../src/shared/protocol';
import { h, kv, section, text } from './dom';
import { copperSections } from './details-model';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The remaining fields of an object as key/value rows. */
function rest(o: Obj, known: string[]): [string, string][] {
  return Object.entries(o).filter(([k, v]) => !known.includes(k) && v !== null && v !== undefined && v !== '').map(([k, v]) => [k, text(v)]);
}

function address(e: Endpoint, L: ResultLabels): HTMLElement | null {
  const a = e.address;
  if (!a) return null;
  // street number "0" means "no number" (an address without one), not a number to show on its own
  const num = a.streetNumber && !/^0+$/.test(a.streetNumber.trim()) ? a.streetNumber : undefined;
  const line = a.text ?? [[num, a.streetName].filter(Boolean).join(' '), [a.zipCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return h('div', { id: 'endpoint-address', class: 'card' }, h('h3', {}, L.address),
    kv([
      [L.streetCity, line || undefined],
      ['INSEE', a.inseeCode], [L.streetCode, a.streetCode], ['RIVOLI', a.rivoliCode],
      [L.coordinates, a.latitude !== undefined && a.longitude !== undefined ? `${a.latitude}, ${a.longitude}` : undefined],
    ]));
}

function copper(c: Obj | undefined, L: ResultLabels): HTMLElement | null {
  if (!c) return null;
  const { sections, totalM } = copperSections(c);
  const pairs = c.availablePairs !== undefined || c.maxAvailablePairs !== undefined ? fmt(L.pairsAvailable, text(c.availablePairs) || '?', text(c.maxAvailablePairs) || '?') : undefined;
  return h('div', { id: 'endpoint-copper', class: 'card' }, h('h3', {}, L.copper),
    kv([
      [L.status, text(c.status) || undefined], ['NRA', text(c.nra) || undefined], [L.pairs, pairs],
      [L.unlistedNumber, c.unlistedNumber !== undefined ? text(c.unlistedNumber) : undefined],
      [L.underConstruction, c.underConstruction !== undefined ? text(c.underConstruction) : undefined],
      ...rest(c, ['status', 'nra', 'availablePairs', 'maxAvailablePairs', 'unlistedNumber', 'underConstruction', 'sectionsLengths', 'sectionLengths']),
    ]),
    sections.length ? h('table', { id: 'copper-sections', class: 'grid compact' },
      h('caption', {}, fmt(L.lineSections, totalM)),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col', class: 'num' }, L.diameter), h('th', { scope: 'col', class: 'num' }, L.length))),
      h('tbody', {}, sections.map((s, i) => h('tr', { 'data-testid': 'copper-section' },
        h('td', {}, String(i + 1)), h('td', { class: 'num' }, s.diameterMm !== undefined ? String(s.diameterMm) : '—'), h('td', { class: 'num' }, s.lengthM !== undefined ? String(s.lengthM) : '—'))))) : null);
}

function fiber(f: Obj | undefined, L: ResultLabels): HTMLElement | null {
  if (!f) return null;
  const operator = [text(f.operatorName), f.operatorCode ? `(${text(f.operatorCode)})` : ''].filter(Boolean).join(' ');
  return h('div', { id: 'endpoint-fiber', class: 'card' }, h('h3', {}, L.fiber),
    kv([
      [L.building, [text(f.buildingName), text(f.buildingReference)].filter(Boolean).join(' · ') || undefined],
      [L.buildingType, text(f.buildingType) || undefined],
      ['NRO', text(f.nro) || undefined], ['PM', text(f.pmReference) || undefined], [L.operator, operator || undefined],
      [L.coordinates, f.latitude !== undefined && f.longitude !== undefined ? `${text(f.latitude)}, ${text(f.longitude)}` : undefined],
      ...rest(f, ['buildingName', 'buildingReference', 'buildingType', 'nro', 'pmReference', 'operatorName', 'operatorCode', 'latitude', 'longitude']),
    ]));
}

function portability(p: Obj | undefined, L: ResultLabels): HTMLElement | null {
  if (!p) return null;
  const el = isObj(p.eligibility) ? p.eligibility : {};
  const msgs = (x: unknown) => (Array.isArray(x) ? x.map(m => (isObj(m) ? [text(m.code), text(m.message)].filter(Boolean).join(': ') : text(m))).join('; ') : undefined);
  return h('div', { id: 'endpoint-portability', class: 'card' }, h('h3', {}, L.portability),
    kv([
      [L.colEligible, el.eligible !== undefined ? text(el.eligible) : undefined],
      [L.reasons, msgs(el.reasons) || undefined], [L.underConditions, msgs(el.underConditions) || undefined],
      [L.type, text(p.type) || undefined], [L.quarantineEnd, text(p.quarantineEndDate) || undefined],
    ]));
}

export function renderEndpoint(e: Endpoint | undefined, L: ResultLabels): HTMLElement | null {
  if (!e) return null;
  const general = kv([
    [L.reference, e.reference ? h('code', { id: 'endpoint-reference' }, e.reference) : undefined],
    [L.type, e.referenceType],
    [L.building, e.building ? [e.building.name, e.building.reference, e.building.type].filter(Boolean).join(' · ') : undefined],
    [L.line, e.line ? [e.line.number, e.line.status].filter(Boolean).join(' · ') : undefined],
    ['NRA', e.nra], ['NRO', e.nro], ['PM', e.pm], [L.operator, e.operator],
  ]);
  const cards = [address(e, L), copper(e.copper, L), fiber(e.fiber, L), portability(e.portability, L)].filter((x): x is HTMLElement => !!x);
  if (!general.childElementCount && !cards.length) return null;
  return section('endpoint', L.endpoint, [general, h('div', { class: 'cards' }, cards)]);
}
