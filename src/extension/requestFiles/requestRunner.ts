import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { COMPARE_APIS } from '../../core/compare/schema';
import { toErrorInfo } from '../../core/errors';
import type { Profile } from '../../core/profiles';
import { credentialHomes, retarget } from '../../core/requests/endpoints';
import { createRunHttp } from '../../core/requests/http';
import { vscodeProxySettings } from '../proxySettings';
import type { ParsedRequest } from '../../core/requests/parse';
import { RunItem, runRequests } from '../../core/requests/runner';
import type { Target } from '../../core/target';
import { isPass } from '../../shared/status';
import { abortSignalFor } from '../run/cancellation';
import { SANDBOX_POLL } from '../run/callRunner';
import { formatError } from '../run/showError';
import type { Services } from '../services';
import { assertMayRun } from '../trust';
import { parseDocument } from './parseDocument';
import { type RequestRunResult, RunResults } from './runResults';

/** Who asked: a CodeLens "Run", *Run all* of a file, *Run folder*, or the Test Explorer. */
export type RunKind = 'request' | 'file' | 'folder' | 'testExplorer';

export interface RunTarget { uri: vscode.Uri; indexes?: number[] }

/** Follows one run as it goes (the Test Explorer reports through one of these). */
export interface RunObserver {
  /** the requests of a file that are about to run, and all of its requests (parsed from its current text) */
  enqueued?(uri: vscode.Uri, requests: readonly ParsedRequest[], all: readonly ParsedRequest[]): void;
  /** one request finished (passed, failed, errored or skipped) */
  result?(uri: vscode.Uri, request: ParsedRequest | undefined, result: RequestRunResult): void;
  /** a file could not run at all: JSON errors, a refused profile, missing credentials */
  fileFailed?(uri: vscode.Uri, message: string, requests: readonly ParsedRequest[]): void;
  end?(report: RunReport): void;
}

export interface RunRow extends RequestRunResult { file: string; uri: string; /** 0-based line of the request */ line: number }
export interface RunProblem { file: string; uri: string; message: string }
export interface RunTotals { total: number; passed: number; failed: number; errors: number; skipped: number }

/** One run, whole: the run summary panel shows it. */
export interface RunReport {
  id: string;
  kind: RunKind;
  profile: string;
  startedAt: string;
  durationMs: number;
  rows: RunRow[];
  problems: RunProblem[];
  cancelled: boolean;
  summary: RunTotals;
}

export interface RunStart { id: string; kind: RunKind; targets: readonly RunTarget[]; observe(o: RunObserver): void }

export interface RunOptions { kind: RunKind; token?: vscode.CancellationToken; profile?: Profile; observer?: RunObserver }

export function totals(rows: readonly RequestRunResult[]): RunTotals {
  const t: RunTotals = { total: rows.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const r of rows) {
    if (r.status === 'skipped') t.skipped++;
    else if (isPass(r.status)) t.passed++;
    else if (r.status === 'error') t.errors++;
    else t.failed++;
  }
  return t;
}

/**
 * THE runner of request files in the editor: CodeLens, *Run all*, *Run folder* and the Test
 * Explorer all come here, and every result lands in the one RunResults store and the history.
 * Same parser, variables, assertions, credential fence and core scheduler as `elig run`.
 * Generic over entries: whatever the core runner runs for a file's entries, this reports.
 */
export class RequestRunner implements vscode.Disposable {
  private readonly started = new vscode.EventEmitter<RunStart>();
  /** a run starts: listeners may observe it (the Test Explorer mirrors runs it did not start) */
  readonly onDidStartRun = this.started.event;
  private lastReport: RunReport | undefined;

  constructor(private readonly s: Services, readonly results: RunResults) {}

  get last(): RunReport | undefined { return this.lastReport; }

  async run(targets: readonly RunTarget[], opts: RunOptions): Promise<RunReport> {
    const profile = opts.profile ?? this.s.profiles.active();
    const t0 = Date.now();
    const report: RunReport = { id: randomUUID(), kind: opts.kind, profile: profile.name, startedAt: new Date(t0).toISOString(),
      durationMs: 0, rows: [], problems: [], cancelled: false, summary: totals([]) };
    const observers: RunObserver[] = opts.observer ? [opts.observer] : [];
    this.started.fire({ id: report.id, kind: opts.kind, targets, observe: o => observers.push(o) });
    const emit = <K extends keyof RunObserver>(k: K, ...args: Parameters<NonNullable<RunObserver[K]>>) => {
      for (const o of observers) {
        try { (o[k] as ((...a: unknown[]) => void) | undefined)?.(...args); } catch (e) { this.s.logger.error(`run observer: ${String(e)}`); }
      }
    };
    const { signal, dispose } = abortSignalFor(opts.token);
    try {
      for (const t of targets) {
        if (signal.aborted) { report.cancelled = true; break; }
        await this.runFile(t, profile, signal, report, emit);
      }
      report.cancelled ||= signal.aborted;
    } finally {
      dispose();
    }
    report.durationMs = Date.now() - t0;
    const order = new Map(targets.map((t, i) => [t.uri.toString(), i]));
    report.rows.sort((a, b) => (order.get(a.uri) ?? 0) - (order.get(b.uri) ?? 0) || a.index - b.index);
    report.summary = totals(report.rows);
    this.lastReport = report;
    emit('end', report);
    return report;
  }

