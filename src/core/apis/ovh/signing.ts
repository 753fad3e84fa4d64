import { createHash } from 'node:crypto';
import { EligError } from '../../errors';
import { redactor } from '../../log';
import type { OvhCredentials } from '../../target';
import type { RunContext } from '../operation';
import { type AccessRule, CredentialRequestResult } from './schemas';

/**
 * OVH "application key" request signing:
 * `"$1$" + sha1_hex(AS + "+" + CK + "+" + METHOD + "+" + FULL_URL + "+" + BODY + "+" + TIMESTAMP)`.
 * Pure: the sandbox imports it to verify signatures.
 */
export interface SignatureInput {
  applicationSecret: string;
  consumerKey: string;
  method: string;
  /** the full URL the request goes to, query string included */
  url: string;
  /** the exact body bytes sent ('' when none) */
  body: string;
  /** epoch seconds (server time) */
  timestamp: number | string;
}

export function ovhSignature(i: SignatureInput): string {
  const s = [i.applicationSecret, i.consumerKey, i.method.toUpperCase(), i.url, i.body ?? '', String(i.timestamp)].join('+');
  return '$1$' + createHash('sha1').update(s, 'utf8').digest('hex');
}

/** JSON as OVH's own client sends it: non-ASCII escaped as \uXXXX, so the signed bytes are plain ASCII. */
export function ovhJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

const nowSeconds = () => Math.round(Date.now() / 1000);

/** Epoch seconds from 2000-01-01 to 2100-01-01: anything else from /auth/time is not a clock. */
export const PLAUSIBLE_EPOCH = { min: 946684800, max: 4102444800 } as const;
export function isPlausibleEpoch(t: number): boolean {
  return Number.isFinite(t) && t >= PLAUSIBLE_EPOCH.min && t <= PLAUSIBLE_EPOCH.max;
}

function timeCacheKey(baseUrl: string, applicationKey: string): string {
  return `ovh-time-offset|${baseUrl}|${applicationKey}`;
}

/**
 * Server-time offset (server epoch − local epoch, in seconds) from `GET /auth/time`, fetched once
 * per endpoint + application and cached in `ctx.state.cache` (concurrent callers share one fetch).
 */
export function serverTimeOffset(ctx: RunContext, applicationKey: string): Promise<number> {
  const baseUrl = ctx.target.ovh.baseUrl;
  const key = timeCacheKey(baseUrl, applicationKey);
  const cached = ctx.state.cache.get(key) as Promise<number> | undefined;
  if (cached) return withSignal(cached, ctx.signal);
  // shared by concurrent callers: not tied to one caller's signal (each caller races its own)
  const p = (async () => {
    const res = await ctx.http.send({
      method: 'GET', url: `${baseUrl}/auth/time`, headers: { Accept: 'application/json' },
      idempotent: true, label: 'ovh auth/time',
    });
    const t = typeof res.json === 'number' ? res.json : Number(res.text.trim());
    if (res.status !== 200 || !Number.isFinite(t)) {
      throw new EligError({ kind: 'protocol', status: res.status, message: `OVH /auth/time did not return a timestamp (HTTP ${res.status})` });
    }
    if (!isPlausibleEpoch(t)) {
      const shown = res.text.trim().slice(0, 40);
      throw new EligError({ kind: 'protocol', status: res.status, nextStep: 'check-endpoint',
        message: `OVH /auth/time answered ${JSON.stringify(shown)}, which is not a plausible time (epoch seconds between 2000 and 2100); no signed request was sent` });
    }
    return Math.round(t) - nowSeconds();
  })();
  ctx.state.cache.set(key, p);
  p.catch(() => { if (ctx.state.cache.get(key) === p) ctx.state.cache.delete(key); });
  return withSignal(p, ctx.signal);
}

/** `p`, or a 'cancelled' rejection as soon as `signal` aborts. */
function withSignal<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  const cancelled = () => new EligError({ kind: 'cancelled', message: 'Cancelled' });
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(v => { signal.removeEventListener('abort', onAbort); resolve(v); },
      e => { signal.removeEventListener('abort', onAbort); reject(e); });
  });
}

