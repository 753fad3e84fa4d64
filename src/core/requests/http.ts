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

/** The HTTP client of a replay: credential fence + token-bucket rate limit on every request sent. */
export function createRunHttp(opts: RunHttpOptions): { http: FencedHttpClient; bucket?: TokenBucket } {
  const bucket = opts.ratePerSec ? new TokenBucket(opts.ratePerSec, opts.burst ?? 1, opts.clock ?? realClock) : undefined;
  const http = new FencedHttpClient(opts.homes, opts, bucket ? req => bucket.take(req.signal) : undefined);
  return { http, bucket };
}
