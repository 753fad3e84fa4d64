/**
 * The one scheduler under request-file runs, compare batches and campaigns: a bounded number of
 * HTTP requests in flight, items started in input order, results in input order and/or as they
 * complete, cancellation by AbortSignal, progress events and (for campaigns) a journal of what
 * is already done. Rate limits live in the HTTP client's pacer (see rates.ts), so every HTTP
 * attempt of every item (polls, token requests, retries) is counted against its API family.
 */
import type { HttpClient } from '../http/client';
import { Lease, leasedHttp } from './lease';
import { Slots } from './slots';

export interface ItemIO {
  /** the item's HTTP client: use it for every request of the item */
  http: HttpClient;
  signal?: AbortSignal;
  index: number;
}

export interface ScheduleProgress<R> {
  done: number;
  total?: number;
  /** items started and not finished */
  running: number;
  /** the item that just finished (in completion order), if any */
  index?: number;
  result?: R;
}

/** What is already done (a campaign journal): those items are neither run nor delivered again. */
export interface ScheduleJournal<T, R> {
  has(index: number, item: T): boolean;
  /** called for every item finished (run or settled), in completion order */
  append(index: number, result: R, item: T): void;
}

export interface ScheduleOptions<T, R> {
  /** the paced HTTP client (createRunHttp) */
  http: HttpClient;
  run(item: T, io: ItemIO): Promise<R>;
  /** HTTP requests in flight at once (default 1) */
  concurrency?: number;
  /** items started and not yet finished (delivered, with onResult) at most; bounds memory (default max(64, 8 × concurrency)) */
  window?: number;
  /** a slot is held for a whole item, not per send (`--bail`: nothing starts once a failure is known) */
  slotPerItem?: boolean;
  /** default per-attempt timeout of an item's requests */
  timeoutMs?: (item: T) => number | undefined;
  signal?: AbortSignal;
  total?: number;
  /** a result without running the item (skip, bail, cancelled), decided when the item's turn comes */
  settle?(item: T, index: number): R | undefined;
  /** stop reading items (campaign cancel: what is not started stays for --resume) */
  stopWhen?(): boolean;
  journal?: ScheduleJournal<T, R>;
  /** every result, in completion order */
  onComplete?(result: R, index: number, item: T): void;
  /** every result, in input order (buffered until the earlier ones are known) */
  onResult?(result: R, index: number, item: T): void;
  onProgress?(p: ScheduleProgress<R>): void;
}

export interface ScheduleSummary {
  /** items read from the source */
  read: number;
  /** items with a result (run, settled, or already in the journal) */
  done: number;
  /** items skipped because the journal had them */
  fromJournal: number;
  /** reading stopped before the end (stopWhen) */
  stopped: boolean;
}

/** Runs every item; never throws for an item (`run` must turn failures into results). */
export async function schedule<T, R>(items: Iterable<T> | AsyncIterable<T>, opts: ScheduleOptions<T, R>): Promise<ScheduleSummary> {
  const slots = new Slots(opts.concurrency ?? 1);
  const window = Math.max(1, opts.window ?? Math.max(64, 8 * (opts.concurrency ?? 1)));
  const summary: ScheduleSummary = { read: 0, done: 0, fromJournal: 0, stopped: false };
  const pending = new Map<number, { r: R; item: T }>(); // finished, waiting for earlier ones (onResult)
  let nextDeliver = 0, running = 0, open = 0;
  const skipped = new Set<number>(); // journaled indices inside the delivery window
  let wake: (() => void) | undefined;
  const nudge = () => { const w = wake; wake = undefined; w?.(); };
  const report = (index?: number, result?: R) => opts.onProgress?.({ done: summary.done, total: opts.total, running, index, result });

  const deliver = () => {
    if (!opts.onResult) return;
    for (;;) {
      if (skipped.delete(nextDeliver)) { nextDeliver++; continue; }
      const p = pending.get(nextDeliver);
      if (!p) break;
      pending.delete(nextDeliver);
      open--;
      opts.onResult(p.r, nextDeliver, p.item);
      nextDeliver++;
    }
  };
  const finish = (index: number, item: T, r: R) => {
    summary.done++;
    opts.journal?.append(index, r, item);
    opts.onComplete?.(r, index, item);
    if (opts.onResult) { pending.set(index, { r, item }); deliver(); } else open--;
    report(index, r);
    nudge();
  };

  const inFlight = new Set<Promise<void>>();
  let failure: { e: unknown } | undefined, stop = false;
  const start = (index: number, item: T) => {
    running++;
    const lease: Lease | undefined = opts.slotPerItem ? undefined : { slots, reserved: true };
    const http = leasedHttp(opts.http, { timeoutMs: opts.timeoutMs?.(item), lease, signal: opts.signal });
    const p = (async () => {
      let r: R;
      try { r = await opts.run(item, { http, signal: opts.signal, index }); } catch (e) {
        failure ??= { e }; // a `run` that throws is a bug of the caller: reported once everything in flight is done
        stop = true;
        return;
      } finally {
        running--;
        if (!lease || lease.reserved) slots.release();
        nudge();
      }
      finish(index, item, r);
    })();
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };

  report();
  for await (const item of items) {
    if (stop || opts.stopWhen?.()) { summary.stopped = true; break; }
    const index = summary.read++;
    if (opts.journal?.has(index, item)) {
      summary.fromJournal++; summary.done++;
      if (opts.onResult) { if (index === nextDeliver) { nextDeliver++; deliver(); } else skipped.add(index); }
      continue;
    }
    open++;
    const pre = opts.settle?.(item, index);
    if (pre !== undefined) { finish(index, item, pre); continue; }
    while (open > window) await new Promise<void>(r => { wake = r; });
    try { await slots.acquireNew(opts.signal); } catch {
      const r = opts.settle?.(item, index);
      if (r !== undefined) { finish(index, item, r); continue; }
      open--; summary.stopped = true; break;
    }
    // decided again now that the slot is ours: a failure (bail) or a cancel may have come meanwhile
    const late = opts.settle?.(item, index);
    if (late !== undefined) { slots.release(); finish(index, item, late); continue; }
    if (opts.stopWhen?.()) { slots.release(); open--; summary.stopped = true; break; }
    start(index, item);
  }
  while (inFlight.size) await Promise.all([...inFlight]);
  if (failure) throw failure.e;
  return summary;
}
