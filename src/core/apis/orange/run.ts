import type { z } from 'zod';
import { EligError, toErrorInfo } from '../../errors';
import type { NormalizedResult } from '../../model/normalized';
import type { ApiOutcome, RunContext } from '../operation';
import { isOrangeErrorBody, orangeHttpError } from './errors';
import { orangeCall, OrangeCallSpec } from './http';

/**
 * Runs one Orange call and turns whatever happens into an ApiOutcome (never throws):
 * HTTP errors become EligErrors with the API's code, a response that does not match its
 * schema is kept raw with `schemaDrift` messages, and the normalization is best effort.
 */
export async function runOrange(
  ctx: RunContext,
  spec: OrangeCallSpec,
  response: z.ZodType,
  normalize: (raw: unknown) => NormalizedResult,
): Promise<ApiOutcome> {
  let call;
  try {
    call = await orangeCall(ctx, spec);
  } catch (e) {
    return { ok: false, error: toErrorInfo(e), schemaDrift: [], polls: 0, attempts: 0 };
  }
  const { res, exchange, attempts } = call;
  const base = { polls: 0, attempts, exchange };
  // an error body is an error whatever the status (the RIP guide shows one without a status)
  if (res.status < 200 || res.status >= 300 || isOrangeErrorBody(res.json)) {
    return { ...base, ok: false, raw: res.json ?? (res.text || undefined), error: orangeHttpError(spec.label, res).toJSON(), schemaDrift: [] };
  }
  if (res.json === undefined) {
    return { ...base, ok: false, raw: res.text || undefined, schemaDrift: [],
      error: new EligError({ kind: 'protocol', status: res.status, nextStep: 'open-log',
        message: `${spec.label}: ${res.status} with ${res.parseError ? `a body that is not JSON (${res.parseError})` : 'an empty body'}` }).toJSON() };
  }
  const check = response.safeParse(res.json);
  const schemaDrift = check.success ? [] : check.error.issues.map(i => `${i.path.join('.') || '(root)'}: ${i.message}`);
  let normalized: NormalizedResult | undefined;
  try {
    normalized = normalize(check.success ? check.data : res.json);
  } catch (e) {
    schemaDrift.push(`the response could not be normalized: ${(e as Error).message}`);
  }
  return { ...base, ok: true, raw: res.json, normalized, schemaDrift };
}

/** An input error outcome from zod issues (params validated again by the typed helpers). */
export function inputErrorOutcome(what: string, error: z.ZodError): ApiOutcome {
  const msg = error.issues.map(i => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ');
  return { ok: false, schemaDrift: [], polls: 0, attempts: 0,
    error: new EligError({ kind: 'input', message: `Invalid params for ${what}: ${msg}`,
      param: error.issues[0]?.path.filter((p): p is string | number => typeof p !== 'symbol') }).toJSON() };
}