  /** The target of a file's requests with this profile; throws (Restricted Mode, missing credentials) before anything is sent. */
  private async targetFor(profile: Profile, requests: readonly ParsedRequest[]): Promise<Target> {
    assertMayRun(profile, 'requestFile');
    // refused whole, before anything is sent, if the profile does not cover one of the requests' APIs
    const apis = requests.flatMap(r => !r.request ? [] : r.request.compare ? [...(r.request.compare.apis ?? COMPARE_APIS)] : [r.request.api]);
    return this.s.targets.forApis(apis, profile);
  }

  private async runFile(t: RunTarget, profile: Profile, signal: AbortSignal,
    report: RunReport, emit: <K extends keyof RunObserver>(k: K, ...args: Parameters<NonNullable<RunObserver[K]>>) => void): Promise<void> {
    const source = vscode.workspace.asRelativePath(t.uri);
    const fail = (message: string, requests: readonly ParsedRequest[]) => {
      report.problems.push({ file: source, uri: t.uri.toString(), message });
      emit('fileFailed', t.uri, message, requests);
    };
    let doc: vscode.TextDocument;
    try { doc = await vscode.workspace.openTextDocument(t.uri); } catch (e) {
      return fail(vscode.l10n.t('cannot open the file: {0}', e instanceof Error ? e.message : String(e)), []);
    }
    const { parsed, environment } = parseDocument(doc, true, this.s.logger);
    const selected = parsed.requests.filter(r => !t.indexes || t.indexes.includes(r.index));
    emit('enqueued', t.uri, selected, parsed.requests);
    const broken = selected.filter(r => !r.request);
    if (broken.length || (!t.indexes && !parsed.ok)) {
      const first = parsed.diagnostics.find(d => d.severity === 'error');
      return fail(first ? vscode.l10n.t('fix the errors first (line {0}: {1})', first.range.start.line + 1, first.message) : vscode.l10n.t('fix the errors first'), selected);
    }
    let base: Target;
    try { base = await this.targetFor(profile, selected); } catch (e) {
      return fail(formatError(undefined, toErrorInfo(e)), selected);
    }
    const byIndex = new Map(selected.map(r => [r.index, r]));
    const items: RunItem[] = selected.map(r => ({ file: source, index: r.index, request: r.request! }));
    let http: ReturnType<typeof createRunHttp>['http'] | undefined;
    try {
      const { target, warnings } = retarget(base, environment);
      for (const w of warnings) this.s.logger.warn(`${source}: ${w}`);
      http = createRunHttp({ homes: credentialHomes(base), logger: this.s.logger, proxy: vscodeProxySettings }).http;
      let recording = Promise.resolve();
      await runRequests(items, {
        ctx: { http, target, state: this.s.runner.state, poll: profile.kind === 'sandbox' ? SANDBOX_POLL : undefined, recordExchanges: true },
        signal, environment: environment?.name,
        onProgress: p => {
          const o = p.outcome;
          if (!o) return;
          // results are recorded in completion order, one at a time (the history is one list)
          recording = recording.then(async () => {
            let entryId: string | undefined;
            if (o.result && o.result.error?.kind !== 'cancelled') {
              entryId = (await this.s.runner.record(profile, `${o.name} (${o.operation})`, o.result, o.assertions, { show: false, source: `${source}#${o.name}` })).id;
            }
            const r = this.results.set(t.uri, o, entryId);
            report.rows.push({ ...r, file: source, uri: t.uri.toString(), line: byIndex.get(o.index)?.range.start.line ?? 0 });
            this.s.logger.info(`${source}#${o.name}: ${r.status}${r.skipped ? ` (${r.skipped})` : ''}${r.error && r.status === 'error' ? ` — ${r.error}` : ''}`);
            emit('result', t.uri, byIndex.get(o.index), r);
          }).catch(e => this.s.logger.error(`${source}#${o.name}: ${String(e)}`));
        },
      });
      await recording;
    } catch (e) {
      fail(formatError(undefined, toErrorInfo(e)), selected);
    } finally {
      http?.dispose();
    }
  }

  dispose(): void { this.started.dispose(); }
}
