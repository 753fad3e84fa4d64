import { EligError } from '../errors';

interface Waiter { resolve: () => void; reject: (e: Error) => void; signal?: AbortSignal; onAbort?: () => void }

/**
 * A FIFO turnstile (at most `capacity` holders at a time) with two queues: work already under
 * way first, then new work, like Slots. The rate buckets put one in front of each bucket (see
 * RateBuckets.admit), so only a few requests per API family hold a token reservation at a time.
 */
export class Gate {
  private held = 0;

  constructor(readonly capacity = 1) {}
  private readonly urgent: Waiter[] = [];
  private readonly fresh: Waiter[] = [];

  /** Resolves when the caller holds the gate; rejects with a `cancelled` EligError on abort. */
  enter(urgent: boolean, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelled());
    if (this.held < this.capacity) { this.held++; return Promise.resolve(); }
    const queue = urgent ? this.urgent : this.fresh;
    return new Promise<void>((resolve, reject) => {
      const w: Waiter = { resolve, reject, signal };
      if (signal) {
        w.onAbort = () => {
          const i = queue.indexOf(w);
          if (i >= 0) queue.splice(i, 1);
          reject(cancelled());
        };
        signal.addEventListener('abort', w.onAbort, { once: true });
      }
      queue.push(w);
    });
  }

  leave(): void {
    const next = this.urgent.shift() ?? this.fresh.shift();
    if (!next) { this.held--; return; }
    if (next.onAbort) next.signal?.removeEventListener('abort', next.onAbort);
    next.resolve();
  }

  /** requests waiting to enter (for tests and progress) */
  get waiting(): number { return this.urgent.length + this.fresh.length; }
}

function cancelled(): EligError { return new EligError({ kind: 'cancelled', message: 'Cancelled' }); }
