import { EligError } from '../errors';

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) => new Promise<void>((resolve, reject) => {
    if (signal?.aborted) { reject(cancelled()); return; }
    const onAbort = () => { clearTimeout(t); reject(cancelled()); };
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  }),
};

function cancelled(): EligError { return new EligError({ kind: 'cancelled', message: 'Cancelled' }); }

/**
 * A token bucket of `ratePerSec` tokens a second holding at most `burst` tokens (default 1:
 * requests evenly spaced, so no one-second window ever sees more than the rate, +1 at its edge).
 * Each `take()` reserves the next free slot, so waiting callers are served in order and the
 * achieved rate is the configured one, without drift.
 */
export class TokenBucket {
  private readonly interval: number;
  private readonly burst: number;
  /** time at which the bucket is full again (the theoretical arrival time, GCRA) */
  private tat: number;
  private granted = 0;

  constructor(readonly ratePerSec: number, burst = 1, private readonly clock: Clock = realClock) {
    if (!(ratePerSec > 0) || !Number.isFinite(ratePerSec)) throw new RangeError('rate must be a positive number');
    this.interval = 1000 / ratePerSec;
    this.burst = Math.max(1, Math.floor(burst));
    this.tat = clock.now();
  }

  /** Resolves when the caller may send; rejects with a `cancelled` EligError on abort. */
  async take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw cancelled();
    const now = this.clock.now();
    const tat = Math.max(this.tat, now);
    const at = tat - (this.burst - 1) * this.interval; // earliest start allowed by the burst
    this.tat = tat + this.interval;
    this.granted++;
    const wait = at - now;
    if (wait > 0) await this.clock.sleep(wait, signal);
  }

  /**
   * The server said "not before `ms` from now" (429/503 with Retry-After, or a backoff): no
   * token is granted before then, to anyone sharing this bucket; the rate still applies after.
   */
  holdFor(ms: number): void {
    if (!(ms > 0)) return;
    const resume = this.clock.now() + ms + (this.burst - 1) * this.interval;
    if (resume > this.tat) this.tat = resume;
  }

  /** tokens granted so far (for progress and tests) */
  get count(): number { return this.granted; }
}

/** `"10"`, `"10/s"`, `"600/min"`, `"2.5/s"` → requests per second. */
export function parseRate(s: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(s|sec|second|m|min|minute|h|hour))?\s*$/i.exec(s);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const per = unit.startsWith('h') ? 3600 : unit.startsWith('m') ? 60 : 1;
  const r = n / per;
  return r > 0 ? r : undefined;
}
