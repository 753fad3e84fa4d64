import { EligError } from '../../errors';
import { sleep } from '../../http/retry';
import { DEFAULT_POLL, type PollOptions, type RunContext } from '../operation';

/**
 * OVH async tasks (`xdsl.AsyncTask`): a task is polled by POSTing the same body again while its
 * status is `pending` (or `doing`, as the French guide writes). The schema's words are
 * `pending | ok | error`; the guides also write `doing`, `done`, `success` and `erreur`. Those
 * are the only words we read: `error`/`erreur` (or an error message without a result) is a
 * failure, `ok`/`done`/`success` a success, and ANY other status (`cancelled`, a number, none at
 * all, a body that is not a task) is an error quoting what came, never a success. Only a bare
 * array (a result list without its envelope) is `unknown`: shown raw with a schema-drift note.
 */
export type TaskState =
  | { state: 'pending'; status: string }
  | { state: 'ok'; status: string; result: unknown }
  | { state: 'error'; status: string; message: string }
  /** a bare array, not an AsyncTask: the caller reports schema drift and shows the body raw */
  | { state: 'unknown' };

const PENDING = new Set(['pending', 'doing']);
const SUCCESS = new Set(['ok', 'done', 'success']);
const FAILURE = new Set(['error', 'erreur']);

const quote = (v: unknown) => { const s = JSON.stringify(v) ?? String(v); return s.length > 80 ? `${s.slice(0, 80)}…` : s; };

export function classifyTask(body: unknown): TaskState {
  // a bare array is a result list sent without its task envelope: shown raw, with a drift note
  if (Array.isArray(body)) return { state: 'unknown' };
  if (!body || typeof body !== 'object') {
    return { state: 'error', status: '', message: `the answer is not an OVH task (${body === undefined ? 'no JSON body' : `got ${quote(body)}`}; expected a status pending, ok or error)` };
  }
  const b = body as { status?: unknown; result?: unknown; error?: unknown; erreur?: unknown };
  if (b.status === undefined || b.status === null) {
    return { state: 'error', status: '', message: 'the OVH task answer has no "status" (expected pending, ok or error)' };
  }
  if (typeof b.status !== 'string') {
    return { state: 'error', status: String(b.status), message: `unexpected OVH task status ${quote(b.status)} (expected pending, ok or error)` };
  }
  const status = b.status.trim().toLowerCase();
  if (PENDING.has(status)) return { state: 'pending', status };
  const errText = [b.error, b.erreur].find(e => typeof e === 'string' && e.trim() !== '') as string | undefined;
  const hasResult = b.result !== undefined && b.result !== null;
  if (FAILURE.has(status) || (SUCCESS.has(status) && !hasResult && errText)) {
    return { state: 'error', status, message: errText ?? 'The OVH task failed without an error message' };
  }
  if (!SUCCESS.has(status)) {
    return { state: 'error', status, message: `unexpected OVH task status ${quote(b.status)} (expected pending, ok or error)${errText ? `: ${errText}` : ''}` };
  }
  return { state: 'ok', status, result: hasResult ? b.result : null };
}

export function pollOptions(ctx: RunContext): PollOptions {
  return { ...DEFAULT_POLL, ...ctx.poll };
}

/** Wait before the n-th re-post (n ≥ 1): initial × 1.5^(n−1), ±25 % jitter, capped. */
export function pollDelay(n: number, p: PollOptions, random: () => number = Math.random): number {
  const base = Math.min(p.maxDelayMs, p.initialDelayMs * 1.5 ** Math.max(0, n - 1));
  return Math.max(0, Math.min(p.maxDelayMs, Math.round(base * (0.75 + random() * 0.5))));
}

export interface TaskOutcome {
  /** the final task body */
  body: unknown;
  state: Exclude<TaskState, { state: 'pending' }>;
  /** how many times the task was re-posted because it was still pending */
  polls: number;
}

/**
 * Runs `post` until the task is final. `post` receives a signal that aborts on the caller's
 * cancellation and on the deadline, so a slow answer cannot outlive either.
 */
export async function runTask(
  ctx: RunContext, label: string, post: (signal: AbortSignal, poll: number) => Promise<unknown>,
  /** kept up to date with the poll count, also when the task fails or is cancelled */
  counter: { polls: number } = { polls: 0 },
): Promise<TaskOutcome> {
  const p = pollOptions(ctx);
  const ctl = new AbortController();
  let deadlineHit = false;
  let polls = 0;
  const timer = setTimeout(() => { deadlineHit = true; ctl.abort(); }, p.deadlineMs);
  const onAbort = () => ctl.abort();
  if (ctx.signal?.aborted) ctl.abort(); else ctx.signal?.addEventListener('abort', onAbort, { once: true });
  const fail = (e: unknown): never => {
    if (deadlineHit) {
      throw new EligError({ kind: 'timeout', nextStep: 'retry',
        message: `${label}: the OVH task was still pending after ${Math.round(p.deadlineMs / 1000)} s (${polls} polls)` });
    }
    if (ctx.signal?.aborted) throw new EligError({ kind: 'cancelled', message: 'Cancelled' });
    throw e;
  };
  try {
    for (;;) {
      if (ctl.signal.aborted) fail(new EligError({ kind: 'cancelled', message: 'Cancelled' }));
      let body: unknown;
      try { body = await post(ctl.signal, polls); } catch (e) { fail(e); }
      const state = classifyTask(body);
      if (state.state !== 'pending') return { body, state, polls };
      counter.polls = ++polls;
      const wait = pollDelay(polls, p);
      ctx.onProgress?.({ message: `${label}: task ${state.status}, asking again in ${(wait / 1000).toFixed(1)} s (poll ${polls})`, polls });
      try { await sleep(wait, ctl.signal); } catch (e) { fail(e); }
    }
  } finally {
    clearTimeout(timer);
    ctx.signal?.removeEventListener('abort', onAbort);
  }
}
