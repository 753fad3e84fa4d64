import * as path from 'path';
import * as vscode from 'vscode';
import type { CampaignOutcome, CampaignPlan, CampaignProgress } from '../../core/campaign';
import { EligErrorInfo, toErrorInfo } from '../../core/errors';
import { credentialHomes } from '../../core/requests/endpoints';
import { createRunHttp } from '../../core/requests/http';
import type { Target } from '../../core/target';
import { SANDBOX_POLL } from '../run/callRunner';
import { showCallError } from '../run/showError';
import type { Services } from '../services';
import { campaignBundle } from './bundle';
import { reportLabels } from './labels';
import { revealReport, showReportPanel } from './reportPanel';
import { campaignSettings } from './settings';

/** After Cancel, rows in flight get this long to finish (and be journaled) before they are aborted. */
const GRACE_MS = 10_000;

/** What a campaign command did (returned to callers and tests; the user sees notifications and the panel). */
export interface CampaignCommandResult {
  /** done; paused (cancelled: resumable); refused before sending (profile, Restricted Mode); invalid input; failed */
  status: 'done' | 'paused' | 'refused' | 'invalid' | 'failed';
  reports?: CampaignPlan['reports'];
  journal?: string;
  /** rows in the reports, run now, taken from the journal, with an API error, unreadable */
  rows?: number; ran?: number; fromJournal?: number; errors?: number; bad?: number;
  error?: EligErrorInfo;
}

const API_SHORT: Record<string, string> = { ovh: 'OVHcloud', 'orange-b2b': 'Orange b2b', 'orange-rip': 'Orange RIP' };

function duration(sec: number): string {
  const s = Math.max(1, Math.round(sec));
  return s < 60 ? vscode.l10n.t('{0} s', s) : s < 3600 ? vscode.l10n.t('{0} min {1} s', Math.floor(s / 60), s % 60) : vscode.l10n.t('{0} h {1} min', Math.floor(s / 3600), Math.floor((s % 3600) / 60));
}

/** The progress line: rows done/total, rows/s, time left, errors per API, unreadable rows. */
export function progressLine(p: CampaignProgress): string {
  const parts = [vscode.l10n.t('{0}/{1} rows', p.done, p.total ?? '?'), vscode.l10n.t('{0} rows/s', p.rowsPerSec.toFixed(1))];
  if (p.etaSec !== undefined) parts.push(vscode.l10n.t('about {0} left', duration(p.etaSec)));
  const errors = Object.entries(p.errorsPerApi).filter(([, n]) => n > 0);
  parts.push(errors.length ? vscode.l10n.t('errors: {0}', errors.map(([a, n]) => `${API_SHORT[a] ?? a} ${n}`).join(', ')) : vscode.l10n.t('no errors'));
  if (p.bad) parts.push(vscode.l10n.t('{0} unreadable', p.bad));
  if (p.fromJournal) parts.push(vscode.l10n.t('{0} from the journal', p.fromJournal));
  return parts.join(' · ');
}

/** Journals of the campaigns running now: one run per journal at a time (two would append to the same journal). */
const running = new Set<string>();

/** Runs a planned campaign: the profile must cover every API it calls (refused whole, before anything is sent). */
export async function runCampaignPlan(s: Services, plan: CampaignPlan, o: { resume: boolean; retryFailed: boolean }): Promise<CampaignCommandResult> {
  if (running.has(plan.journalFile)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('A campaign on {0} is already running: wait for it, or cancel it from its notification.', path.basename(plan.input)));
    return { status: 'invalid', reports: plan.reports, journal: plan.journalFile };
  }
  running.add(plan.journalFile);
  try { return await runPlan(s, plan, o); } finally { running.delete(plan.journalFile); }
}

