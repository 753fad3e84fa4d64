import type { RunContext } from '../apis/operation';
import { execute } from '../execute';
import type { Technology } from '../model/normalized';
import type { AssertionResult, ExecResult } from '../result';
import { allPassed, evaluateExpect } from './assert';
import { runCompareEntry } from './compare-entry';
import type { CompareResult } from '../compare/schema';
import { schedule } from '../schedule/scheduler';
import type { ResolvedRequest } from './parse';

/** One request to run, with where it came from. */
export interface RunItem {
  file: string;
  index: number;
  request: ResolvedRequest;
}

export interface OfferSummary { technology: Technology; code: string; name: string; eligible: boolean }

/** The outcome of one request, as every reporter prints it. */
export interface RequestOutcome {
  file: string;
  index: number;
  name: string;
  api: string;
  operation: string;
  /** the call succeeded */
  ok: boolean;
  /** every assertion passed (a skipped request counts as passed) */
  passed: boolean;
  /** set when the request was not sent: `skip` reason, `bail`, `cancelled`, `not in environment X`, ... */
  skipped?: string;
  durationMs: number;
  offers: OfferSummary[];
  /** items in a search result list (search operations) */
  resultCount?: number;
  assertions: AssertionResult[];
  error?: { kind: string; status?: number; code?: string; message: string };
  /** the failure was expected by `expect` (error / ok: false) */
  expectedFailure?: boolean;
  /** the full result (for the editor's panel); reporters never print it whole */
  result?: ExecResult;
  /** compare entries: the matrix (no `result`: a compare is several calls) */
  compare?: CompareResult;
}

export interface RunProgress { done: number; total: number; running: number; outcome?: RequestOutcome }

export interface RunOptions {
  /** what operations need: http client (see createRunHttp), target, shared state, poll defaults */
  ctx: Omit<RunContext, 'signal' | 'onProgress'>;
  /** HTTP requests in flight at once (whole requests with `bail`); default 1 */
  concurrency?: number;
  bail?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: RunProgress) => void;
  /** selected environment name (for requests restricted with `env`) */
  environment?: string;
  /** run only requests having one of these tags */
  tags?: string[];
  /** run only requests whose name contains this text (case-insensitive) */
  grep?: string;
}

/** Why a request is not sent, before running anything (skip, only, env, tags). */
function staticSkip(item: RunItem, anyOnly: boolean, opts: RunOptions): string | undefined {
  const r = item.request;
  if (r.skip) return typeof r.skip === 'string' ? r.skip : 'skip: true';
  if (anyOnly && !r.only) return 'another request has only: true';
  if (r.env && !(opts.environment && r.env.includes(opts.environment))) return `runs only in environment ${r.env.join(' or ')}`;
  if (opts.tags?.length && !(r.tags ?? []).some(t => opts.tags!.includes(t))) return `not tagged ${opts.tags.join(' or ')}`;
  if (opts.grep && !r.name.toLowerCase().includes(opts.grep.toLowerCase())) return `name does not contain "${opts.grep}"`;
  return undefined;
}

function skippedOutcome(item: RunItem, reason: string): RequestOutcome {
  const r = item.request;
  return { file: item.file, index: item.index, name: r.name, api: r.api, operation: r.operation, ok: true, passed: true, skipped: reason, durationMs: 0, offers: [], assertions: [] };
}

export function toOutcome(item: RunItem, res: ExecResult): RequestOutcome {
  const r = item.request;
  const assertions = evaluateExpect(r.expect, res);
  const offers = (res.normalized?.offers ?? []).map(o => ({ technology: o.technology, code: o.code, name: o.name, eligible: o.eligible }));
  const e = res.error;
  return {
    file: item.file, index: item.index, name: r.name, api: r.api, operation: r.operation,
    ok: res.ok, passed: allPassed(assertions), durationMs: res.durationMs, offers,
    resultCount: Array.isArray(res.raw) ? res.raw.length : undefined,
    assertions,
    error: e ? { kind: e.kind, status: e.status, code: e.code, message: e.message } : undefined,
    expectedFailure: !res.ok && (!!r.expect?.error || r.expect?.ok === false) ? true : undefined,
    result: res,
  };
}

/**
 * Runs requests, cancellable, with progress; never throws; outcomes in input order.
 * Scheduled by the one core scheduler (core/schedule): `concurrency` bounds the HTTP requests
 * in flight, and a request waiting between two OVH polls holds no slot, so other requests start
 * meanwhile (the rate limit lives in the http client). With `bail`, a slot is held for a whole
 * request, so nothing starts once a failure is known.
 */
export async function runRequests(items: readonly RunItem[], opts: RunOptions): Promise<RequestOutcome[]> {
  const total = items.length;
  const out: RequestOutcome[] = new Array(total);
  const anyOnly = items.some(i => i.request.only);
  let done = 0, running = 0, bailed = false;
  const report = (outcome?: RequestOutcome) => opts.onProgress?.({ done, total, running, outcome });
  await schedule(items, {
    http: opts.ctx.http, total, concurrency: opts.concurrency ?? 1, slotPerItem: !!opts.bail, signal: opts.signal,
    window: total, timeoutMs: item => item.request.timeoutMs,
    settle: (item, i) => {
      const reason = staticSkip(item, anyOnly, opts)
        ?? (opts.signal?.aborted ? 'cancelled' : undefined)
        ?? (bailed ? 'bail: an earlier request failed' : undefined);
      return reason ? skippedOutcome(items[i], reason) : undefined;
    },
    run: async (item, io) => {
      running++;
      report();
      const r = item.request;
      if (r.compare) {
        const t0 = performance.now();
        const c = await runCompareEntry({ ...opts.ctx, http: io.http, poll: { ...opts.ctx.poll, ...r.poll }, signal: io.signal }, r.compare, r.expect?.matrix);
        running--;
        const expectsError = Object.values(r.expect?.matrix ?? {}).some(cells => Object.values(cells ?? {}).includes('error'));
        const failed = !expectsError && c.result?.matrix.some(row => Object.values(row.cells).some(cell => cell.status === 'error'));
        const o: RequestOutcome = {
          file: item.file, index: item.index, name: r.name, api: 'compare', operation: r.compare.place,
          ok: !c.error && !failed, passed: !c.error && allPassed(c.assertions), durationMs: Math.round(performance.now() - t0), offers: [],
          assertions: c.assertions, compare: c.result,
          error: c.error ?? (failed ? { kind: 'http', message: 'an API failed: see the error cells of the matrix' } : undefined),
        };
        if (!o.passed && opts.bail) bailed = true;
        return o;
      }
      const res = await execute({ ...opts.ctx, http: io.http, poll: { ...opts.ctx.poll, ...r.poll }, signal: io.signal },
        { api: r.api, operation: r.operation, params: r.params });
      running--;
      const o = toOutcome(item, res);
      if (!o.passed && opts.bail) bailed = true;
      return o;
    },
    onComplete: (o, i) => { out[i] = o; done++; report(o); },
  });
  return out;
}

export interface RunSummary { total: number; passed: number; failed: number; errors: number; skipped: number }

/** Counts: `errors` = calls that failed unexpectedly; `failed` = assertion failures on the others. */
export function summarize(outcomes: readonly RequestOutcome[]): RunSummary {
  const s: RunSummary = { total: outcomes.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const o of outcomes) {
    if (o.skipped) s.skipped++;
    else if (o.passed) s.passed++;
    else if (!o.ok && !o.expectedFailure) s.errors++;
    else s.failed++;
  }
  return s;
}
