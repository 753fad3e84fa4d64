import type { HttpClient, HttpRequest } from '../http/client';
import type { Slots } from './slots';

/** One item's hold on the concurrency slots: the slot reserved when it started, used by its first send. */
export interface Lease { slots: Slots; reserved: boolean }

/**
 * The HTTP client one item sees: a default per-attempt timeout and, unless the item holds a
 * slot for its whole life, one concurrency slot per send (the first send uses the slot reserved
 * when the item started; later ones queue ahead of new items). Waiting between two OVH polls
 * therefore holds no slot.
 */
export function leasedHttp(http: HttpClient, opts: { timeoutMs?: number; lease?: Lease; signal?: AbortSignal }): HttpClient {
  const { timeoutMs, lease, signal } = opts;
  if (!timeoutMs && !lease) return http;
  const view = Object.create(http) as HttpClient;
  view.send = async (req: HttpRequest) => {
    const r = { ...req, timeoutMs: req.timeoutMs ?? timeoutMs };
    if (!lease) return http.send(r);
    if (lease.reserved) lease.reserved = false; else await lease.slots.acquire(signal);
    try { return await http.send(r); } finally { lease.slots.release(); }
  };
  return view;
}
