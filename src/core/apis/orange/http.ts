import { EligError } from '../../errors';
import type { HttpResponse } from '../../http/client';
import { redactor } from '../../log';
import type { Exchange, RunContext } from '../operation';
import { readErrorBody } from './errors';
import { normalizeBase, OrangeClientCredentials, tokenCacheFor } from './token';

/**
 * One authorized Orange call: `Authorization: Bearer <token>` + `Accept: application/json`
 * (+ `X-Api-Key` where the API's guide asks for it: the b2b Eligibility API does; the RIP guide
 * documents only the bearer token, so the key is not sent there: a credential only travels
 * where it is documented). `credentialBase` is the Orange base URL, so the host guard applies.
 *
 * On 401 with code 42 (expired token) the token is invalidated, refreshed once (single flight)
 * and the request replayed once. 401 with code 40/41 (missing/invalid) is never retried.
 */
export interface OrangeCallSpec {
  method: 'GET' | 'POST';
  /** path below the base URL, e.g. `/eligibility/b2b/v1/poi` */
  path: string;
  query?: Record<string, string | undefined>;
  /** JSON body (POST) */
  body?: unknown;
  sendApiKey: boolean;
  label: string;
}

export interface OrangeCallResult {
  res: HttpResponse;
  exchange: Exchange;
  /** HTTP attempts in total (retries and the 401/42 replay included; the token request excluded) */
  attempts: number;
  /** true when the call was replayed after a 401 code 42 */
  replayed: boolean;
}

/**
 * The Orange credentials of the run, or an EligError of kind `credentials` naming what is missing.
 * The API key is only asked for where it is sent (b2b `/poi`): a RIP run needs OAuth2 alone.
 */
export function orangeCredentials(ctx: RunContext, needApiKey: boolean): OrangeClientCredentials & { apiKey?: string } {
  const c = ctx.target.orange.credentials;
  const missing = [!c?.clientId && 'client id', !c?.clientSecret && 'client secret'].filter((x): x is string => !!x);
  if (!c || missing.length) {
    throw new EligError({ kind: 'credentials', nextStep: 'set-credentials',
      message: `Orange credentials are not set: missing ${missing.join(', ')}${needApiKey && !c?.apiKey ? ' and the API key' : ''}. Set them in the profile (or ELIG_ORANGE_CLIENT_ID, ELIG_ORANGE_CLIENT_SECRET${needApiKey ? ', ELIG_ORANGE_API_KEY' : ''}), or use the sandbox.` });
  }
  if (needApiKey && !c.apiKey) {
    throw new EligError({ kind: 'credentials', nextStep: 'set-credentials',
      message: 'Orange Business Eligibility (b2b /poi) needs an API key (X-Api-Key header), and this profile has none; nothing was sent.',
      hint: 'Add the API key your Orange Business representative gave you to the profile (Set Credentials), or set ELIG_ORANGE_API_KEY for the CLI. Orange RIP calls work without one.' });
  }
  redactor.addSecret(c.clientSecret);
  redactor.addSecret(c.apiKey);
  return c;
}

export function buildUrl(base: string, path: string, query?: Record<string, string | undefined>): string {
  const qs = Object.entries(query ?? {})
    .filter((e): e is [string, string] => e[1] !== undefined)
    // %20 for spaces (as the guide shows); '/', ',' and ':' are legal in a query and kept readable
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2F/gi, '/').replace(/%2C/gi, ',').replace(/%3A/gi, ':')}`)
    .join('&');
  return `${normalizeBase(base)}${path}${qs ? `?${qs}` : ''}`;
}

export async function orangeCall(ctx: RunContext, spec: OrangeCallSpec): Promise<OrangeCallResult> {
  const creds = orangeCredentials(ctx, spec.sendApiKey);
  const base = normalizeBase(ctx.target.orange.baseUrl);
  const url = buildUrl(base, spec.path, spec.query);
  const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
  const cache = tokenCacheFor(ctx.state, base, creds);

  const send = async (token: string) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    if (spec.sendApiKey && creds.apiKey) headers['X-Api-Key'] = creds.apiKey;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await ctx.http.send({
      method: spec.method, url, headers, body, credentialBase: base, signal: ctx.signal,
      // both operations are read-only queries (RIP's POST included): safe to repeat
      idempotent: true, label: spec.label,
    });
    const exchange: Exchange = {
      method: spec.method, url, requestHeaders: redactor.redactHeaders(headers), requestBody: spec.body,
      status: res.status, responseHeaders: redactor.redactHeaders(res.headers),
    };
    return { res, exchange };
  };

  let token = await cache.get(ctx.http, creds, ctx.signal);
  let { res, exchange } = await send(token);
  let attempts = res.attempts;
  let replayed = false;
  if (res.status === 401 && readErrorBody(res.json).code === '42') {
    ctx.http.logger.info(`${spec.label}: 401 code 42 (expired credentials): refreshing the token and replaying once`);
    cache.invalidate(token);
    token = await cache.get(ctx.http, creds, ctx.signal);
    ({ res, exchange } = await send(token));
    attempts += res.attempts;
    replayed = true;
  }
  return { res, exchange, attempts, replayed };
}
