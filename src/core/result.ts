import type { EligErrorInfo } from './errors';
import type { ApiId, NormalizedResult } from './model/normalized';
import type { Exchange } from './apis/operation';

/** A call to one API operation, as a request file, a command or a tree node describes it. */
export interface ApiCall {
  api: ApiId;
  operation: string;
  params: Record<string, unknown>;
}

/** The outcome of one call, everywhere the same: CLI reporters, results panel, history. */
export interface ExecResult {
  call: ApiCall;
  ok: boolean;
  startedAt: string;
  durationMs: number;
  raw?: unknown;
  normalized?: NormalizedResult;
  error?: EligErrorInfo;
  schemaDrift: string[];
  polls: number;
  attempts: number;
  exchange?: Exchange;
}

/** One `expect` assertion of a request file, evaluated against an ExecResult. */
export interface AssertionResult {
  /** human description, e.g. `offer FTTH-MAX-1G is eligible` */
  description: string;
  passed: boolean;
  expected?: string;
  actual?: string;
}
