import type { HttpClientOptions } from '../http/client';
import type { Clock, TokenBucket } from '../schedule/bucket';
import { RateBuckets, RateLimits } from '../schedule/rates';
import { CredentialHomes, FencedHttpClient } from './endpoints';

export { RATE_JITTER_ALLOWANCE_MS } from '../schedule/rates';

export interface RunHttpOptions extends Omit<HttpClientOptions, 'pacer'> {
  /** where the credentials were configured (before any environment moved the endpoints) */
  homes: CredentialHomes;
  /** HTTP requests per second over every request, polls and token requests included (undefined: no limit) */
  ratePerSec?: number;
  /** per-family rates (`--rate ovh=N/s`), on top of or instead of `ratePerSec` */
  rates?: RateLimits['per'];
  burst?: number;
  clock?: Clock;
}

/**
 * The HTTP client of a run: credential fence + the scheduler's rate buckets, one token per
 * HTTP attempt (retries included). `bucket` is the global one (plain `--rate N`), if any.
 */
export function createRunHttp(opts: RunHttpOptions): { http: FencedHttpClient; bucket?: TokenBucket; buckets: RateBuckets } {
  const buckets = new RateBuckets({ all: opts.ratePerSec, per: opts.rates, burst: opts.burst }, opts.clock);
  const http = new FencedHttpClient(opts.homes, { ...opts, pacer: buckets.empty ? undefined : buckets });
  return { http, bucket: buckets.get('*'), buckets };
}
