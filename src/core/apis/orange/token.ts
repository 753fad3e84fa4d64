import { createHmac, randomBytes } from 'node:crypto';
import * as z from 'zod';
import { EligError } from '../../errors';
import type { HttpClient } from '../../http/client';
import { redactor } from '../../log';
import type { SharedState } from '../operation';
import { orangeHttpError } from './errors';

/**
 * OAuth2 client credentials for api.orange.com (`POST {baseUrl}/oauth/v3/token`, Basic auth).
 *
 * One cache per credential, kept in `RunContext.state.cache` under a key derived from the base
 * URL, the client id and an HMAC of the secret (keyed per process: the secret itself is never
 * stored in a key). The lifetime comes from `expires_in` (never hard-coded); the token is
 * refreshed `min(60 s, 10 % of its lifetime)` before it expires. Refreshes are single flight:
 * every caller that finds the cache empty or stale awaits the same in-flight request; a failed
 * refresh rejects all of them and is not cached. Each caller's AbortSignal only detaches that
 * caller, never the shared request.
 */
export interface OrangeClientCredentials { clientId: string; clientSecret: string }

export const TokenResponse = z.looseObject({
  token_type: z.string().nullish(),
  access_token: z.string().min(1),
  expires_in: z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?$/)]).nullish(),
});

export interface CachedToken {
  value: string;
  obtainedAt: number;
  /** lifetime announced by the server, ms; undefined when the server gave none */
  lifetimeMs?: number;
  /** after this instant (ms since epoch) the token is refreshed before use */
  refreshAt: number;
}

export const MAX_REFRESH_MARGIN_MS = 60_000;
export function refreshMarginMs(lifetimeMs: number): number { return Math.min(MAX_REFRESH_MARGIN_MS, lifetimeMs * 0.1); }

export class OrangeTokenCache {
  /** clock, replaceable in tests */
  now: () => number = Date.now;
  /** token requests sent by this cache (diagnostics) */
  requests = 0;
  private token?: CachedToken;
  private inflight?: Promise<CachedToken>;

  constructor(readonly baseUrl: string) {}

  /** The cached token, if any (stale or not). */
  peek(): CachedToken | undefined { return this.token; }

  /** A valid access token, from the cache or from one shared token request. */
  async get(http: HttpClient, creds: OrangeClientCredentials, signal?: AbortSignal): Promise<string> {
    const t = this.token;
    if (t && this.now() < t.refreshAt) return t.value;
    if (!this.inflight) {
      const p: Promise<CachedToken> = this.request(http, creds)
        .then(tok => { this.token = tok; return tok; })
        .finally(() => { if (this.inflight === p) this.inflight = undefined; });
      this.inflight = p;
    }
    return (await raceAbort(this.inflight, signal)).value;
  }

  /** Drops the cached token if it is still `value` (another caller may have refreshed it already). */
  invalidate(value?: string): void {
    if (!this.token) return;
    if (value === undefined || this.token.value === value) this.token = undefined;
  }

  private async request(http: HttpClient, creds: OrangeClientCredentials): Promise<CachedToken> {
    this.requests++;
    const basic = Buffer.from(`${creds.clientId}:${creds.clientSecret}`, 'utf8').toString('base64');
    redactor.addSecret(creds.clientSecret);
    redactor.addSecret(basic);
    const startedAt = this.now();
    const res = await http.send({
      method: 'POST',
      url: `${this.baseUrl}/oauth/v3/token`,
      headers: {
        Authorization: `Basic ${basic}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
      credentialBase: this.baseUrl,
      // token requests are rate limited (50/min): a 429 is reported at once, never hammered
      retry: { maxAttempts: 1 },
      label: 'Orange token',
    });
    if (res.status < 200 || res.status >= 300) {
      const e = orangeHttpError('Orange token request', res);
      if (res.status === 429) {
        throw new EligError({ ...e.toJSON(), message: `${e.message}. Orange allows 50 token requests per minute; wait before retrying.` });
      }
      throw e;
    }
    const parsed = TokenResponse.safeParse(res.json);
    if (!parsed.success) {
      throw new EligError({ kind: 'protocol', status: res.status, nextStep: 'open-log',
        message: `Orange token request: ${res.status} without a usable access_token (${res.parseError ? 'the body is not JSON' : parsed.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; ')})` });
    }
    const value = parsed.data.access_token;
    redactor.addSecret(value);
    const exp = parsed.data.expires_in;
    const lifetimeMs = exp === undefined || exp === null ? undefined : Number(exp) * 1000;
    // no announced lifetime: keep the token until the API says it expired (401 code 42)
    const refreshAt = lifetimeMs === undefined ? Number.POSITIVE_INFINITY : startedAt + lifetimeMs - refreshMarginMs(lifetimeMs);
    http.logger.info(`Orange token obtained${lifetimeMs === undefined ? ' (no expires_in: kept until the API reports it expired)' : ` (expires in ${Math.round(lifetimeMs / 1000)} s)`}`);
    return { value, obtainedAt: startedAt, lifetimeMs, refreshAt };
  }
}

let hmacKey: Buffer | undefined;
/** Cache key of one credential: never contains the secret, nor a hash that could be brute-forced offline. */
export function tokenCacheKey(baseUrl: string, creds: OrangeClientCredentials): string {
  hmacKey ??= randomBytes(32);
  const tag = createHmac('sha256', hmacKey).update(creds.clientSecret).digest('hex').slice(0, 32);
  return `orange-token|${normalizeBase(baseUrl)}|${creds.clientId}|${tag}`;
}

/** The token cache of one credential, created on first use in the shared state. */
export function tokenCacheFor(state: SharedState, baseUrl: string, creds: OrangeClientCredentials): OrangeTokenCache {
  const key = tokenCacheKey(baseUrl, creds);
  let c = state.cache.get(key);
  if (!(c instanceof OrangeTokenCache)) {
    c = new OrangeTokenCache(normalizeBase(baseUrl));
    state.cache.set(key, c);
  }
  return c as OrangeTokenCache;
}

export function normalizeBase(baseUrl: string): string { return baseUrl.replace(/\/+$/, ''); }

/** Resolves with `p`, or rejects as cancelled as soon as `signal` aborts (p itself keeps running). */
export function raceAbort<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(new EligError({ kind: 'cancelled', message: 'Cancelled' }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new EligError({ kind: 'cancelled', message: 'Cancelled' }));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(v => { signal.removeEventListener('abort', onAbort); resolve(v); },
      e => { signal.removeEventListener('abort', onAbort); reject(e); });
  });
}
