import type { HttpClient, HttpRequest } from '../http/client';
import type { Slots } from './slots';

/** One item's hold on the concurrency slots: the slot reserved when it started, used by its first send. */
export interface Lease { slots: Slots; reserved: boolean }

/**
 * The HTTP client one item sees: a default per-attempt timeout and, unless the item holds a
 * slot for its whole life, one concurrency slot per send (the first send uses the slot reserved
 * when the item started; later ones queue ahead of new items). Waiting between two OVH polls
 * therefore holds no slot, and neither does waiting for a rate token: a rate-limited send gives
 * its slot back, waits for its family's token through the pacer's `admit`, and only then takes
 * a slot (one pool of slots, several families: a slot held by a request waiting on the OVH
 * bucket would be one the Orange bucket cannot use).
 */
export function leasedHttp(http: HttpClient, opts: { timeoutMs?: number; lease?: Lease; signal?: AbortSignal }): HttpClient {
  const { timeoutMs, lease, signal } = opts;
  if (!timeoutMs && !lease) return http;
  const view = Object.create(http) as HttpClient;
  view.send = async (req: HttpRequest) => {
    const r = { ...req, timeoutMs: req.timeoutMs ?? timeoutMs };
    if (!lease) return http.send(r);
    const pacer = http.pacing;
    const first = lease.reserved;
    lease.reserved = false;
    if (pacer?.admit && pacer.paces?.(r)) {
      if (first) lease.slots.release();
      await pacer.admit(r, { acquire: () => lease.slots.acquire(signal), release: () => lease.slots.release() }, !first, r.signal ?? signal);
    } else if (!first) await lease.slots.acquire(signal);
    try { return await http.send(r); } finally { lease.slots.release(); }
  };
  return view;
}
