import type { OperationDef } from '../operation';
/** Placeholder: the OVH operation table (filled by the OVH client work). */
export const OVH_OPERATIONS: OperationDef[] = [];
