import { BUILDING_CODE_PATTERN } from '../../core/apis/orange/schemas-b2b';
import type { ApiCall } from '../../core/result';
import type { TreeNode } from './node';

/**
 * What each node offers, as pure functions: the eligibility test it stands for, the search
 * that lists its children, its identifier, the building code other APIs can take, and the
 * `contextValue` flags the `when` clauses of package.json match (`viewItem =~ /\btest\b/`).
 */
const NA = '_NA_';

export function testCallOf(n: TreeNode): ApiCall | undefined {
  const d = n.data;
  switch (d.kind) {
    case 'building':
      return d.reference && d.reference !== NA ? { api: 'ovh', operation: 'test/building', params: { building: d.reference } } : undefined;
    case 'number':
      return { api: 'ovh', operation: 'test/address', params: omitEmpty({ streetCode: d.streetCode, streetNumber: d.streetNumber, streetAltCode: d.streetAltCode }) };
    case 'address':
      if (d.hexacle) return { api: 'ovh', operation: 'test/address', params: { hexacle: d.hexacle } };
      return d.streetCode && d.streetNumber
        ? { api: 'ovh', operation: 'test/address', params: { streetCode: d.streetCode, streetNumber: d.streetNumber } } : undefined;
    case 'line':
      return { api: 'ovh', operation: 'test/line', params: omitEmpty({ lineNumber: d.lineNumber, status: d.status, streetCode: d.streetCode, streetNumber: d.streetNumber }) };
    case 'lineQuery':
      return { api: 'ovh', operation: 'test/line', params: { lineNumber: d.lineNumber, status: d.status } };
    case 'poiQuery':
      return { api: 'orange-b2b', operation: 'poi', params: { ...d.params } };
    case 'poi':
      return d.buildingCode && BUILDING_CODE_PATTERN.test(d.buildingCode)
        ? { api: 'orange-b2b', operation: 'poi', params: { buildingCode: d.buildingCode } } : d.query;
    case 'ripQuery':
      return { api: 'orange-rip', operation: 'productRIPQualification', params: d.params };
    case 'ripBuilding':
      return d.call;
    default:
      return undefined;
  }
}

/** The search that lists a node's children (what "Save as request file" saves for search nodes). */
export function listCallOf(n: TreeNode): ApiCall | undefined {
  const d = n.data;
  switch (d.kind) {
    case 'zip': return { api: 'ovh', operation: 'search/cities', params: { zipCode: d.zipCode } };
    case 'city': return { api: 'ovh', operation: 'search/streets', params: { inseeCode: d.inseeCode } };
    case 'street': return { api: 'ovh', operation: 'search/streetNumbers', params: omitEmpty({ streetCode: d.streetCode, streetAltCode: d.streetAltCode }) };
    case 'number': return { api: 'ovh', operation: 'search/buildings', params: omitEmpty({ streetCode: d.streetCode, streetNumber: d.streetNumber, streetAltCode: d.streetAltCode }) };
    case 'lines': return { api: 'ovh', operation: 'search/lines', params: { streetCode: d.streetCode, streetNumber: d.streetNumber } };
    case 'line': case 'lineQuery': return { api: 'ovh', operation: 'search/buildingsByLine', params: { lineNumber: d.lineNumber, status: d.status } };
    case 'coordsQuery': return { api: 'ovh', operation: 'search/addresses', params: omitEmpty({ latitude: d.latitude, longitude: d.longitude, distance: d.distance }) };
    case 'address':
      if (d.hexacle) return { api: 'ovh', operation: 'search/buildings', params: { hexacle: d.hexacle } };
      return d.streetCode && d.streetNumber ? { api: 'ovh', operation: 'search/buildings', params: { streetCode: d.streetCode, streetNumber: d.streetNumber } } : undefined;
    case 'poiQuery': return { api: 'orange-b2b', operation: 'poi', params: { ...d.params } };
    case 'ripQuery': return { api: 'orange-rip', operation: 'productRIPQualification', params: d.params };
    case 'ripBuilding': return d.call;
    default: return undefined;
  }
}

export function identifierOf(n: TreeNode): string | undefined {
  const d = n.data;
  switch (d.kind) {
    case 'zip': return d.zipCode;
    case 'city': return d.inseeCode;
    case 'street': return d.streetCode;
    case 'number': return d.streetNumber;
    case 'building': return d.reference !== NA ? d.reference : undefined;
    case 'stair': return d.stair;
    case 'line': case 'lineQuery': return d.lineNumber;
    case 'address': return d.hexacle ?? d.building ?? d.text;
    case 'poi': return d.buildingCode ?? d.id;
    case 'ripBuilding': return d.buildingCode;
    case 'support': return `${d.family}.${d.tech}`;
    default: return undefined;
  }
}

/**
 * What an OVH `recall` (be told when the eligibility changes) is about for a node: a building by
 * its IMB code (buildings, addresses found near coordinates), or an address by its hexacle.
 */
export function recallTargetOf(n: TreeNode): { reference: string; referenceType: 'building' | 'address' } | undefined {
  const d = n.data;
  const code = d.kind === 'building' || d.kind === 'address' ? buildingCodeOf(n) : undefined;
  if (code) return { reference: code, referenceType: 'building' };
  if (d.kind === 'address' && d.hexacle) return { reference: d.hexacle, referenceType: 'address' };
  return undefined;
}

/** A building code (IMB/...) the other APIs can take. */
export function buildingCodeOf(n: TreeNode): string | undefined {
  const d = n.data;
  const code = d.kind === 'building' ? d.reference : d.kind === 'poi' ? d.buildingCode
    : d.kind === 'ripBuilding' ? d.buildingCode : d.kind === 'address' ? d.building : undefined;
  return code && BUILDING_CODE_PATTERN.test(code) ? code : undefined;
}

const FILTERABLE = new Set(['zip', 'city', 'street', 'coordsQuery', 'poiQuery', 'lines']);
const REMOVABLE = new Set(['zip', 'lineQuery', 'coordsQuery', 'poiQuery', 'ripQuery']);

export function contextValueOf(n: TreeNode): string {
  const d = n.data;
  const flags = [`elig.${d.kind}`];
  if (testCallOf(n)) flags.push('test');
  if (d.kind === 'line' || d.kind === 'lineQuery') flags.push('lineStatus');
  if (identifierOf(n)) flags.push('id');
  if (testCallOf(n) || listCallOf(n)) flags.push('save');
  const code = buildingCodeOf(n);
  if (code && d.kind !== 'poi') flags.push('toOrange');
  if (code) flags.push('toRip');
  if (code && d.kind !== 'building') flags.push('toOvh');
  if (recallTargetOf(n)) flags.push('recall');
  if (FILTERABLE.has(d.kind)) flags.push('filter');
  if (REMOVABLE.has(d.kind)) flags.push('remove');
  return flags.join(' ');
}

function omitEmpty<T extends Record<string, unknown>>(o: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}
