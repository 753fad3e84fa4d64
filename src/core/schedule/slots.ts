import { EligError } from '../errors';

interface Waiter { resolve: () => void; reject: (e: Error) => void; signal?: AbortSignal; onAbort?: () => void }

/**
 * Counting semaphore for HTTP requests in flight. Two queues: `acquire` is for work already
 * under way (an OVH poll, the next call of a chain), served first and in order; `acquireNew`
 * is for starting new work, served only when nothing under way waits, so a scheduler never
 * starves what it has started by starting more.
 */
export class Slots {
  private free: number;
  private readonly urgent: Waiter[] = [];
  private readonly fresh: Waiter[] = [];

  constructor(readonly size: number) { this.free = Math.max(1, Math.floor(size)); }

  get inUse(): number { return Math.max(1, Math.floor(this.size)) - this.free; }

  tryAcquire(): boolean {
    if (this.free > 0 && this.urgent.length === 0 && this.fresh.length === 0) { this.free--; return true; }
    return false;
  }

  /** A slot for work under way (served before any new work). */
  acquire(signal?: AbortSignal): Promise<void> { return this.wait(this.urgent, signal); }

  /** A slot for new work (served when no work under way is waiting). */
  acquireNew(signal?: AbortSignal): Promise<void> { return this.wait(this.fresh, signal); }

  private wait(queue: Waiter[], signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelled());
    if (this.free > 0 && this.urgent.length === 0 && (queue === this.urgent || this.fresh.length === 0)) { this.free--; return Promise.resolve(); }
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

  release(): void {
    const next = this.urgent.shift() ?? this.fresh.shift();
    if (next) {
      if (next.onAbort) next.signal?.removeEventListener('abort', next.onAbort);
      next.resolve();
      return;
    }
    this.free++;
  }
}

function cancelled(): EligError { return new EligError({ kind: 'cancelled', message: 'Cancelled' }); }
