import type { HttpClientOptions } from '../http/client';
import { CredentialHomes, FencedHttpClient } from './endpoints';
import { Clock, realClock, TokenBucket } from './ratelimit';

export interface RunHttpOptions extends HttpClientOptions {
  /** where the credentials were configured (before any environment moved the endpoints) */
  homes: CredentialHomes;
  /** HTTP requests per second, polls and token requests included (undefined: no limit) */
  ratePerSec?: number;
  burst?: number;
  clock?: Clock;
}

/**
 * `--rate R` is a ceiling counted by the server, not by us: between our send and its count sit a
 * few ms of scheduling and network jitter, enough for a sliding one-second window to see R + 1.
 * We pace R requests per (1 s + this allowance), i.e. 5 % under R, so a quota of R does not answer
 * 429 even when the server counts late (a GC pause or a slow answer on its side bunches arrivals).
 */
export const RATE_JITTER_ALLOWANCE_MS = 50;

/** The HTTP client of a replay: credential fence + token-bucket rate limit on every request sent. */
export function createRunHttp(opts: RunHttpOptions): { http: FencedHttpClient; bucket?: TokenBucket } {
  const paced = opts.ratePerSec ? (opts.ratePerSec * 1000) / (1000 + RATE_JITTER_ALLOWANCE_MS) : undefined;
  const bucket = paced ? new TokenBucket(paced, opts.burst ?? 1, opts.clock ?? realClock) : undefined;
  const http = new FencedHttpClient(opts.homes, opts, bucket ? req => bucket.take(req.signal) : undefined);
  return { http, bucket };
}
