import { sleep } from './retry';

/**
 * A token bucket: at most `ratePerSec` acquisitions per second on average, bursts up to `burst`.
 * Shared by every request of a run (polls and retries included), so a bulk replay never
 * exceeds a quota. Waiters are served in FIFO order.
 */
export class TokenBucket {
  private tokens: number;
  private last = performance.now();
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly ratePerSec: number, readonly burst = Math.max(1, Math.round(ratePerSec / 10))) {
    if (!(ratePerSec > 0)) throw new RangeError('rate must be > 0');
    this.tokens = this.burst;
  }

  /** Resolves when a token is available (FIFO); rejects if the signal aborts while waiting. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.take(signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = performance.now();
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSec);
      this.last = now;
      if (this.tokens >= 1) { this.tokens -= 1; return; }
      await sleep(Math.ceil(((1 - this.tokens) / this.ratePerSec) * 1000), signal);
    }
  }
}

export interface Throttle { acquire(signal?: AbortSignal): Promise<void> }
