/** Retry decisions: which failures are worth another attempt, and how long to wait before it. */

export interface RetryPolicy {
  /** total attempts including the first (capped at 3) */
  maxAttempts: number;
  /** first backoff ceiling, ms (full jitter: a uniform wait in [0, ceiling]) */
  baseDelayMs: number;
  /** backoff ceiling cap, ms */
  maxDelayMs: number;
  /** longest Retry-After we are willing to honour, ms; beyond it we give up and report */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 5000, maxRetryAfterMs: 30000 };
export const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY, maxAttempts: 1 };

/** Statuses where the server did not process the request: safe to retry even a POST. */
export const RETRY_ALWAYS = new Set([429, 503]);
/** Statuses worth retrying only for idempotent requests. */
export const RETRY_IDEMPOTENT = new Set([502, 504]);

/** Parses Retry-After (delta-seconds or an HTTP date) into ms from `now`; undefined if absent/garbled. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, t - now);
}

/** Full-jitter exponential backoff: uniform in [0, min(cap, base * 2^(attempt-1))]. */
export function backoffDelay(attempt: number, p: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(abortError(signal)); return; }
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(abortError(signal)); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function abortError(signal?: AbortSignal): Error {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  (e as Error & { cause?: unknown }).cause = signal?.reason;
  return e;
}
