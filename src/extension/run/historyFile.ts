/**
 * The result history on disk: one JSON file in the extension's global storage, written
 * atomically (temporary file + rename, never in place), merged with what another window wrote
 * meanwhile, bounded in entries and in size per entry. Every entry is sanitized on the way in:
 * headers masked, registered secrets removed (results are already redacted by the core; this
 * makes sure). Pure Node (no `vscode`): unit-tested.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { redactor } from '../../core/log';
import type { AssertionResult, ExecResult } from '../../core/result';
import { sanitizeResult } from '../panel/view';

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

export const MAX_ENTRY_CHARS = 256 * 1024;
const FORMAT = 1;

/** A copy that can be stored: headers masked, secrets removed, big raw payloads dropped. */
export function sanitizeEntry(entry: ResultEntry): ResultEntry {
  const result = sanitizeResult(entry.result);
  const r = (s: string | undefined) => (s === undefined ? undefined : redactor.redact(s));
  let clean: ResultEntry = {
    ...entry, profileName: r(entry.profileName)!, title: r(entry.title)!, source: r(entry.source), result,
    assertions: entry.assertions?.map(a => ({ ...a, description: r(a.description)!, expected: r(a.expected), actual: r(a.actual) })),
  };
  if (JSON.stringify(clean).length > MAX_ENTRY_CHARS) {
    clean = { ...clean, result: { ...clean.result, raw: { truncated: `raw payload of ${JSON.stringify(result.raw ?? null).length} characters not kept in history` } } };
  }
  return clean;
}

function isEntry(x: unknown): x is ResultEntry {
  const e = x as Partial<ResultEntry> | null;
  return !!e && typeof e === 'object' && typeof e.id === 'string' && typeof e.title === 'string' && !!e.result
    && typeof e.result === 'object' && typeof e.result.startedAt === 'string' && !!e.result.call;
}

export class HistoryFile {
  private entries: ResultEntry[] | undefined;
  private dirty = false;
  private readonly removed = new Set<string>();
  private cleared = false;

  constructor(readonly file: string, private readonly limit: () => number, private readonly onProblem: (msg: string) => void = () => undefined) {}

  private read(): ResultEntry[] {
    let text: string;
    try { text = fs.readFileSync(this.file, 'utf8'); } catch { return []; }
    try {
      const doc = JSON.parse(text) as { format?: number; entries?: unknown[] };
      return Array.isArray(doc.entries) ? doc.entries.filter(isEntry) : [];
    } catch {
      this.onProblem(`history file ${this.file} is not valid JSON: starting a new history (the old file is kept as .bad)`);
      try { fs.renameSync(this.file, `${this.file}.bad`); } catch { /* keep going */ }
      return [];
    }
  }

  /** Newest first. */
  list(): ResultEntry[] {
    this.entries ??= this.read().slice(0, this.limit());
    return this.entries;
  }

  get(id: string): ResultEntry | undefined { return this.list().find(e => e.id === id); }

  add(entry: ResultEntry): ResultEntry {
    const stored = sanitizeEntry(entry);
    this.entries = [stored, ...this.list().filter(e => e.id !== stored.id)].slice(0, this.limit());
    this.dirty = true;
    return stored;
  }

  remove(id: string): void { this.entries = this.list().filter(e => e.id !== id); this.removed.add(id); this.dirty = true; }

  clear(): void { this.entries = []; this.cleared = true; this.removed.clear(); this.dirty = true; }

  /** Writes (atomically) when something changed, merged with entries another window added since. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const mine = this.list();
    const theirs = this.cleared ? [] : this.read().filter(e => !this.removed.has(e.id) && !mine.some(m => m.id === e.id));
    this.cleared = false;
    const merged = [...mine, ...theirs].sort((a, b) => b.result.startedAt.localeCompare(a.result.startedAt)).slice(0, this.limit());
    this.entries = merged;
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, entries: merged }), { mode: 0o600 });
      fs.renameSync(tmp, this.file);
    } catch (e) {
      try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
      this.onProblem(`could not save the result history: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
