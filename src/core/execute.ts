import { findOperation } from './apis';
import type { RunContext } from './apis/operation';
import { EligError, toErrorInfo } from './errors';
import { ExchangeRecorder, recordingHttp } from './har/exchange';
import type { ApiCall, ExecResult } from './result';

/**
 * Runs one call through its operation's client and always returns an ExecResult:
 * errors are values (with code, message, next step), cancellation included.
 */
export async function execute(ctx: RunContext, call: ApiCall): Promise<ExecResult> {
  if (!ctx.recordExchanges) return executeOnce(ctx, call);
  const rec = new ExchangeRecorder();
  const res = await executeOnce({ ...ctx, http: recordingHttp(ctx.http, rec.sink) }, call);
  return { ...res, exchanges: rec.entries };
}

async function executeOnce(ctx: RunContext, call: ApiCall): Promise<ExecResult> {
  const startedAt = new Date();
  const t0 = performance.now();
  const base = { call, startedAt: startedAt.toISOString() };
  const op = findOperation(call.api, call.operation);
  if (!op) {
    return { ...base, ok: false, durationMs: 0, schemaDrift: [], polls: 0, attempts: 0,
      error: new EligError({ kind: 'input', message: `Unknown operation "${call.operation}" for API ${call.api}` }).toJSON() };
  }
  const parsed = op.params.safeParse(call.params);
  if (!parsed.success) {
    const msg = parsed.error.issues.map(i => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ');
    return { ...base, ok: false, durationMs: 0, schemaDrift: [], polls: 0, attempts: 0,
      error: new EligError({ kind: 'input', message: `Invalid params for ${call.api} ${call.operation}: ${msg}`,
        param: parsed.error.issues[0]?.path.filter((p): p is string | number => typeof p !== 'symbol') }).toJSON() };
  }
  try {
    const out = await op.run(ctx, parsed.data);
    return { ...base, ...out, durationMs: Math.round(performance.now() - t0) };
  } catch (e) {
    return { ...base, ok: false, durationMs: Math.round(performance.now() - t0), schemaDrift: [], polls: 0, attempts: 0, error: toErrorInfo(e) };
  }
}