async function runPlan(s: Services, plan: CampaignPlan, o: { resume: boolean; retryFailed: boolean }): Promise<CampaignCommandResult> {
  const profile = s.profiles.active();
  const base = { reports: plan.reports, journal: plan.journalFile };
  let target: Target;
  try { target = await s.targets.forApis(plan.work.apis, profile); } catch (e) {
    const error = toErrorInfo(e);
    void showCallError(undefined, error); // a refusal shows *Add <API> to this profile* / *Switch profile*
    return { ...base, status: error.refusal ? 'refused' : 'failed', error };
  }
  const settings = campaignSettings();
  const { http } = createRunHttp({ homes: credentialHomes(target), rates: settings.rates, logger: s.logger });
  const name = path.basename(plan.input);
  try {
    const out = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Campaign {0}', name), cancellable: true }, (progress, token) =>
      withStop(token, () => progress.report({ message: vscode.l10n.t('Stopping: the rows under way finish, then the campaign pauses (resumable)…') }), (stop, signal) => {
        let shown = 0;
        return campaignBundle().executeCampaign(plan, {
          resume: o.resume, retryFailed: o.retryFailed, http, signal, stop, concurrency: settings.concurrency,
          ctx: { target, state: s.runner.state, poll: profile.kind === 'sandbox' ? SANDBOX_POLL : undefined },
          labels: reportLabels(), lang: vscode.env.language,
          onJournal: j => { if (j.tornBytes || j.badLines) void vscode.window.showWarningMessage(vscode.l10n.t('The journal of {0} had a torn or unreadable end ({1} bytes, {2} lines): those rows run again.', name, j.tornBytes, j.badLines)); },
          onProgress: p => {
            if (token.isCancellationRequested) return;
            const pct = p.total ? Math.min(100, (100 * p.done) / p.total) : 0;
            progress.report({ increment: pct - shown, message: progressLine(p) });
            shown = pct;
          },
        });
      }));
    return finished(s, plan, out, o);
  } catch (e) {
    const error = toErrorInfo(e);
    void showCallError(undefined, error);
    return { ...base, status: 'failed', error };
  } finally {
    http.dispose();
  }
}

/** Cancel = stop: no new row starts, rows under way finish and are journaled; after GRACE_MS they are aborted. */
async function withStop<T>(token: vscode.CancellationToken, onStop: () => void, fn: (stop: AbortSignal, signal: AbortSignal) => Promise<T>): Promise<T> {
  const stop = new AbortController(), hard = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const sub = token.onCancellationRequested(() => { stop.abort(); onStop(); timer = setTimeout(() => hard.abort(), GRACE_MS); });
  try { return await fn(stop.signal, hard.signal); } finally { sub.dispose(); if (timer) clearTimeout(timer); }
}

function finished(s: Services, plan: CampaignPlan, out: CampaignOutcome, o: { resume: boolean; retryFailed: boolean }): CampaignCommandResult {
  const name = path.basename(plan.input);
  const st = out.stats;
  const result: CampaignCommandResult = {
    status: out.interrupted ? 'paused' : 'done', reports: plan.reports, journal: plan.journalFile,
    rows: st.rows, ran: out.summary.ran, fromJournal: out.summary.fromJournal, errors: st.errors, bad: st.bad,
  };
  s.logger.info(`campaign ${name}: ${out.interrupted ? 'paused' : 'done'}, ${st.rows} rows in the reports (${out.summary.ran} run now, ${out.summary.fromJournal} from the journal), ${st.errors} with an API error, ${st.bad} unreadable`);
  const reveal = vscode.l10n.t('Reveal report file'), openReport = vscode.l10n.t('Open report');
  if (out.interrupted) {
    const resume = vscode.l10n.t('Resume');
    // not awaited: the command resolves now, the buttons act later
    void vscode.window.showInformationMessage(vscode.l10n.t('Campaign {0} paused with {1} rows done; the journal keeps them. Resume sends only the rest.', name, st.rows), resume, openReport)
      .then(b => {
        if (b === resume) void runCampaignPlan(s, plan, { ...o, resume: true, retryFailed: false });
        else if (b === openReport && plan.reports.html) showReportPanel(plan.reports.html, plan.reports.csv, vscode.l10n.t('Campaign: {0}', name));
      });
    return result;
  }
  if (plan.reports.html) showReportPanel(plan.reports.html, plan.reports.csv, vscode.l10n.t('Campaign: {0}', name));
  void vscode.window.showInformationMessage(vscode.l10n.t('Campaign {0}: {1} rows, {2} with an API error, {3} unreadable. Reports next to the input: {4}', name, st.rows, st.errors, st.bad,
    [plan.reports.csv, plan.reports.jsonl, plan.reports.html].filter(Boolean).map(f => path.basename(f!)).join(', ')), reveal)
    .then(b => { if (b === reveal) void revealReport(vscode.Uri.file(plan.reports.html ?? plan.reports.csv!)); });
  return result;
}
