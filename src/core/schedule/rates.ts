/**
 * Per-API-family rate buckets: `--rate ovh=10/s --rate orange=5/s` (or a plain `--rate 10/s`
 * over every request). Every HTTP attempt takes a token from its family's bucket: polls,
 * token requests and retries included. A 429/503 holds the whole family back for its
 * Retry-After (or a backoff), so retries never push the family over its rate.
 */
import type { HttpRequest } from '../http/client';
import { Clock, parseRate, realClock, TokenBucket } from './bucket';

/** The quota families: OVHcloud, and Orange (its token, b2b and RIP endpoints share one bucket unless split). */
export const RATE_KEYS = ['ovh', 'orange', 'orange-token', 'orange-b2b', 'orange-rip'] as const;
export type RateKey = typeof RATE_KEYS[number];
/** What a request belongs to, from its URL path (the same on the real hosts and the sandbox). */
export type RequestFamily = 'ovh' | 'orange-token' | 'orange-b2b' | 'orange-rip' | 'other';

export interface RateLimits {
  /** requests per second over every request (the plain `--rate N`) */
  all?: number;
  /** requests per second per family (`--rate ovh=N`) */
  per?: Partial<Record<RateKey, number>>;
  burst?: number;
}

/**
 * `--rate` is a ceiling counted by the server, not by us: between our send and its count sit a
 * few ms of scheduling and network jitter, enough for a sliding one-second window to see R + 1.
 * We pace R requests per (1 s + this allowance), i.e. 5 % under R, so a quota of R does not answer
 * 429 even when the server counts late (a GC pause or a slow answer on its side bunches arrivals).
 */
export const RATE_JITTER_ALLOWANCE_MS = 50;

export function familyOfUrl(url: string): RequestFamily {
  let p: string;
  try { p = new URL(url).pathname; } catch { return 'other'; }
  if (/(^|\/)1\.0(\/|$)/.test(p)) return 'ovh';
  if (p.includes('/oauth/')) return 'orange-token';
  if (p.includes('/eligibility/b2b/')) return 'orange-b2b';
  if (p.includes('/ripoperatoreligibility/')) return 'orange-rip';
  return 'other';
}

/** `"10/s"` → { all: 10 }; `"ovh=10/s"` → { key: 'ovh', perSec: 10 }; undefined when malformed. */
export function parseRateFlag(s: string): { key?: RateKey; perSec: number } | undefined {
  const eq = s.indexOf('=');
  if (eq < 0) { const r = parseRate(s); return r === undefined ? undefined : { perSec: r }; }
  const key = s.slice(0, eq).trim().toLowerCase();
  if (!(RATE_KEYS as readonly string[]).includes(key)) return undefined;
  const r = parseRate(s.slice(eq + 1));
  return r === undefined ? undefined : { key: key as RateKey, perSec: r };
}

export class RateBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(readonly limits: RateLimits = {}, private readonly clock: Clock = realClock) {
    const make = (perSec: number) => new TokenBucket((perSec * 1000) / (1000 + RATE_JITTER_ALLOWANCE_MS), limits.burst ?? 1, clock);
    if (limits.all) this.buckets.set('*', make(limits.all));
    for (const [k, v] of Object.entries(limits.per ?? {})) if (v) this.buckets.set(k, make(v));
  }

  get empty(): boolean { return this.buckets.size === 0; }

  /** The bucket a request draws from: its own family's, else `orange` for Orange's, else the global one. */
  bucketFor(url: string): TokenBucket | undefined {
    const f = familyOfUrl(url);
    return this.buckets.get(f) ?? (f.startsWith('orange-') ? this.buckets.get('orange') : undefined) ?? this.buckets.get('*');
  }

  /** the bucket by key (`*` for the global one), for tests and progress */
  get(key: RateKey | '*'): TokenBucket | undefined { return this.buckets.get(key); }

  /** Waits for the request's token (one per HTTP attempt). */
  async take(req: HttpRequest): Promise<void> {
    await this.bucketFor(req.url)?.take(req.signal);
  }

  /** A throttling answer: hold the request's family back (Retry-After, or the backoff the client chose). */
  throttled(req: HttpRequest, waitMs: number): void {
    this.bucketFor(req.url)?.holdFor(waitMs);
  }

  /** Tokens granted per bucket key so far. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.buckets].map(([k, b]) => [k, b.count]));
  }
}
