import type { OperationDef } from '../operation';
/** Placeholder: the Orange b2b + RIP operation table (filled by the Orange client work). */
export const ORANGE_OPERATIONS: OperationDef[] = [];
