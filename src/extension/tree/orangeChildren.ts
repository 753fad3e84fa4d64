import { l10n } from '../l10n';
import * as z from 'zod';
import { Poi } from '../../core/apis/orange/schemas-b2b';
import { RipQualificationResponse } from '../../core/apis/orange/schemas-rip';
import type { ApiCall } from '../../core/result';
import { makeNode, TreeNode } from './node';
import { listCallOf } from './nodeActions';
import type { Fetch } from './ovhChildren';

type PoiT = z.infer<typeof Poi>;

function supportsOf(p: PoiT): { family: string; tech: string; status: string; comments: string[] }[] {
  const out: { family: string; tech: string; status: string; comments: string[] }[] = [];
  const add = (family: string, group: Record<string, unknown> | null | undefined) => {
    for (const [tech, v] of Object.entries(group ?? {})) {
      if (!v || typeof v !== 'object' || tech === 'commercialClosureDate') continue;
      const s = v as { status?: string | null; comments?: string[] | null };
      out.push({ family, tech, status: s.status ?? 'unknown', comments: s.comments ?? [] });
    }
  };
  add('fiber', p.supports?.fiber as Record<string, unknown> | undefined);
  add('copper', p.supports?.copper as Record<string, unknown> | undefined);
  return out;
}

function poiNodes(node: TreeNode, raw: unknown, query: ApiCall): TreeNode[] {
  const list = Array.isArray(raw) ? raw : [];
  return list.flatMap((x, i) => {
    const r = Poi.safeParse(x);
    if (!r.success) return [];
    const p = r.data;
    const supports = supportsOf(p);
    const summary = supports.map(s => `${s.tech.toUpperCase()} ${s.status}`).join(' · ');
    const label = p.building?.name ? l10n.t('Building {0}', p.building.name) : p.formattedAddress ?? p.id;
    return [makeNode(node, `p:${p.id}:${i}`, label,
      { kind: 'poi', id: p.id, buildingCode: p.building?.id ?? undefined, buildingName: p.building?.name ?? undefined,
        address: p.formattedAddress ?? undefined, query },
      { description: [p.building?.id, summary].filter(Boolean).join(' · '),
        tooltip: [p.formattedAddress, p.building?.id && l10n.t('building {0}', p.building.id), `POI ${p.id}`].filter(Boolean).join('\n') })];
  });
}

function ripNodes(node: TreeNode, raw: unknown, call: ApiCall): TreeNode[] {
  const r = RipQualificationResponse.safeParse(raw);
  if (!r.success) return [makeNode(node, 'drift', l10n.t('Unexpected answer (see the log)'), { kind: 'error', text: l10n.t('unexpected answer') })];
  const res = r.data;
  const subs = res.place?.geographicSite?.normalizedAddress?.geographicSubAddress ?? [];
  const out: TreeNode[] = [];
  if (res.qualificationResult === 'notComputed') {
    out.push(makeNode(node, 'pick', l10n.t('Not computed: {0} buildings to choose from', subs.length),
      { kind: 'message', text: 'notComputed', tooltip: l10n.t('The address has several buildings: pick one to qualify it.') }));
    for (const s of subs) {
      if (!s.buildingCode) continue;
      out.push(makeNode(node, `rb:${s.buildingCode}`, s.buildingName ? l10n.t('Building {0}', s.buildingName) : s.buildingCode,
        { kind: 'ripBuilding', buildingCode: s.buildingCode, buildingName: s.buildingName ?? undefined, call: withBuilding(call, s.buildingCode) },
        { description: s.buildingCode, tooltip: l10n.t('Qualify building {0}', s.buildingCode) }));
    }
    return out;
  }
  for (const [i, it] of (res.productOfferingQualificationItem ?? []).entries()) {
    const name = it.productOffering?.name ?? l10n.t('item {0}', i + 1);
    const characteristics = (it.product?.characteristics ?? []).map(c => ({ name: c.name, value: c.value == null ? '' : String(c.value) }));
    out.push(makeNode(node, `ri:${i}`, name,
      { kind: 'ripItem', name, result: it.qualificationItemResult ?? '', reason: it.qualificationItemReason ?? undefined, characteristics },
      { description: [it.qualificationItemResult, it.qualificationItemReason].filter(Boolean).join(' · '),
        tooltip: characteristics.map(c => `${c.name}: ${c.value}`).join('\n') || undefined }));
  }
  if (!out.length) out.push(makeNode(node, 'none', l10n.t('No qualification items ({0})', res.qualificationResult ?? l10n.t('no result')), { kind: 'message', text: 'empty' }));
  return out;
}

/** The RIP call for one building of a `notComputed` address (the guide's geographicSubAddress). */
export function withBuilding(call: ApiCall, buildingCode: string): ApiCall {
  const params = JSON.parse(JSON.stringify(call.params)) as Record<string, unknown>;
  const place = (params.place ?? {}) as Record<string, unknown>;
  if (params.contextType === 'address' && place.geographicAddress) {
    (place.geographicAddress as Record<string, unknown>).geographicSubAddress = { buildingCode };
    return { ...call, params: { ...params, place } };
  }
  const category = params.category ?? { name: 'ftth' };
  return { ...call, params: { contextType: 'buildingCode', category, publicKey: { name: 'buildingCode', value: buildingCode } } };
}

/** Children of the Orange nodes (b2b POIs with their support status, RIP items or buildings to pick). */
export async function orangeChildren(node: TreeNode, fetch: Fetch): Promise<TreeNode[] | undefined> {
  const d = node.data;
  switch (d.kind) {
    case 'poiQuery': { const call = listCallOf(node)!; return poiNodes(node, await fetch(call), call); }
    case 'poi': {
      const call = d.query;
      const raw = await fetch(call);
      const p = (Array.isArray(raw) ? raw : []).map(x => Poi.safeParse(x)).find(r => r.success && r.data.id === d.id);
      const supports = p?.success ? supportsOf(p.data) : [];
      return supports.map(s => makeNode(node, `sup:${s.family}.${s.tech}`, `${s.tech.toUpperCase()} (${s.family})`,
        { kind: 'support', ...s }, { description: s.status, tooltip: s.comments.join('\n') || undefined }));
    }
    case 'ripQuery': case 'ripBuilding': { const call = listCallOf(node)!; return ripNodes(node, await fetch(call), call); }
    default: return undefined;
  }
}
