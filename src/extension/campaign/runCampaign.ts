import * as path from 'path';
import * as vscode from 'vscode';
import type { CampaignPlan } from '../../core/campaign';
import type { ApiId } from '../../core/model/normalized';
import { assertCovers, covers } from '../../core/profiles';
import { toErrorInfo } from '../../core/errors';
import { showCallError } from '../run/showError';
import type { Services } from '../services';
import { campaignBundle } from './bundle';
import { CampaignCommandResult, runCampaignPlan } from './execute';
import { editMapping } from './mapping';

const API_LABELS: Record<ApiId, string> = { ovh: 'OVHcloud Connectivity', 'orange-b2b': 'Orange Business Eligibility', 'orange-rip': 'Orange RIP' };
const ALL_APIS: ApiId[] = ['ovh', 'orange-b2b', 'orange-rip'];

/**
 * Answers given with the command (`executeCommand('eligibility.runCampaign', uri, answers)`):
 * each one skips the question it answers; everything else runs as from the palette.
 */
export interface CampaignAnswers {
  /** APIs to compare per row (skips the per-row and API picks) */
  apis?: ApiId[];
  /** a request-file template per row, a path (skips the per-row pick and the file dialog) */
  template?: string;
  /** `--map` entries COLUMN → field (skips the mapping preview) */
  map?: Record<string, string>;
  /** what to do when the campaign has a journal already */
  journal?: 'resume' | 'retry' | 'fresh';
}

function answersOf(x: unknown): CampaignAnswers {
  // from the explorer's context menu the second argument is the selection (an array of URIs)
  if (!x || typeof x !== 'object' || Array.isArray(x)) return {};
  const a = x as Record<string, unknown>;
  const apis = Array.isArray(a.apis) ? a.apis.filter((v): v is ApiId => ALL_APIS.includes(v as ApiId)) : undefined;
  const map = a.map && typeof a.map === 'object' ? Object.fromEntries(Object.entries(a.map).filter(([, v]) => typeof v === 'string')) as Record<string, string> : undefined;
  const journal = a.journal === 'resume' || a.journal === 'retry' || a.journal === 'fresh' ? a.journal : undefined;
  return { apis: apis?.length ? apis : undefined, template: typeof a.template === 'string' ? a.template : undefined, map, journal };
}

/** In Restricted Mode a campaign (workspace content sent to an API) runs against the Sandbox only. */
function refusedByTrust(s: Services): boolean {
  const profile = s.profiles.active();
  if (vscode.workspace.isTrusted || profile.kind === 'sandbox') return false;
  const useSandbox = vscode.l10n.t('Use the Sandbox profile'), trust = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window.showErrorMessage(vscode.l10n.t('Restricted Mode: campaigns run against the Sandbox profile only (active: "{0}"). Trust the workspace or select the Sandbox profile.', profile.name), useSandbox, trust)
    .then(b => b === useSandbox ? vscode.commands.executeCommand('eligibility.useSandbox') : b === trust ? vscode.commands.executeCommand('workbench.trust.manage') : undefined);
  return true;
}

/** Per row: the compare (with its APIs) or a template; undefined when the user backs out. */
async function perRow(s: Services, file: string, a: CampaignAnswers): Promise<{ apis: ApiId[]; template?: string } | undefined> {
  if (a.template) return { apis: [], template: path.resolve(path.dirname(file), a.template) };
  if (a.apis) return { apis: a.apis };
  const mode = await vscode.window.showQuickPick([
    { label: `$(table) ${vscode.l10n.t('Compare providers for each row')}`, id: 'compare', detail: vscode.l10n.t('Best technology, speeds, eligible offers and reasons per API, one report row per input row') },
    { label: `$(file-code) ${vscode.l10n.t('Run a request-file template for each row…')}`, id: 'template', detail: vscode.l10n.t('Variables in double braces come from the row\'s columns; expect is checked per row') },
  ], { title: vscode.l10n.t('Run Campaign: per row'), ignoreFocusOut: true });
  if (!mode) return undefined;
  if (mode.id === 'template') {
    const template = (await vscode.window.showOpenDialog({ canSelectMany: false, defaultUri: vscode.Uri.file(path.dirname(file)), filters: { [vscode.l10n.t('Request files')]: ['json'] }, title: vscode.l10n.t('Request-file template') }))?.[0]?.fsPath;
    return template ? { apis: [], template } : undefined;
  }
  const profile = s.profiles.active();
  const picked = await vscode.window.showQuickPick(ALL_APIS.map(api => {
    const covered = covers(profile, api);
    return { label: API_LABELS[api], api, picked: covered, description: covered ? undefined : vscode.l10n.t('not covered by profile "{0}"', profile.name) };
  }), { canPickMany: true, title: vscode.l10n.t('Run Campaign: APIs to ask'), ignoreFocusOut: true });
  return picked?.length ? { apis: picked.map(p => p.api) } : undefined;
}

