import type { ApiId } from './model/normalized';
import type { ApiOutcome } from './apis/operation';
import type { RecordedExchange } from './har/exchange';

/** A call to one API operation, as a request file, a command or a tree node describes it. */
export interface ApiCall {
  api: ApiId;
  operation: string;
  params: Record<string, unknown>;
}

/** The outcome of one call, everywhere the same: CLI reporters, results panel, history. */
export interface ExecResult extends ApiOutcome {
  call: ApiCall;
  startedAt: string;
  durationMs: number;
  /** every HTTP attempt of the call, redacted, when the caller asked (`RunContext.recordExchanges`): the support export */
  exchanges?: RecordedExchange[];
}

/** One `expect` assertion of a request file, evaluated against an ExecResult. */
export interface AssertionResult {
  /** human description, e.g. `offer FTTH-MAX-1G is eligible` */
  description: string;
  passed: boolean;
  expected?: string;
  actual?: string;
}
