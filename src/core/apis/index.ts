import type { ApiId } from '../model/normalized';
import type { OperationDef } from './operation';
import { OVH_OPERATIONS } from './ovh/operations';
import { ORANGE_OPERATIONS } from './orange/operations';

export const ALL_OPERATIONS: readonly OperationDef[] = [...OVH_OPERATIONS, ...ORANGE_OPERATIONS];

export function findOperation(api: ApiId, name: string): OperationDef | undefined {
  return ALL_OPERATIONS.find(o => o.api === api && o.name === name);
}

export function operationsOf(api: ApiId): OperationDef[] {
  return ALL_OPERATIONS.filter(o => o.api === api);
}
