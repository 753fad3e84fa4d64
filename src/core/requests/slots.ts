import { EligError } from '../errors';

/**
 * Counting semaphore for the runner's concurrency: `tryAcquire` for starting new work (never
 * jumps the queue), `acquire` for work already under way (served first, in order), `release`
 * hands the slot to the next waiter or, when none waits, calls `onFree` (the runner starts more).
 */
export class Slots {
  private free: number;
  private readonly waiters: { resolve: () => void }[] = [];
  onFree?: () => void;

  constructor(readonly size: number) { this.free = Math.max(1, Math.floor(size)); }

  tryAcquire(): boolean {
    if (this.free > 0 && this.waiters.length === 0) { this.free--; return true; }
    return false;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new EligError({ kind: 'cancelled', message: 'Cancelled' }));
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const w = {
        resolve: () => { signal?.removeEventListener('abort', onAbort); resolve(); },
      };
      const onAbort = () => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new EligError({ kind: 'cancelled', message: 'Cancelled' }));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(w);
    });
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) { next.resolve(); return; }
    this.free++;
    this.onFree?.();
  }
}
