import * as vscode from 'vscode';
import { toErrorInfo } from '../../core/errors';
import { credentialHomes, retarget } from '../../core/requests/endpoints';
import { createRunHttp } from '../../core/requests/http';
import { vscodeProxySettings } from '../proxySettings';
import { RequestOutcome, RunItem, runRequests, summarize } from '../../core/requests/runner';
import { abortSignalFor } from '../run/cancellation';
import { SANDBOX_POLL } from '../run/callRunner';
import type { ResultEntry } from '../run/history';
import { showCallError } from '../run/showError';
import type { Services } from '../services';
import { assertMayRun } from '../trust';
import { parseDocument } from './parseDocument';
import type { RunResults } from './runResults';

export interface DocumentRun { outcomes: RequestOutcome[]; entries: ResultEntry[]; summary: ReturnType<typeof summarize> }

/**
 * Runs requests of one `.elig.json` document (its current text, saved or not) with the active
 * profile, through the core runner: same parser, variables, assertions and credential fence as
 * `elig run`. Results go to the history, the CodeLens results and (unless `quiet`) the panel.
 */
export async function runDocument(s: Services, results: RunResults, doc: vscode.TextDocument,
  opts: { indexes?: number[]; token?: vscode.CancellationToken; quiet?: boolean } = {}): Promise<DocumentRun | undefined> {
  const profile = s.profiles.active();
  const source = vscode.workspace.asRelativePath(doc.uri);
  try {
    assertMayRun(profile, 'requestFile');
  } catch (e) {
    void showCallError(undefined, toErrorInfo(e));
    return undefined;
  }
  const { parsed, environment } = parseDocument(doc, true, s.logger);
  const selected = parsed.requests.filter(r => !opts.indexes || opts.indexes.includes(r.index));
  const broken = selected.filter(r => !r.request);
  if (broken.length || (!opts.indexes && !parsed.ok)) {
    const first = parsed.diagnostics.find(d => d.severity === 'error');
    const msg = first ? vscode.l10n.t('{0}: fix the errors first (line {1}: {2}).', source, first.range.start.line + 1, first.message)
      : vscode.l10n.t('{0}: fix the errors first.', source);
    void vscode.window.showErrorMessage(msg, vscode.l10n.t('Show problems'))
      .then(b => b && vscode.commands.executeCommand('workbench.actions.view.problems'));
    return undefined;
  }
  const items: RunItem[] = selected.map(r => ({ file: source, index: r.index, request: r.request! }));
  const { signal, dispose } = abortSignalFor(opts.token);
  let http: ReturnType<typeof createRunHttp>['http'] | undefined;
  try {
    // refused whole, before anything is sent, if the profile does not cover one of the files' APIs
    const base = await s.targets.forApis(items.map(i => i.request.api), profile);
    const { target, warnings } = retarget(base, environment);
    for (const w of warnings) s.logger.warn(`${source}: ${w}`);
    http = createRunHttp({ homes: credentialHomes(base), logger: s.logger, proxy: vscodeProxySettings }).http;
    const outcomes = await runRequests(items, {
      ctx: { http, target, state: s.runner.state, poll: profile.kind === 'sandbox' ? SANDBOX_POLL : undefined, recordExchanges: true },
      signal, environment: environment?.name,
    });
    const entries: ResultEntry[] = [];
    for (const o of outcomes) {
      let entryId: string | undefined;
      if (o.result) {
        const entry = await s.runner.record(profile, `${o.name} (${o.operation})`, o.result, o.assertions, { show: false, source: `${source}#${o.name}` });
        entries.push(entry);
        entryId = entry.id;
      }
      results.set(doc.uri, o, entryId);
      s.logger.info(`${source}#${o.name}: ${o.skipped ? `skipped (${o.skipped})` : o.passed ? 'passed' : `FAILED${o.error ? ` — ${o.error.message}` : ''}`}`);
    }
    if (!opts.quiet && entries.length) {
      const failedIdx = outcomes.findIndex(o => o.result && !o.passed);
      const show = failedIdx >= 0 ? entries.find(e => e.result === outcomes[failedIdx].result) ?? entries[0] : entries[entries.length - 1];
      s.runner.reveal(show);
    }
    return { outcomes, entries, summary: summarize(outcomes) };
  } catch (e) {
    void showCallError(undefined, toErrorInfo(e));
    return undefined;
  } finally {
    dispose();
    http?.dispose();
  }
}
