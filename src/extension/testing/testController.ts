import * as vscode from 'vscode';
import type { Profile } from '../../core/profiles';
import type { ParsedRequest } from '../../core/requests/parse';
import type { ProfileStore } from '../profiles/profileStore';
import type { RequestRunner, RunObserver, RunTarget } from '../requestFiles/requestRunner';
import type { RequestRunResult } from '../requestFiles/runResults';
import { toRange } from '../requestFiles/parseDocument';
import { requestId, TestTree } from './testTree';

/** What a test run reported, by item id (the host tests read it: VS Code has no API to read results back). */
export interface ReportedState { state: 'enqueued' | 'started' | 'passed' | 'failed' | 'errored' | 'skipped'; messages: string[]; durationMs?: number }
export interface TestRunLog { name: string; states: Map<string, ReportedState>; ended: boolean }

const RUN_LOG_SIZE = 20;

/**
 * The Test Explorer for `*.elig.json`: a TestController whose runs go through the one
 * RequestRunner (so a run from the Test Explorer shows in the CodeLens and the history, and
 * a CodeLens / *Run all* run shows here too). Run profiles: *Run* (active profile) and
 * *Run with profile…*.
 */
export class RequestTestController implements vscode.Disposable {
  readonly ctrl = vscode.tests.createTestController('eligibility.requests', vscode.l10n.t('Eligibility request files'));
  readonly tree = new TestTree(this.ctrl);
  /** the last runs' reported states, newest last */
  readonly runs: TestRunLog[] = [];
  private readonly disposables: vscode.Disposable[] = [this.ctrl, this.tree];

  constructor(private readonly runner: RequestRunner, private readonly profiles: ProfileStore) {
    this.ctrl.createRunProfile(vscode.l10n.t('Run'), vscode.TestRunProfileKind.Run, (req, token) => this.runFromExplorer(req, token), true);
    this.ctrl.createRunProfile(vscode.l10n.t('Run with profile…'), vscode.TestRunProfileKind.Run, async (req, token) => {
      const profile = await this.pickProfile();
      if (profile) await this.runFromExplorer(req, token, profile);
    }, false);
    // runs started elsewhere (CodeLens, Run all, Run folder) are mirrored in a TestRun of their own
    this.disposables.push(runner.onDidStartRun(start => {
      if (start.kind === 'testExplorer') return;
      const name = start.kind === 'request' ? vscode.l10n.t('Eligibility: Run') : vscode.l10n.t('Eligibility: Run all');
      let run: vscode.TestRun | undefined;
      const lazyRun = () => run ??= this.ctrl.createTestRun(new vscode.TestRunRequest(), name, true);
      start.observe(this.observer(lazyRun, name, () => run?.end()));
    }));
  }

  private async pickProfile(): Promise<Profile | undefined> {
    const active = this.profiles.active();
    const pick = await vscode.window.showQuickPick(this.profiles.list().map(p => ({
      label: p.name, description: p.id === active.id ? vscode.l10n.t('{0} · active', p.kind) : p.kind, profile: p,
    })), { title: vscode.l10n.t('Run request files with profile'), placeHolder: vscode.l10n.t('Which profile?') });
    return pick?.profile;
  }

  /** Run handler: included items (all files when none) minus excluded ones → one RequestRunner run. */
  async runFromExplorer(req: vscode.TestRunRequest, token: vscode.CancellationToken, profile?: Profile): Promise<void> {
    const run = this.ctrl.createTestRun(req);
    const excluded = new Set((req.exclude ?? []).map(i => i.id));
    if (!req.include) await this.tree.discover();
    const roots = req.include ?? [...this.collect(this.ctrl.items)];
    const byFile = new Map<string, { uri: vscode.Uri; indexes?: Set<number> }>();
    for (const item of roots) {
      if (excluded.has(item.id)) continue;
      const d = this.tree.data.get(item);
      if (!d) continue;
      const key = d.uri.toString();
      const entry = byFile.get(key) ?? { uri: d.uri, indexes: new Set<number>() };
      if (d.kind === 'file') entry.indexes = undefined;
      else entry.indexes?.add(d.index);
      byFile.set(key, entry);
    }
    const targets: RunTarget[] = [];
    for (const { uri, indexes } of byFile.values()) {
      const file = await this.tree.resolveFile(uri);
      let chosen = indexes ? [...indexes] : undefined;
      if (excluded.size) {
        const all = chosen ?? [...this.collect(file.children)].map(i => this.tree.data.get(i)).flatMap(d => d?.kind === 'request' ? [d.index] : []);
        chosen = all.filter(i => !excluded.has(requestId(uri, i)));
        if (!chosen.length) continue;
      }
      targets.push({ uri, indexes: chosen });
    }
    const name = req.profile?.label ?? vscode.l10n.t('Run');
    await this.runner.run(targets, { kind: 'testExplorer', token, profile, observer: this.observer(() => run, name, () => undefined) });
    run.end();
  }