/**
 * *Run Campaign from CSV…*: file → per row (compare or template) → column mapping preview →
 * plan (every input check, nothing sent) → journal choice → run with progress and Cancel → report panel.
 * Resolves with what happened (for tests and callers), undefined when the user backed out.
 */
export async function runCampaignCommand(s: Services, uri?: vscode.Uri, rawAnswers?: unknown): Promise<CampaignCommandResult | undefined> {
  if (refusedByTrust(s)) return { status: 'refused' };
  const a = answersOf(rawAnswers);
  uri ??= (await vscode.window.showOpenDialog({ canSelectMany: false, title: vscode.l10n.t('Run Campaign from CSV'), filters: { [vscode.l10n.t('CSV or JSON lines')]: ['csv', 'tsv', 'txt', 'jsonl', 'ndjson'] } }))?.[0];
  if (!uri) return undefined;
  const lib = campaignBundle();
  const file = uri.fsPath;
  const name = path.basename(file);
  let head;
  try { head = await lib.readHeadOf(file, 5); } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be read: {1}', name, (e as Error).message));
    return { status: 'invalid' };
  }
  const how = await perRow(s, file, a);
  if (!how) return undefined;
  // APIs the profile does not cover: refused now, before the mapping preview (a template's APIs are known from its plan)
  try { assertCovers(s.profiles.active(), how.apis); } catch (e) {
    const error = toErrorInfo(e);
    void showCallError(undefined, error);
    return { status: 'refused', error };
  }
  const detect = (m: Record<string, string>) => { try { return lib.detectColumns(head.columns, m); } catch { return lib.detectColumns(head.columns); } };
  const map = a.map ?? await editMapping(name, head, lib.FIELDS, { detect, lacksPlace: m => !how.template && !!lib.mappingProblem(m, head.columns) });
  if (!map) return undefined;

  const stem = file.replace(/\.[^./\\]+$/, '');
  let plan: CampaignPlan;
  try {
    plan = await lib.planCampaign({ input: file, apis: how.apis, template: how.template, map, reports: { csv: `${stem}.report.csv`, jsonl: `${stem}.report.jsonl`, html: `${stem}.report.html` }, processEnv: {} });
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Campaign not started: {0}', (e as Error).message));
    return { status: 'invalid' };
  }
  let choice = a.journal;
  if (plan.journalExists && !choice) {
    const again = await vscode.window.showQuickPick([
      { label: `$(debug-continue) ${vscode.l10n.t('Resume the campaign')}`, id: 'resume' as const, detail: vscode.l10n.t('Rows already done are neither sent nor reported twice') },
      { label: `$(refresh) ${vscode.l10n.t('Retry the rows that failed')}`, id: 'retry' as const, detail: vscode.l10n.t('Only rows that ended in an API error are sent again') },
      { label: `$(trash) ${vscode.l10n.t('Start over')}`, id: 'fresh' as const, detail: vscode.l10n.t('Every row is sent again; the reports are rewritten') },
    ], { title: vscode.l10n.t('{0} has a campaign journal', name), ignoreFocusOut: true });
    if (!again) return undefined;
    choice = again.id;
  }
  return runCampaignPlan(s, plan, { resume: plan.journalExists && choice === 'resume', retryFailed: plan.journalExists && choice === 'retry' });
}
