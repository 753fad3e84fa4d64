import * as path from 'path';
import * as vscode from 'vscode';
import { profileApis } from '../../core/profiles';
import type { CampaignPlan } from '../../core/campaign';
import { toErrorInfo } from '../../core/errors';
import type { ApiId } from '../../core/model/normalized';
import { credentialHomes } from '../../core/requests/endpoints';
import { createRunHttp } from '../../core/requests/http';
import { abortSignalFor } from '../run/cancellation';
import { SANDBOX_POLL } from '../run/callRunner';
import { showCallError } from '../run/showError';
import type { Services } from '../services';
import { campaignBundle } from './bundle';
import { reportLabels } from './labels';
import { editMapping } from './mapping';
import { showReportPanel } from './reportPanel';

const API_LABELS: Record<ApiId, string> = { ovh: 'OVHcloud Connectivity', 'orange-b2b': 'Orange Business Eligibility', 'orange-rip': 'Orange RIP' };

/** *Run Campaign from CSV…*: file → mapping preview → per-row mode → run with progress and Cancel → report panel. */
export async function runCampaignCommand(s: Services, uri?: vscode.Uri): Promise<void> {
  const profile = s.profiles.active();
  if (!vscode.workspace.isTrusted && profile.kind !== 'sandbox') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Restricted Mode: campaigns run against the Sandbox profile only (active: "{0}"). Trust the workspace or select the Sandbox profile.', profile.name));
    return;
  }
  uri ??= (await vscode.window.showOpenDialog({ canSelectMany: false, title: vscode.l10n.t('Run Campaign from CSV'), filters: { [vscode.l10n.t('CSV or JSON lines')]: ['csv', 'tsv', 'txt', 'jsonl', 'ndjson'] } }))?.[0];
  if (!uri) return;
  const lib = campaignBundle();
  const file = uri.fsPath;
  let head;
  try { head = await lib.readHeadOf(file, 5); } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be read: {1}', path.basename(file), (e as Error).message));
    return;
  }
  const map = await editMapping(path.basename(file), head, lib.FIELDS, m => { try { return lib.detectColumns(head.columns, m); } catch { return lib.detectColumns(head.columns); } });
  if (!map) return;

  // per row: the compare (APIs to ask) or a request-file template
  const mode = await vscode.window.showQuickPick([
    { label: vscode.l10n.t('Compare providers for each row'), id: 'compare' },
    { label: vscode.l10n.t('Run a request-file template for each row…'), id: 'template', detail: vscode.l10n.t('Variables in double braces come from the row\'s columns; expect is checked per row') },
  ], { title: vscode.l10n.t('Run Campaign: per row'), ignoreFocusOut: true });
  if (!mode) return;
  let apis: ApiId[] = ['ovh', 'orange-b2b', 'orange-rip'];
  let template: string | undefined;
  if (mode.id === 'compare') {
    const picked = await vscode.window.showQuickPick(apis.map(a => ({ label: API_LABELS[a], api: a, picked: true })), { canPickMany: true, title: vscode.l10n.t('Run Campaign: APIs to ask'), ignoreFocusOut: true });
    if (!picked?.length) return;
    apis = picked.map(p => p.api);
  } else {
    template = (await vscode.window.showOpenDialog({ canSelectMany: false, defaultUri: vscode.Uri.file(path.dirname(file)), filters: { [vscode.l10n.t('Request files')]: ['json'] }, title: vscode.l10n.t('Request-file template') }))?.[0]?.fsPath;
    if (!template) return;
  }
  const stem = file.replace(/\.[^./\\]+$/, '');
  let plan: CampaignPlan;
  try {
    plan = await lib.planCampaign({ input: file, apis, template, map, reports: { csv: `${stem}.report.csv`, jsonl: `${stem}.report.jsonl`, html: `${stem}.report.html` }, processEnv: {} });
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Campaign not started: {0}', (e as Error).message));
    return;
  }
  let resume = false, retryFailed = false;
  if (plan.journalExists) {
    const again = await vscode.window.showQuickPick([
      { label: vscode.l10n.t('Resume the campaign'), id: 'resume', detail: vscode.l10n.t('Rows already done are neither sent nor reported twice') },
      { label: vscode.l10n.t('Retry the rows that failed'), id: 'retry' },
      { label: vscode.l10n.t('Start over'), id: 'fresh' },
    ], { title: vscode.l10n.t('This campaign has a journal'), ignoreFocusOut: true });
    if (!again) return;
    resume = again.id === 'resume';
    retryFailed = again.id === 'retry';
  }
  await execute(s, plan, { resume, retryFailed, apis: template ? plan.work.apis : apis });
}

async function execute(s: Services, plan: CampaignPlan, o: { resume: boolean; retryFailed: boolean; apis: ApiId[] }): Promise<void> {
  const lib = campaignBundle();
  const profile = s.profiles.active();
  const name = path.basename(plan.input);
  let http: ReturnType<typeof createRunHttp>['http'] | undefined;
  try {
    const target = await s.targets.forApis(profileApis(profile), profile);
    http = createRunHttp({ homes: credentialHomes(target), logger: s.logger }).http;
    const runHttp = http;
    const out = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Campaign {0}', name), cancellable: true }, async (progress, token) => {
      const { signal, dispose } = abortSignalFor(token);
      let shown = 0;
      try {
        return await lib.executeCampaign(plan, {
          resume: o.resume, retryFailed: o.retryFailed, http: runHttp, signal, concurrency: 8,
          ctx: { target, state: s.runner.state, poll: profile.kind === 'sandbox' ? SANDBOX_POLL : undefined },
          labels: reportLabels(), lang: vscode.env.language,
          onProgress: p => {
            const pct = p.total ? Math.min(100, (100 * p.done) / p.total) : 0;
            const errors = Object.values(p.errorsPerApi).reduce((a, b) => a + b, 0);
            progress.report({ increment: pct - shown, message: vscode.l10n.t('{0}/{1} rows · {2} rows/s · {3} errors', p.done, p.total ?? '?', p.rowsPerSec.toFixed(1), errors) });
            shown = pct;
          },
        });
      } finally { dispose(); }
    });
    if (out.interrupted) {
      const b = await vscode.window.showInformationMessage(vscode.l10n.t('Campaign {0} paused after {1} rows: run it again to resume.', name, out.stats.rows), vscode.l10n.t('Resume'));
      if (b === vscode.l10n.t('Resume')) await execute(s, plan, { ...o, resume: true, retryFailed: false });
      return;
    }
    if (plan.reports.html) showReportPanel(plan.reports.html, plan.reports.csv, vscode.l10n.t('Campaign: {0}', name));
    s.logger.info(`campaign ${name}: ${out.stats.rows} rows, ${out.stats.errors} with an API error, ${out.stats.bad} unreadable`);
    const reveal = vscode.l10n.t('Reveal report file');
    const b = await vscode.window.showInformationMessage(vscode.l10n.t('Campaign {0}: {1} rows, {2} with an API error, {3} unreadable.', name, out.stats.rows, out.stats.errors, out.stats.bad), reveal);
    if (b === reveal) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(plan.reports.csv ?? plan.reports.html!));
  } catch (e) {
    void showCallError(undefined, toErrorInfo(e));
  } finally {
    http?.dispose();
  }
}