  private *collect(items: vscode.TestItemCollection): Iterable<vscode.TestItem> { for (const [, i] of items) yield i; }

  /** Reports a RequestRunner run into a TestRun (created on first use for mirrored runs). */
  private observer(run: () => vscode.TestRun, name: string, onEnd: () => void): RunObserver {
    const log: TestRunLog = { name, states: new Map(), ended: false };
    this.runs.push(log);
    if (this.runs.length > RUN_LOG_SIZE) this.runs.shift();
    const note = (item: vscode.TestItem, state: ReportedState['state'], messages: string[] = [], durationMs?: number) =>
      log.states.set(item.id, { state, messages, durationMs });
    const itemFor = (uri: vscode.Uri, index: number) => this.tree.fileItem(uri).children.get(requestId(uri, index));
    return {
      enqueued: (uri, requests, all) => {
        this.tree.setRequests(uri, all);
        for (const r of requests) {
          const item = itemFor(uri, r.index);
          if (item) { run().started(item); note(item, 'started'); }
        }
      },
      result: (uri, request, r) => {
        const item = itemFor(uri, r.index);
        if (!item) return;
        const messages = this.messages(uri, request, r);
        const texts = messages.map(m => (typeof m.message === 'string' ? m.message : m.message.value));
        switch (r.status) {
          case 'passed': case 'expected-failure': run().passed(item, r.durationMs); note(item, 'passed', [], r.durationMs); break;
          case 'skipped': run().skipped(item); note(item, 'skipped', [r.skipped ?? '']); break;
          case 'failed': run().failed(item, messages, r.durationMs); note(item, 'failed', texts, r.durationMs); break;
          case 'error': run().errored(item, messages, r.durationMs); note(item, 'errored', texts, r.durationMs); break;
        }
        if (r.status !== 'passed' && r.status !== 'skipped') {
          const what = r.status === 'expected-failure' ? vscode.l10n.t('failed as expected') : r.status;
          run().appendOutput(`${item.label}: ${what}${r.error ? ` — ${r.error}` : ''}\r\n`, messages[0]?.location, item);
        }
      },
      fileFailed: (uri, message, requests) => {
        const file = this.tree.fileItem(uri);
        const items = requests.length ? requests.map(r => itemFor(uri, r.index)).filter((i): i is vscode.TestItem => !!i) : [file];
        for (const item of items) {
          const m = new vscode.TestMessage(message);
          m.location = new vscode.Location(uri, item.range ?? new vscode.Range(0, 0, 0, 0));
          run().errored(item, m);
          note(item, 'errored', [message]);
        }
      },
      end: () => { log.ended = true; onEnd(); },
    };
  }

  /** Failed assertions as TestMessages (expected/actual → a diff in VS Code), at the request's range. */
  private messages(uri: vscode.Uri, request: ParsedRequest | undefined, r: RequestRunResult): vscode.TestMessage[] {
    const at = new vscode.Location(uri, request ? toRange(request.range) : new vscode.Range(0, 0, 0, 0));
    const out: vscode.TestMessage[] = [];
    if (r.status === 'error' && r.error) out.push(new vscode.TestMessage(r.error));
    for (const a of r.assertions) {
      if (a.passed) continue;
      const m = a.expected !== undefined && a.actual !== undefined
        ? vscode.TestMessage.diff(a.description, a.expected, a.actual)
        : new vscode.TestMessage(a.actual !== undefined ? vscode.l10n.t('{0} (got {1})', a.description, a.actual) : a.description);
      out.push(m);
    }
    if (!out.length) out.push(new vscode.TestMessage(r.error ?? r.status));
    for (const m of out) m.location = at;
    return out;
  }

  dispose(): void { for (const d of this.disposables.splice(0)) d.dispose(); }
}
