import type { RunContext } from '../apis/operation';
import { EligError } from '../errors';
import { execute } from '../execute';
import type { ApiCall, ExecResult } from '../result';
import type { Candidate, CompareApi, CompareCall, Resolution, TraceStep } from './schema';

export interface CompareProgress {
  api: CompareApi;
  phase: 'start' | 'call' | 'done';
  message: string;
  /** calls made so far by this API's chain */
  calls: number;
}

/**
 * One API's resolution while it is built: every call goes through `call()`, which runs it with
 * the caller's run context (its HTTP client, rate bucket, poll settings and signal) and never
 * sends the same call twice in one compare (same operation + same params → the same promise).
 */
export class Recorder {
  readonly trace: TraceStep[] = [];
  readonly calls: ExecResult[] = [];
  private readonly inflight = new Map<string, Promise<{ result: ExecResult; index: number }>>();
  status: Resolution['status'] = 'resolved';
  via?: string;
  address?: string;
  building?: string;
  message?: string;
  candidates?: Candidate[];

  constructor(readonly api: CompareApi, private readonly ctx: RunContext, private readonly onProgress?: (p: CompareProgress) => void) {}

  get signal(): AbortSignal | undefined { return this.ctx.signal; }

  progress(phase: CompareProgress['phase'], message: string): void {
    this.onProgress?.({ api: this.api, phase, message, calls: this.calls.length });
  }

  /** Runs (or reuses) a call; returns its result and its index in `calls`. Throws only when cancelled. */
  async call(operation: string, params: Record<string, unknown>): Promise<{ result: ExecResult; index: number }> {
    this.throwIfAborted();
    const key = `${operation} ${stableJson(params)}`;
    let p = this.inflight.get(key);
    if (!p) {
      const call: ApiCall = { api: this.api, operation, params };
      this.progress('call', operation);
      p = execute({ ...this.ctx, onProgress: undefined }, call).then(result => {
        if (result.error?.kind === 'cancelled' || this.ctx.signal?.aborted) throw cancelled();
        this.calls.push(result);
        return { result, index: this.calls.length - 1 };
      });
      this.inflight.set(key, p);
    }
    return p;
  }

  step(s: TraceStep): void { this.trace.push(s); }

  throwIfAborted(): void { if (this.ctx.signal?.aborted) throw cancelled(); }

  toResolution(): Resolution {
    const r: Resolution = { status: this.status, trace: this.trace, calls: this.calls.map(toCompareCall) };
    if (this.via) r.via = this.via;
    if (this.address) r.address = this.address;
    if (this.building) r.building = this.building;
    if (this.message) r.message = this.message;
    if (this.candidates?.length) r.candidates = this.candidates;
    return r;
  }
}

export function cancelled(): EligError { return new EligError({ kind: 'cancelled', message: 'Cancelled' }); }

function toCompareCall(r: ExecResult): CompareCall {
  const c: CompareCall = {
    call: { api: r.call.api, operation: r.call.operation, params: r.call.params },
    ok: r.ok, startedAt: r.startedAt, durationMs: r.durationMs, polls: r.polls, attempts: r.attempts, schemaDrift: r.schemaDrift,
  };
  if (r.raw !== undefined) c.raw = r.raw;
  if (r.normalized) c.normalized = r.normalized;
  if (r.error) c.error = { ...r.error };
  if (r.exchange) c.exchange = { ...r.exchange };
  return c;
}

function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  return `{${Object.keys(v as object).sort().map(k => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** "Not found" answers (Orange 404, OVH task errors saying so, empty searches) are answers, not failures. */
export function isNotFound(r: ExecResult): boolean {
  const e = r.error;
  if (!e) return false;
  if (e.kind === 'http' && e.status === 404) return true;
  return e.kind === 'task' && /not found|no neighbour|unknown/i.test(e.message);
}