/** Forgets the cached offset (e.g. after the server rejected a timestamp). */
export function forgetServerTime(ctx: RunContext, applicationKey: string): void {
  ctx.state.cache.delete(timeCacheKey(ctx.target.ovh.baseUrl, applicationKey));
}

/** The OVH credentials of the target, registered with the redactor; throws kind 'credentials' when absent. */
export function ovhCredentials(ctx: RunContext, needConsumerKey: boolean): OvhCredentials & { consumerKey: string } {
  const c = ctx.target.ovh.credentials;
  if (!c?.applicationKey || !c.applicationSecret) {
    throw new EligError({ kind: 'credentials', message: 'This OVH operation needs a signed request: set the application key and secret of the profile (ELIG_OVH_APPLICATION_KEY / ELIG_OVH_APPLICATION_SECRET).' });
  }
  redactor.addSecret(c.applicationKey);
  redactor.addSecret(c.applicationSecret);
  redactor.addSecret(c.consumerKey);
  if (needConsumerKey && !c.consumerKey) {
    throw new EligError({ kind: 'credentials', message: 'This OVH operation needs a consumer key: request one (POST /auth/credential) and set it in the profile (ELIG_OVH_CONSUMER_KEY).' });
  }
  return { ...c, consumerKey: c.consumerKey ?? '' };
}

/** The four X-Ovh-* headers of a signed request to `url` with `body`. */
export async function signedHeaders(ctx: RunContext, method: string, url: string, body: string, signal = ctx.signal): Promise<Record<string, string>> {
  const c = ovhCredentials(ctx, true);
  const timestamp = nowSeconds() + await serverTimeOffset({ ...ctx, signal }, c.applicationKey);
  if (!isPlausibleEpoch(timestamp)) {
    forgetServerTime(ctx, c.applicationKey);
    throw new EligError({ kind: 'protocol', message: `OVH signing: the time ${timestamp} is not plausible (local clock or /auth/time); no signed request was sent` });
  }
  return {
    'X-Ovh-Application': c.applicationKey,
    'X-Ovh-Consumer': c.consumerKey,
    'X-Ovh-Timestamp': String(timestamp),
    'X-Ovh-Signature': ovhSignature({ applicationSecret: c.applicationSecret, consumerKey: c.consumerKey, method, url, body, timestamp }),
  };
}

/**
 * Requests a consumer key (`POST /auth/credential`, application key only). The user then opens
 * `validationUrl` to validate it; store `consumerKey` in the profile's secrets.
 */
export async function requestConsumerKey(ctx: RunContext, accessRules: AccessRule[], redirection?: string): Promise<CredentialRequestResult> {
  const c = ovhCredentials(ctx, false);
  const baseUrl = ctx.target.ovh.baseUrl;
  const body = ovhJson(redirection ? { accessRules, redirection } : { accessRules });
  const res = await ctx.http.send({
    method: 'POST', url: `${baseUrl}/auth/credential`, body, credentialBase: baseUrl, signal: ctx.signal,
    headers: { 'X-Ovh-Application': c.applicationKey, 'Content-Type': 'application/json', Accept: 'application/json' },
    label: 'ovh auth/credential',
  });
  if (res.status < 200 || res.status >= 300) {
    const b = res.json as { message?: string; errorCode?: string } | undefined;
    throw new EligError({ kind: 'http', status: res.status, code: b?.errorCode ?? undefined, body: res.json,
      message: `OVH refused the consumer-key request (HTTP ${res.status})${b?.message ? `: ${b.message}` : ''}` });
  }
  const parsed = CredentialRequestResult.safeParse(res.json);
  if (!parsed.success) throw new EligError({ kind: 'protocol', status: res.status, message: 'OVH /auth/credential answered without validationUrl/consumerKey/state' });
  redactor.addSecret(parsed.data.consumerKey);
  return parsed.data;
}
