/**
 * OVH async tasks. A new request (operation + canonical JSON body) creates a task answered
 * `{status:'pending', result:null, error:null}` for `pendingPolls` polls; re-posting the same
 * body is the poll. Once the final task has been delivered it is forgotten, so the next
 * identical request starts a new task. Test results are kept by eligibilityReference.
 */
import { randomBytes } from 'node:crypto';
import type { OvhAnswer } from './dataset/types';

export type FinalAnswer = Extract<OvhAnswer, { kind: 'result' | 'taskError' }>;
export interface TaskJson { status: 'pending' | 'ok' | 'error'; result: unknown; error: string | null }

/** JSON with object keys sorted at every level (so key order does not make a new task). */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter(k => o[k] !== undefined).map(k => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export const PENDING: TaskJson = { status: 'pending', result: null, error: null };

export class TaskStore {
  private tasks = new Map<string, { answer: FinalAnswer; polls: number }>();
  private tests = new Map<string, unknown>();

  /**
   * One POST of `operation` with `body`. `compute` is called only for a new task; an `http`
   * answer is returned as is and creates no task.
   */
  post(operation: string, body: unknown, pendingPolls: number, stuck: boolean, compute: () => OvhAnswer): TaskJson | Extract<OvhAnswer, { kind: 'http' }> {
    const key = `${operation} ${canonicalJson(body)}`;
    let task = this.tasks.get(key);
    if (!task) {
      const answer = compute();
      if (answer.kind === 'http') return answer;
      task = { answer: this.withReference(operation, answer), polls: 0 };
      this.tasks.set(key, task);
    }
    task.polls++;
    if (stuck || task.polls <= pendingPolls) return { ...PENDING };
    this.tasks.delete(key);
    const a = task.answer;
    return a.kind === 'result' ? { status: 'ok', result: a.result, error: null } : { status: 'error', result: null, error: a.error };
  }

  /** test/* results get an eligibilityReference (the dataset's when it gives one) and are stored. */
  private withReference(operation: string, answer: FinalAnswer): FinalAnswer {
    if (answer.kind !== 'result' || !operation.startsWith('test/')) return answer;
    const r = answer.result;
    if (!r || typeof r !== 'object' || Array.isArray(r)) return answer;
    const given = (r as { eligibilityReference?: unknown }).eligibilityReference;
    const reference = typeof given === 'string' && given ? given : randomBytes(16).toString('hex');
    const result = { ...(r as Record<string, unknown>), eligibilityReference: reference };
    this.tests.set(reference, result);
    return { kind: 'result', result };
  }

  testByReference(reference: string): unknown { return this.tests.get(reference); }
  sizes(): { tasks: number; storedTests: number } { return { tasks: this.tasks.size, storedTests: this.tests.size }; }
  clear(): void { this.tasks.clear(); this.tests.clear(); }
}
