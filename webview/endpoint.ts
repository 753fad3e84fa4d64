/**
 * Endpoint details: what was tested, the address, copper info (section lengths, pairs),
 * fiber info (NRO/PM/operator) and portability. Drift-tolerant: unknown fields are listed too.
 */
import type { Endpoint } from '../src/shared/protocol';
import { h, kv, section, text } from './dom';
import { copperSections } from './details-model';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The remaining fields of an object as key/value rows. */
function rest(o: Obj, known: string[]): [string, string][] {
  return Object.entries(o).filter(([k, v]) => !known.includes(k) && v !== null && v !== undefined && v !== '').map(([k, v]) => [k, text(v)]);
}

function address(e: Endpoint): HTMLElement | null {
  const a = e.address;
  if (!a) return null;
  // street number "0" means "no number" (an address without one), not a number to show on its own
  const num = a.streetNumber && !/^0+$/.test(a.streetNumber.trim()) ? a.streetNumber : undefined;
  const line = a.text ?? [[num, a.streetName].filter(Boolean).join(' '), [a.zipCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return h('div', { id: 'endpoint-address', class: 'card' }, h('h3', {}, 'Address'),
    kv([
      ['Street, city', line || undefined],
      ['INSEE', a.inseeCode], ['Street code', a.streetCode], ['RIVOLI', a.rivoliCode],
      ['Coordinates', a.latitude !== undefined && a.longitude !== undefined ? `${a.latitude}, ${a.longitude}` : undefined],
    ]));
}

function copper(c: Obj | undefined): HTMLElement | null {
  if (!c) return null;
  const { sections, totalM } = copperSections(c);
  const pairs = c.availablePairs !== undefined || c.maxAvailablePairs !== undefined ? `${text(c.availablePairs) || '?'} available / ${text(c.maxAvailablePairs) || '?'} max` : undefined;
  return h('div', { id: 'endpoint-copper', class: 'card' }, h('h3', {}, 'Copper'),
    kv([
      ['Status', text(c.status) || undefined], ['NRA', text(c.nra) || undefined], ['Pairs', pairs],
      ['Unlisted number', c.unlistedNumber !== undefined ? text(c.unlistedNumber) : undefined],
      ['Under construction', c.underConstruction !== undefined ? text(c.underConstruction) : undefined],
      ...rest(c, ['status', 'nra', 'availablePairs', 'maxAvailablePairs', 'unlistedNumber', 'underConstruction', 'sectionsLengths', 'sectionLengths']),
    ]),
    sections.length ? h('table', { id: 'copper-sections', class: 'grid compact' },
      h('caption', {}, `Line sections (total ${totalM} m)`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col', class: 'num' }, 'Diameter (mm)'), h('th', { scope: 'col', class: 'num' }, 'Length (m)'))),
      h('tbody', {}, sections.map((s, i) => h('tr', { 'data-testid': 'copper-section' },
        h('td', {}, String(i + 1)), h('td', { class: 'num' }, s.diameterMm !== undefined ? String(s.diameterMm) : '—'), h('td', { class: 'num' }, s.lengthM !== undefined ? String(s.lengthM) : '—'))))) : null);
}

function fiber(f: Obj | undefined): HTMLElement | null {
  if (!f) return null;
  const operator = [text(f.operatorName), f.operatorCode ? `(${text(f.operatorCode)})` : ''].filter(Boolean).join(' ');
  return h('div', { id: 'endpoint-fiber', class: 'card' }, h('h3', {}, 'Fiber'),
    kv([
      ['Building', [text(f.buildingName), text(f.buildingReference)].filter(Boolean).join(' · ') || undefined],
      ['Building type', text(f.buildingType) || undefined],
      ['NRO', text(f.nro) || undefined], ['PM', text(f.pmReference) || undefined], ['Operator', operator || undefined],
      ['Coordinates', f.latitude !== undefined && f.longitude !== undefined ? `${text(f.latitude)}, ${text(f.longitude)}` : undefined],
      ...rest(f, ['buildingName', 'buildingReference', 'buildingType', 'nro', 'pmReference', 'operatorName', 'operatorCode', 'latitude', 'longitude']),
    ]));
}

function portability(p: Obj | undefined): HTMLElement | null {
  if (!p) return null;
  const el = isObj(p.eligibility) ? p.eligibility : {};
  const msgs = (x: unknown) => (Array.isArray(x) ? x.map(m => (isObj(m) ? [text(m.code), text(m.message)].filter(Boolean).join(': ') : text(m))).join('; ') : undefined);
  return h('div', { id: 'endpoint-portability', class: 'card' }, h('h3', {}, 'Portability'),
    kv([
      ['Eligible', el.eligible !== undefined ? text(el.eligible) : undefined],
      ['Reasons', msgs(el.reasons) || undefined], ['Under conditions', msgs(el.underConditions) || undefined],
      ['Type', text(p.type) || undefined], ['Quarantine end', text(p.quarantineEndDate) || undefined],
    ]));
}

export function renderEndpoint(e: Endpoint | undefined): HTMLElement | null {
  if (!e) return null;
  const general = kv([
    ['Reference', e.reference ? h('code', { id: 'endpoint-reference' }, e.reference) : undefined],
    ['Type', e.referenceType],
    ['Building', e.building ? [e.building.name, e.building.reference, e.building.type].filter(Boolean).join(' · ') : undefined],
    ['Line', e.line ? [e.line.number, e.line.status].filter(Boolean).join(' · ') : undefined],
    ['NRA', e.nra], ['NRO', e.nro], ['PM', e.pm], ['Operator', e.operator],
  ]);
  const cards = [address(e), copper(e.copper), fiber(e.fiber), portability(e.portability)].filter((x): x is HTMLElement => !!x);
  if (!general.childElementCount && !cards.length) return null;
  return section('endpoint', 'Endpoint', [general, h('div', { class: 'cards' }, cards)]);
}
