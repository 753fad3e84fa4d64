import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { redactor } from '../../core/log';
import type { AssertionResult, ExecResult } from '../../core/result';

/** One shown result, as the panel and the history keep it (no secrets: exchanges are redacted). */
export interface ResultEntry {
  id: string;
  profileId: string;
  profileName: string;
  title: string;
  result: ExecResult;
  assertions?: AssertionResult[];
  /** where it came from, e.g. `examples/ovh.elig.json#Orsay cities` */
  source?: string;
}

const KEY = 'eligibility.history';
const MAX_ENTRY_CHARS = 256 * 1024;

/**
 * The last N results in globalState, so a restored panel can show what it showed before a reload.
 * Entries pass through the redactor once more before they are stored; big raw payloads are dropped.
 */
export class ResultHistory {
  constructor(private readonly state: vscode.Memento) {}

  private get limit(): number {
    return Math.max(0, vscode.workspace.getConfiguration('eligibility').get<number>('history.size') ?? 50);
  }

  list(): ResultEntry[] { return this.state.get<ResultEntry[]>(KEY, []); }

  get(id: string): ResultEntry | undefined { return this.list().find(e => e.id === id); }

  async add(entry: Omit<ResultEntry, 'id'> & { id?: string }): Promise<ResultEntry> {
    const full: ResultEntry = { ...entry, id: entry.id ?? randomUUID() };
    const stored = sanitize(full);
    const rest = this.list().filter(e => e.id !== stored.id);
    await this.state.update(KEY, [stored, ...rest].slice(0, this.limit));
    return full;
  }

  async clear(): Promise<void> { await this.state.update(KEY, []); }
}

function sanitize(entry: ResultEntry): ResultEntry {
  let text = redactor.redact(JSON.stringify(entry));
  if (text.length > MAX_ENTRY_CHARS) {
    const slim = { ...entry, result: { ...entry.result, raw: { truncated: `raw payload of ${text.length} characters not kept in history` } } };
    text = redactor.redact(JSON.stringify(slim));
  }
  return JSON.parse(text) as ResultEntry;
}
