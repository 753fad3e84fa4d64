import type { z } from 'zod';
import { EligError } from '../../errors';
import type { HttpResponse } from '../../http/client';
import { assertCredentialTarget } from '../../http/guard';
import { redactor } from '../../log';
import type { Exchange, RunContext } from '../operation';
import { OvhErrorBody } from './schemas';
import { forgetServerTime, ovhJson, signedHeaders } from './signing';
import { runTask, type TaskOutcome } from './tasks';

/**
 * The OVHcloud Connectivity client: every call goes through `ctx.http.send` (timeouts, retries,
 * host guard, redacted logs). Public operations are unauthenticated; `.../partners` ones are
 * signed and carry `credentialBase` so the host guard applies.
 */
export interface OvhCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** path under the base URL, e.g. `/connectivity/eligibility/search/cities` */
  path: string;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  signed?: boolean;
  /** short name for logs and progress, e.g. `search/cities` */
  label: string;
  /** false for a POST that creates something (recall): never retried after it may have arrived */
  idempotent?: boolean;
}

/** What a call left behind, also when it failed: the last exchange and the attempt count. */
export class CallTrace {
  exchange?: Exchange;
  attempts = 0;
  polls = 0;
}

export function ovhUrl(ctx: RunContext, call: Pick<OvhCall, 'path' | 'query'>): string {
  const base = ctx.target.ovh.baseUrl.replace(/\/+$/, '');
  const qs = call.query ? new URLSearchParams(call.query).toString() : '';
  return `${base}${call.path}${qs ? `?${qs}` : ''}`;
}

/** One HTTP exchange; non-2xx answers become EligError kind 'http', non-JSON bodies kind 'protocol'. */
export async function ovhSend(ctx: RunContext, call: OvhCall, trace: CallTrace, signal = ctx.signal): Promise<HttpResponse> {
  const url = ovhUrl(ctx, call);
  const body = call.body !== undefined ? ovhJson(call.body) : undefined;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (call.signed) {
    // refuse a hostile endpoint before anything (even /auth/time) is fetched for the credential
    assertCredentialTarget(url, ctx.target.ovh.baseUrl);
    Object.assign(headers, await signedHeaders(ctx, call.method, url, body ?? '', signal));
  }
  trace.exchange = { method: call.method, url, requestHeaders: redactor.redactHeaders(headers), requestBody: call.body };
  const res = await ctx.http.send({
    method: call.method, url, headers, body, signal, idempotent: call.idempotent ?? true, label: `ovh ${call.label}`,
    credentialBase: call.signed ? ctx.target.ovh.baseUrl : undefined,
  });
  trace.attempts += res.attempts;
  const queryId = res.headers['x-ovh-queryid'];
  trace.exchange = { ...trace.exchange, status: res.status, responseHeaders: redactor.redactHeaders(res.headers), queryId };
  if (res.status < 200 || res.status >= 300) {
    if (call.signed && res.status === 400 && /QUERY_TIME_OUT|timestamp|out of time/i.test(res.text)) forgetServerTime(ctx, ctx.target.ovh.credentials?.applicationKey ?? '');
    throw httpError(res, call.label, queryId);
  }
  if (res.json === undefined && !(call.method === 'DELETE' && res.text.trim() === '')) {
    throw new EligError({ kind: 'protocol', status: res.status, description: queryIdNote(queryId),
      message: `OVH ${call.label}: the answer is not JSON (${res.parseError ?? 'empty body'})`,
      body: redactor.redact(res.text.slice(0, 500)) });
  }
  return res;
}

function queryIdNote(queryId: string | undefined): string | undefined {
  return queryId ? `X-OVH-QUERYID ${queryId} (give it to OVH support)` : undefined;
}

export function httpError(res: HttpResponse, label: string, queryId: string | undefined): EligError {
  const parsed = OvhErrorBody.safeParse(res.json);
  const apiMessage = parsed.success ? parsed.data.message : undefined;
  const code = parsed.success && parsed.data.errorCode ? String(parsed.data.errorCode) : undefined;
  const body = res.json !== undefined ? res.json : res.text ? redactor.redact(res.text.slice(0, 500)) : undefined;
  return new EligError({
    kind: 'http', status: res.status, code, body, description: queryIdNote(queryId),
    message: `OVH ${label}: HTTP ${res.status}${code ? ` ${code}` : ''}${apiMessage ? ` - ${redactor.redact(apiMessage)}` : ''}`,
  });
}

/** Validates a payload against its (tolerant) schema: the value when it matches, drift messages otherwise. */
export function checkSchema<T>(schema: z.ZodType<T>, value: unknown, what: string): { value?: T; drift: string[] } {
  const r = schema.safeParse(value);
  if (r.success) return { value: r.data, drift: [] };
  const issues = r.error.issues.slice(0, 20).map(i => `${what}${i.path.length ? '.' + i.path.join('.') : ''}: ${i.message}`);
  if (r.error.issues.length > 20) issues.push(`${what}: … ${r.error.issues.length - 20} more differences`);
  return { drift: issues };
}

export interface OvhResult<T> {
  /** the API payload (task `result`, or the GET body) as received */
  raw: unknown;
  /** the payload typed, when it matched its schema */
  value?: T;
  schemaDrift: string[];
}

/** A POST that returns an async task, re-posted until final; a failed task is EligError kind 'task'. */
export async function callTask<T>(ctx: RunContext, call: OvhCall, result: z.ZodType<T>, trace: CallTrace): Promise<OvhResult<T>> {
  const outcome: TaskOutcome = await runTask(ctx, `ovh ${call.label}`,
    async signal => (await ovhSend(ctx, call, trace, signal)).json, trace);
  trace.polls = outcome.polls;
  const { state, body } = outcome;
  if (state.state === 'unknown') {
    return { raw: body, schemaDrift: [`task: not an OVH async task (no "status" field); shown as received`] };
  }
  if (state.state === 'error') {
    // "not found" / "unknown" / "invalid" failures are about the input, not worth a retry
    const aboutInput = /not found|unknown|invalid|does not exist|doesn't exist|introuvable|inconnu/i.test(state.message);
    throw new EligError({ kind: 'task', message: `OVH ${call.label}: the task failed: ${state.message}`, body,
      nextStep: aboutInput ? 'fix-input' : 'retry',
      description: trace.exchange?.queryId ? `X-OVH-QUERYID ${trace.exchange.queryId}` : undefined });
  }
  const drift: string[] = [];
  if (!['ok', 'done', 'success'].includes(state.status)) drift.push(`task.status: unexpected final status "${state.status}", read as success`);
  if (state.result === null) {
    drift.push('task.result: the task finished without a result');
    return { raw: null, schemaDrift: drift };
  }
  const checked = checkSchema(result, state.result, 'result');
  return { raw: state.result, value: checked.value, schemaDrift: [...drift, ...checked.drift] };
}

/** A plain call (GET `test?eligibilityReference=`, `recall`...): the answer's body is the payload (a DELETE's empty body is null). */
export async function callPlain<T>(ctx: RunContext, call: OvhCall, result: z.ZodType<T>, trace: CallTrace): Promise<OvhResult<T>> {
  const res = await ovhSend(ctx, call, trace);
  const body = res.json === undefined ? null : res.json;
  const checked = checkSchema(result, body, 'result');
  return { raw: body, value: checked.value, schemaDrift: checked.drift };
}
