import { l10n } from '../l10n';
import * as z from 'zod';
import { AddressWithCoordinates, Building, City, Line, Street, StreetNumberDetails } from '../../core/apis/ovh/schemas';
import type { ApiCall } from '../../core/result';
import { makeNode, TreeNode } from './node';
import { listCallOf } from './nodeActions';

/** Runs a search and resolves with the API's payload; rejects with an EligError. */
export type Fetch = (call: ApiCall) => Promise<unknown>;

/** Items of a list answer that match the schema; the others are skipped (schema drift is logged by the core). */
function items<T extends z.ZodType>(raw: unknown, schema: T): z.infer<T>[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap(x => { const r = schema.safeParse(x); return r.success ? [r.data as z.infer<T>] : []; });
}
const NA = '_NA_';
const opt = (s: string | null | undefined) => (s && s !== NA ? s : undefined);

export function buildingNodes(parent: TreeNode, raw: unknown): TreeNode[] {
  return items(raw, Building).map((b, i) => {
    const stairs = (b.stairs ?? []).filter(s => s.stair !== NA || s.floors.some(f => f !== NA));
    const label = opt(b.name) ?? (b.type === 'HOUSE' ? l10n.t('House') : l10n.t('Building'));
    return makeNode(parent, `b:${b.reference}:${i}`, label,
      { kind: 'building', reference: b.reference, name: b.name, type: b.type ?? undefined, nro: b.nro ?? undefined,
        stairs: stairs.map(s => ({ stair: s.stair, floors: s.floors })) },
      { description: [b.reference !== NA ? b.reference : undefined, b.type ?? undefined, b.nro ? `NRO ${b.nro}` : undefined].filter(Boolean).join(' · '),
        tooltip: [label, l10n.t('reference {0}', b.reference), b.nro ? `NRO ${b.nro}` : '', stairs.length ? l10n.t('{0} stair(s)', stairs.length) : ''].filter(Boolean).join('\n') });
  });
}

function lineNodes(parent: TreeNode, raw: unknown, at?: { streetCode: string; streetNumber: string }): TreeNode[] {
  return items(raw, Line).map(l => makeNode(parent, `l:${l.lineNumber}`, l.lineNumber,
    { kind: 'line', lineNumber: l.lineNumber, status: l.copperInfo.status, ...at },
    { description: `${l.copperInfo.status}${l.address.ownerName ? ` · ${l.address.ownerName}` : ''}`,
      tooltip: `${l10n.t('Line {0} ({1})', l.lineNumber, l.copperInfo.status)}${l.copperInfo.nra ? `\nNRA ${l.copperInfo.nra}` : ''}` }));
}

function addressText(a: { streetNumber?: string | null; streetName?: string | null; zipCode: string; city: string }): string {
  return `${[a.streetNumber, a.streetName].filter(Boolean).join(' ')}, ${a.zipCode} ${a.city}`.replace(/^, /, '');
}

/** Children of the OVH nodes: one search per level, the answer mapped to nodes. */
export async function ovhChildren(node: TreeNode, fetch: Fetch): Promise<TreeNode[] | undefined> {
  const d = node.data;
  const call = listCallOf(node);
  switch (d.kind) {
    case 'zip': {
      const raw = await fetch(call!);
      return items(raw, City).map(c => makeNode(node, `c:${c.inseeCode}:${c.locality ?? ''}`, c.city,
        { kind: 'city', inseeCode: c.inseeCode, city: c.city, zipCode: c.zipCode, locality: opt(c.locality) },
        { description: [opt(c.locality), c.inseeCode].filter(Boolean).join(' · '), tooltip: `${c.city} (${c.zipCode}), INSEE ${c.inseeCode}` })); // l10n-ignore: names and codes only
    }
    case 'city': {
      const raw = await fetch(call!);
      return items(raw, Street).map(s => makeNode(node, `s:${s.streetCode}:${s.streetAltCode ?? ''}`, s.streetName,
        { kind: 'street', streetCode: s.streetCode, streetAltCode: s.streetAltCode ?? undefined, streetName: s.streetName, city: d.city },
        { description: s.streetCode }));
    }
    case 'street': {
      const raw = await fetch(call!);
      const numbers = Array.isArray(raw) ? raw.map(x => (typeof x === 'string' ? x : StreetNumberDetails.safeParse(x).data?.number)) : [];
      return numbers.filter((n): n is string => !!n).map(n => makeNode(node, `n:${n}`, n,
        { kind: 'number', streetCode: d.streetCode, streetAltCode: d.streetAltCode, streetNumber: n, streetName: d.streetName, city: d.city },
        { description: `${d.streetName}, ${d.city}` }));
    }
    case 'number': {
      const raw = await fetch(call!);
      const lines = makeNode(node, 'lines', l10n.t('Lines at this number'), { kind: 'lines', streetCode: d.streetCode, streetNumber: d.streetNumber },
        { description: 'search/lines', tooltip: l10n.t('Copper lines at this address (search/lines); unlisted numbers are never returned.') });
      return [...buildingNodes(node, raw), lines];
    }
    case 'address': {
      if (!call) return [];
      return buildingNodes(node, await fetch(call));
    }
    case 'building':
      return d.stairs.map(s => makeNode(node, `st:${s.stair}`, s.stair === NA ? l10n.t('Stair (no identifier)') : l10n.t('Stair {0}', s.stair),
        { kind: 'stair', stair: s.stair, floors: s.floors, building: d.reference },
        { description: s.floors.filter(f => f !== NA).length ? l10n.t('floors {0}', s.floors.filter(f => f !== NA).join(', ')) : l10n.t('no floor identifiers') }));
    case 'lines':
      return lineNodes(node, await fetch(call!), { streetCode: d.streetCode, streetNumber: d.streetNumber });
    case 'line': case 'lineQuery':
      return buildingNodes(node, await fetch(call!));
    case 'coordsQuery': {
      const raw = await fetch(call!);
      return items(raw, AddressWithCoordinates).map((a, i) => {
        const text = addressText(a);
        const building = opt(a.buildingReference);
        const distance = a.distance ? l10n.t('{0} m', a.distance) : undefined;
        return makeNode(node, `a:${building ?? i}:${a.streetCode ?? ''}:${a.streetNumber ?? ''}`, text,
          { kind: 'address', text, streetCode: a.streetCode ?? undefined, streetNumber: a.streetNumber ?? undefined,
            building, buildingName: opt(a.buildingName), distance: a.distance ?? undefined, latitude: a.latitude, longitude: a.longitude },
          { description: [opt(a.buildingName), building, distance].filter(Boolean).join(' · '),
            tooltip: [text, opt(a.buildingName), building, `${a.latitude}, ${a.longitude}`, a.distance && l10n.t('{0} m away', a.distance)].filter(Boolean).join('\n') });
      });
    }
    default:
      return undefined;
  }
}
