import type { z } from 'zod';
import type { EligErrorInfo } from '../errors';
import type { HttpClient } from '../http/client';
import type { ApiId, NormalizedResult } from '../model/normalized';
import type { Target } from '../target';

/**
 * One API operation, as request files, the CLI, the tree and the schema generator see it.
 * Each API module exports a table of these (ovh/operations.ts, orange/operations.ts).
 */
export interface OperationDef {
  api: ApiId;
  /** OVH: the API path name (`search/cities`, `test/line`, `test/line/partners`); Orange: `poi`, `productRIPQualification` */
  name: string;
  summary: string;
  description?: string;
  /** strict: we send exactly this */
  params: z.ZodType<Record<string, unknown>>;
  /** at least one example, used for completion and in examples/ */
  examples: Record<string, unknown>[];
  /** deprecation text, only from a source (OVH: the schema's apiStatus); none today */
  deprecated?: string;
  /** the provider's stage of the operation when it is not production (OVH schema apiStatus `BETA`, `ALPHA`) */
  stage?: 'BETA' | 'ALPHA';
  /** `eligibility` results carry a NormalizedResult; `search` results are lists/objects shown raw */
  kind: 'eligibility' | 'search';
  /** needs a signed (OVH) or OAuth2 (Orange) credential */
  needsCredentials: boolean;
  run(ctx: RunContext, params: Record<string, unknown>): Promise<ApiOutcome>;
}

export interface PollOptions {
  /** first wait between re-posts, ms (≈1–2 s in production; the sandbox and tests use less) */
  initialDelayMs: number;
  /** cap of the wait, ms */
  maxDelayMs: number;
  /** give up after this long, ms */
  deadlineMs: number;
}
export const DEFAULT_POLL: PollOptions = { initialDelayMs: 1500, maxDelayMs: 10000, deadlineMs: 120000 };

export interface Progress { message: string; polls?: number }

/** Everything an operation needs to run: filled by the caller (CLI, extension, tests). */
export interface RunContext {
  http: HttpClient;
  target: Target;
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  poll?: Partial<PollOptions>;
  /** per-credential caches shared across runs (Orange tokens, OVH time offset) */
  state: SharedState;
  /** record every HTTP attempt of each call (token requests and polls included, redacted) in ExecResult.exchanges: the support export */
  recordExchanges?: boolean;
}

/** Long-lived caches, keyed by credential; one per extension / CLI process. */
export interface SharedState {
  cache: Map<string, unknown>;
}
export function createSharedState(): SharedState { return { cache: new Map() }; }

/** What was sent and received, for the results panel, the log and "copy as cURL" (secrets redacted). */
export interface Exchange {
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody?: unknown;
  status?: number;
  responseHeaders?: Record<string, string>;
  queryId?: string;
}

export interface ApiOutcome {
  ok: boolean;
  /** the API's payload: OVH task `result`, Orange response body (also on errors, when there is one) */
  raw?: unknown;
  normalized?: NormalizedResult;
  error?: EligErrorInfo;
  /** zod issues of a response that did not match its schema (shown as a warning, never fatal) */
  schemaDrift: string[];
  polls: number;
  attempts: number;
  exchange?: Exchange;
}
