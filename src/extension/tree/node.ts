import type { ApiCall } from '../../core/result';

/**
 * The explorer tree's nodes: plain data with a parent pointer (for `reveal`), a stable id,
 * and what each kind needs to load its children or run its actions.
 */
export type SectionId = 'ovh-zip' | 'ovh-line' | 'ovh-coords' | 'orange-poi' | 'orange-rip';

export type NodeData =
  | { kind: 'section'; section: SectionId }
  | { kind: 'action'; command: string; section: SectionId }
  | { kind: 'zip'; zipCode: string }
  | { kind: 'city'; inseeCode: string; city: string; zipCode: string; locality?: string }
  | { kind: 'street'; streetCode: string; streetAltCode?: string; streetName: string; city: string }
  | { kind: 'number'; streetCode: string; streetAltCode?: string; streetNumber: string; streetName: string; city: string }
  | { kind: 'building'; reference: string; name: string; type?: string; nro?: string; stairs: { stair: string; floors: string[] }[] }
  | { kind: 'stair'; stair: string; floors: string[]; building: string }
  | { kind: 'lines'; streetCode: string; streetNumber: string }
  | { kind: 'line'; lineNumber: string; status: 'active' | 'inactive'; streetCode?: string; streetNumber?: string }
  | { kind: 'lineQuery'; lineNumber: string; status: 'active' | 'inactive' }
  | { kind: 'coordsQuery'; latitude: number | string; longitude: number | string; distance?: number }
  | { kind: 'address'; text: string; streetCode?: string; streetNumber?: string; hexacle?: string; building?: string;
    buildingName?: string; distance?: string; latitude?: string; longitude?: string }
  | { kind: 'poiQuery'; params: { fullTextAddress?: string; buildingCode?: string; buildingName?: string } }
  | { kind: 'poi'; id: string; buildingCode?: string; buildingName?: string; address?: string; query: ApiCall }
  | { kind: 'support'; family: string; tech: string; status: string; comments: string[] }
  | { kind: 'ripQuery'; params: Record<string, unknown> }
  | { kind: 'ripBuilding'; buildingCode: string; buildingName?: string; call: ApiCall }
  | { kind: 'ripItem'; name: string; result: string; reason?: string; characteristics: { name: string; value: string }[] }
  | { kind: 'loadMore'; remaining: number; listOf: string }
  | { kind: 'message'; text: string; tooltip?: string }
  | { kind: 'error'; text: string; tooltip?: string };

export type NodeKind = NodeData['kind'];

export interface TreeNode {
  /** unique and stable across refreshes (used as TreeItem.id) */
  id: string;
  parent?: TreeNode;
  label: string;
  description?: string;
  tooltip?: string;
  data: NodeData;
}

export function makeNode(parent: TreeNode | undefined, key: string, label: string, data: NodeData,
  extra: { description?: string; tooltip?: string } = {}): TreeNode {
  return { id: parent ? `${parent.id}/${key}` : key, parent, label, data, ...extra };
}

export function isKind<K extends NodeKind>(n: TreeNode | undefined, kind: K): n is TreeNode & { data: Extract<NodeData, { kind: K }> } {
  return n?.data.kind === kind;
}
