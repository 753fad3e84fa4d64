import * as vscode from 'vscode';
import { createSharedState, PollOptions, Progress, SharedState } from '../../core/apis/operation';
import { EligError, toErrorInfo } from '../../core/errors';
import { execute } from '../../core/execute';
import type { HttpClient } from '../../core/http/client';
import type { Logger } from '../../core/log';
import type { Profile } from '../../core/profiles';
import type { ApiCall, AssertionResult, ExecResult } from '../../core/result';
import type { ProfileStore } from '../profiles/profileStore';
import type { TargetResolver } from '../profiles/targets';
import { assertMayRun, RunOrigin } from '../trust';
import { titleFor } from '../panel/view';
import { abortSignalFor } from './cancellation';
import type { ResultEntry, ResultHistory } from './history';
import type { ResultsSink } from './resultsSink';
import { showCallError } from './showError';

/** Faster polling against the in-process sandbox; the real services get the core's defaults. */
export const SANDBOX_POLL: Partial<PollOptions> = { initialDelayMs: 150, maxDelayMs: 1000, deadlineMs: 60000 };

export interface FetchOptions {
  profile?: Profile;
  origin?: RunOrigin;
  token?: vscode.CancellationToken;
  onProgress?: (p: Progress) => void;
}

export interface ShowOptions {
  title?: string;
  origin?: RunOrigin;
  profile?: Profile;
  /** assertions to show next to the result (request files) */
  assert?: (r: ExecResult) => AssertionResult[];
  /** errors are shown in the panel only, no notification (bulk runs) */
  quiet?: boolean;
}

/**
 * Every call of the extension goes through here: profile → target, CancellationToken →
 * AbortSignal, `execute` from the core, history, the results panel, errors with a next step.
 */
export class CallRunner implements vscode.Disposable {
  readonly state: SharedState = createSharedState();
  private last: ResultEntry | undefined;
  private readonly shown = new vscode.EventEmitter<ResultEntry>();
  readonly onDidShow = this.shown.event;

  constructor(
    private readonly http: HttpClient,
    private readonly profiles: ProfileStore,
    private readonly targets: TargetResolver,
    private readonly history: ResultHistory,
    private readonly results: () => ResultsSink | undefined,
    private readonly logger?: Logger,
  ) {}

  get lastResult(): ResultEntry | undefined { return this.last; }

  /** Runs a call without any UI (tree, quick picks, validation). Never throws. */
  async fetch(call: ApiCall, opts: FetchOptions = {}): Promise<ExecResult> {
    const profile = opts.profile ?? this.profiles.active();
    const { signal, dispose } = abortSignalFor(opts.token);
    try {
      assertMayRun(profile, opts.origin ?? 'command');
      const target = await this.targets.forApi(call.api, profile);
      this.logger?.info(`${call.api} ${call.operation} (${profile.name}) ${JSON.stringify(call.params)}`);
      const r = await execute({
        http: this.http, target, signal, state: this.state, onProgress: opts.onProgress, recordExchanges: true,
        poll: profile.kind === 'sandbox' ? SANDBOX_POLL : undefined,
      }, call);
      const e = r.error;
      this.logger?.[r.ok ? 'info' : 'warn'](`${call.api} ${call.operation}: ${r.ok ? 'ok' : `${e?.kind}${e?.status ? ` ${e.status}` : ''}${e?.code ? ` code ${e.code}` : ''}: ${e?.message}`} in ${r.durationMs} ms${r.polls ? `, ${r.polls} polls` : ''}${r.exchange?.queryId ? `, X-OVH-QUERYID ${r.exchange.queryId}` : ''}`);
      return r;
    } catch (e) {
      return { call, ok: false, startedAt: new Date().toISOString(), durationMs: 0, schemaDrift: [], polls: 0, attempts: 0,
        error: toErrorInfo(e) };
    } finally {
      dispose();
    }
  }

  /** Shows an entry (from the history) in the panel again. */
  reveal(entry: ResultEntry): void { this.last = entry; this.results()?.show(entry); }

  /** Runs a call under a cancellable progress notification and shows the result in the panel. */
  async show(call: ApiCall, opts: ShowOptions = {}): Promise<ResultEntry> {
    const profile = opts.profile ?? this.profiles.active();
    const title = opts.title ?? titleFor(call);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `${title} (${profile.name})`, cancellable: true },
      (progress, token) => this.fetch(call, {
        profile, origin: opts.origin, token,
        onProgress: p => progress.report({ message: p.polls ? vscode.l10n.t('{0} (poll {1})', p.message, p.polls) : p.message }),
      }));
    const entry = await this.record(profile, title, result, opts.assert?.(result));
    if (!result.ok && result.error && !opts.quiet) {
      void showCallError(call, result.error, () => this.show(call, opts));
    }
    return entry;
  }

  /** Keeps a result in the history and shows it (also used for results computed elsewhere, e.g. the request runner). */
  async record(profile: Profile, title: string, result: ExecResult, assertions?: AssertionResult[],
    opts: { show?: boolean; source?: string } = {}): Promise<ResultEntry> {
    const entry = await this.history.add({ profileId: profile.id, profileName: profile.name, title, result, assertions, source: opts.source });
    this.last = entry;
    if (opts.show !== false && result.error?.kind !== 'cancelled') this.results()?.show(entry);
    this.shown.fire(entry);
    return entry;
  }

  dispose(): void { this.shown.dispose(); }
}

/** The error of a failed result as an exception (for flows that cannot go on without data). */
export function failure(r: ExecResult): EligError {
  return new EligError(r.error ?? { kind: 'protocol', message: vscode.l10n.t('no result') });
}
