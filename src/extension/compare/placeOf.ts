import { parsePlace, type Place } from '../../core/compare';
import type { TreeNode } from '../tree/node';

/** The place a tree node stands for (address, street number, building, line), or undefined. */
export function placeOfNode(n: TreeNode): Place | undefined {
  const d = n.data;
  switch (d.kind) {
    case 'number': {
      let zip = '';
      for (let p = n.parent; p; p = p.parent) if (p.data.kind === 'city') { zip = p.data.zipCode; break; }
      if (!zip) return undefined;
      return { kind: 'address', number: d.streetNumber, street: d.streetName, zip, city: d.city, streetCode: d.streetCode, text: `${d.streetNumber} ${d.streetName}, ${zip} ${d.city}` };
    }
    case 'building': return d.reference && d.reference !== '_NA_' ? { kind: 'building', code: d.reference } : undefined;
    case 'line': case 'lineQuery': return { kind: 'line', number: d.lineNumber };
    case 'address': {
      if (d.building) return { kind: 'building', code: d.building };
      try {
        const p = parsePlace(d.text);
        return p.kind === 'address' && d.streetCode && d.streetNumber ? { ...p, streetCode: d.streetCode, number: d.streetNumber } : p;
      } catch { return undefined; }
    }
    case 'poi': return d.buildingCode ? { kind: 'building', code: d.buildingCode } : undefined;
    case 'ripBuilding': return { kind: 'building', code: d.buildingCode };
    default: return undefined;
  }
}
