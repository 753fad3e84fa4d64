import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { Logger } from '../../core/log';
import { HistoryFile, type ResultEntry } from './historyFile';

export type { ResultEntry } from './historyFile';

const LEGACY_KEY = 'eligibility.history';
const WRITE_DELAY_MS = 300;

/**
 * The last `eligibility.history.size` results, kept across restarts in a file of the global
 * storage (history.json; never secrets: see historyFile.ts). Read on first use, not at activation;
 * written shortly after a change and on deactivation. Older versions kept it in globalState:
 * moved once.
 */
export class ResultHistory implements vscode.Disposable {
  private readonly store: HistoryFile;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private migrated = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento, storage: vscode.Uri, logger?: Logger) {
    this.store = new HistoryFile(vscode.Uri.joinPath(storage, 'history.json').fsPath, () => this.limit, m => logger?.warn(m));
  }

  /** where it is kept */
  get file(): string { return this.store.file; }

  private get limit(): number {
    return Math.max(0, vscode.workspace.getConfiguration('eligibility').get<number>('history.size') ?? 50);
  }

  private migrate(): void {
    if (this.migrated) return;
    this.migrated = true;
    const legacy = this.state.get<ResultEntry[]>(LEGACY_KEY);
    if (!legacy?.length) return;
    if (!this.store.list().length) for (const e of [...legacy].reverse()) this.store.add(e);
    void this.state.update(LEGACY_KEY, undefined);
    this.schedule();
  }

  list(): ResultEntry[] { this.migrate(); return this.store.list(); }

  get(id: string): ResultEntry | undefined { this.migrate(); return this.store.get(id); }

  async add(entry: Omit<ResultEntry, 'id'> & { id?: string }): Promise<ResultEntry> {
    this.migrate();
    const full: ResultEntry = { ...entry, id: entry.id ?? randomUUID() };
    this.store.add(full);
    this.schedule();
    return full;
  }

  async remove(id: string): Promise<void> { this.store.remove(id); this.schedule(); }

  async clear(): Promise<void> { this.migrate(); this.store.clear(); this.flush(); }

  /** Writes now (tests; deactivation). */
  flush(): void {
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
    this.store.flush();
  }

  private schedule(): void {
    this.changed.fire();
    if (this.timer) return;
    this.timer = setTimeout(() => { this.timer = undefined; this.store.flush(); }, WRITE_DELAY_MS);
  }

  dispose(): void { this.flush(); this.changed.dispose(); }
}
