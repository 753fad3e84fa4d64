import * as vscode from 'vscode';
import { redactor } from '../../core/log';
import { FamilyCredentials, secretValues } from '../../core/profileSecrets';
import { ApiFamily, coveredFamilies, needsSecrets, Profile } from '../../core/profiles';
import { describeProfile } from '../profiles/profileInputs';
import { familyLabel } from '../profiles/refusal';
import { abortSignalFor } from '../run/cancellation';
import { CredentialPart, Validation, validateCredentials } from '../profiles/validateCredentials';
import type { Services } from '../services';
import { requestConsumerKey } from './consumerKey';

export interface CredentialsArg { profileId?: string; family?: ApiFamily; credentials?: Record<string, string | undefined> }

/** The profile whose credentials a command is about: given, the active one, or picked. */
export async function credentialProfile(s: Services, id: string | undefined, title: string): Promise<Profile | undefined> {
  if (id) return s.profiles.get(id);
  const active = s.profiles.active();
  if (needsSecrets(active)) return active;
  const others = s.profiles.list().filter(needsSecrets);
  if (!others.length) {
    const add = vscode.l10n.t('Add Profile…');
    const pick = await vscode.window.showInformationMessage(
      vscode.l10n.t('The Sandbox profile needs no credentials. Add a profile for OVHcloud or Orange to use the real services.'), add);
    if (pick) await vscode.commands.executeCommand('eligibility.addProfile');
    return undefined;
  }
  const p = await vscode.window.showQuickPick(others.map(o => ({ label: o.name, description: describeProfile(o), profile: o })),
    { title, placeHolder: vscode.l10n.t('Profile') });
  return p?.profile;
}

/** The family of a profile a credential command is about: given, the only one, or picked. */
export async function credentialFamily(p: Profile, family: ApiFamily | undefined, title: string): Promise<ApiFamily | undefined> {
  const covered = coveredFamilies(p);
  if (family) return covered.includes(family) ? family : undefined;
  if (covered.length === 1) return covered[0];
  const pick = await vscode.window.showQuickPick(covered.map(f => ({ label: familyLabel(f), family: f })), { title, placeHolder: vscode.l10n.t('API') });
  return pick?.family;
}

async function secretInput(title: string, prompt: string, optional = false): Promise<string | undefined> {
  return vscode.window.showInputBox({ title, prompt, password: true, ignoreFocusOut: true,
    validateInput: v => (!v.trim() && !optional ? vscode.l10n.t('Required') : /\s/.test(v.trim()) ? vscode.l10n.t('No spaces') : undefined) });
}

async function askCredentials(profile: Profile, family: ApiFamily): Promise<FamilyCredentials | undefined> {
  const t = (i: number) => vscode.l10n.t('{0} credentials of {1} ({2}/3)', family === 'ovh' ? 'OVHcloud' : 'Orange', profile.name, i);
  if (family === 'orange') {
    const clientId = await secretInput(t(1), vscode.l10n.t('Client ID (Orange Developer application)'));
    const clientSecret = clientId && await secretInput(t(2), vscode.l10n.t('Client secret'));
    if (!clientSecret) return undefined;
    const apiKey = await secretInput(t(3), vscode.l10n.t('API key (X-Api-Key), optional: only Orange Business Eligibility (/poi) needs it; leave empty for RIP only'), true);
    if (apiKey === undefined) return undefined;
    return { family: 'orange', orange: { clientId: clientId.trim(), clientSecret: clientSecret.trim(), apiKey: apiKey.trim() || undefined } };
  }
  const applicationKey = await secretInput(t(1), vscode.l10n.t('Application key'));
  const applicationSecret = applicationKey && await secretInput(t(2), vscode.l10n.t('Application secret'));
  if (!applicationSecret) return undefined;
  const consumerKey = await secretInput(t(3), vscode.l10n.t('Consumer key (leave empty to request one next)'), true);
  if (consumerKey === undefined) return undefined;
  return { family: 'ovh', ovh: { applicationKey: applicationKey.trim(), applicationSecret: applicationSecret.trim(), consumerKey: consumerKey.trim() || undefined } };
}

function fromArg(family: ApiFamily, c: Record<string, string | undefined>): FamilyCredentials {
  if (family === 'orange') return { family, orange: { clientId: c.clientId ?? '', clientSecret: c.clientSecret ?? '', apiKey: c.apiKey || undefined } };
  return { family, ovh: { applicationKey: c.applicationKey ?? '', applicationSecret: c.applicationSecret ?? '', consumerKey: c.consumerKey || undefined } };
}

function partLabel(part: CredentialPart): string {
  switch (part) {
    case 'client': return vscode.l10n.t('the client ID and secret (Orange refused to issue a token)');
    case 'apiKey': return vscode.l10n.t('the API key (Orange issued a token, then refused the key on /poi)');
    case 'applicationKey': return vscode.l10n.t('the application key');
    case 'applicationSecret': return vscode.l10n.t('the application secret (signature refused)');
    case 'consumerKey': return vscode.l10n.t('the consumer key');
    case 'endpoint': return vscode.l10n.t('none: the endpoint could not be reached');
  }
}

function acceptedText(v: Extract<Validation, { ok: true }>): string {
  switch (v.detail) {
    case 'orange-token-and-key': return vscode.l10n.t('Orange issued an access token and accepted the API key (one /poi call).');
    case 'orange-token-no-key': return vscode.l10n.t('Orange issued an access token. No API key: RIP is usable; Orange Business Eligibility (/poi) calls will be refused until you add one.');
    case 'ovh-time': return vscode.l10n.t('OVHcloud answered /auth/time (clock offset {0} s); no consumer key yet.', v.offset ?? 0);
    case 'ovh-signed': return vscode.l10n.t('OVHcloud accepted a signed call with these credentials.');
  }
}

/** Validates with real calls (cancellable), then stores. Resolves true when saved. */
export async function checkAndStore(s: Services, profile: Profile, creds: FamilyCredentials, interactive: boolean): Promise<boolean> {
  // typed values are secrets from now on, accepted or not: never in a log line or a message
  for (const v of secretValues(creds)) redactor.addSecret(v);
  const v = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the credentials of {0}…', profile.name), cancellable: true },
    (_p, token) => { const a = abortSignalFor(token); return validateCredentials(s.http, profile, creds, a.signal).finally(a.dispose); });
  if (!v.ok) {
    const status = v.status ? ` (HTTP ${v.status}${v.code ? `, code ${v.code}` : ''})` : '';
    const msg = redactor.redact(vscode.l10n.t('The credentials of {0} were not accepted{1}. Refused: {2}. {3} Nothing was saved.',
      profile.name, status, partLabel(v.part), v.message));
    s.logger.warn(msg);
    const again = vscode.l10n.t('Try again');
    const openLog = vscode.l10n.t('Open log');
    if (!interactive) { void vscode.window.showErrorMessage(msg, openLog).then(b => b && vscode.commands.executeCommand('eligibility.showLog')); return false; }
    const pick = await vscode.window.showErrorMessage(msg, again, openLog);
    if (pick === again) return setCredentials(s, { profileId: profile.id, family: creds.family });
    if (pick === openLog) await vscode.commands.executeCommand('eligibility.showLog');
    return false;
  }
  await s.credentials.store(profile, creds);
  s.runner.state.cache.clear();
  s.provider.refresh();
  void vscode.window.showInformationMessage(vscode.l10n.t("Credentials of {0} saved in VS Code's secret storage. {1}", profile.name, acceptedText(v)));
  return true;
}

export async function setCredentials(s: Services, arg?: CredentialsArg | string): Promise<boolean> {
  const a: CredentialsArg = typeof arg === 'string' ? { profileId: arg } : arg ?? {};
  const title = vscode.l10n.t('Set credentials');
  const profile = await credentialProfile(s, a.profileId, title);
  if (!profile || !needsSecrets(profile)) return false;
  const hinted = a.family ?? (a.credentials ? (a.credentials.clientId !== undefined ? 'orange' : 'ovh') : undefined);
  const family = await credentialFamily(profile, hinted, title);
  if (!family) return false;
  const creds = a.credentials ? fromArg(family, a.credentials) : await askCredentials(profile, family);
  if (!creds) return false;
  const saved = await checkAndStore(s, profile, creds, !a.credentials);
  if (saved && !a.credentials && creds.family === 'ovh' && !creds.ovh.consumerKey) {
    const request = vscode.l10n.t('Request consumer key');
    const next = await vscode.window.showInformationMessage(vscode.l10n.t('{0} has no consumer key yet: partner operations need one.', profile.name), request);
    if (next) await requestConsumerKey(s, profile.id);
  }
  return saved;
}

/** Set / Clear credentials (masked input, checked by real calls before saving). */
export function registerCredentialCommands(s: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('eligibility.setCredentials', (arg?: CredentialsArg | string) => setCredentials(s, arg)),
    vscode.commands.registerCommand('eligibility.clearCredentials', async (arg?: { profileId?: string; family?: ApiFamily } | string) => {
      const id = typeof arg === 'string' ? arg : arg?.profileId;
      const title = vscode.l10n.t('Clear credentials');
      const profile = await credentialProfile(s, id, title);
      if (!profile || !needsSecrets(profile)) return false;
      // by id without a family: every family's (what the first round did); picked: one family
      const family = typeof arg === 'object' && arg.family ? arg.family : id ? undefined : await credentialFamily(profile, undefined, title);
      if (!id) {
        if (!family) return false;
        const clear = vscode.l10n.t('Clear');
        const ok = await vscode.window.showWarningMessage(vscode.l10n.t("Remove the {0} credentials of {1} from VS Code's secret storage?", familyLabel(family), profile.name), { modal: true }, clear);
        if (ok !== clear) return false;
      }
      await s.credentials.clear(profile, family);
      s.runner.state.cache.clear();
      s.provider.refresh();
      void vscode.window.showInformationMessage(vscode.l10n.t('Credentials of {0} cleared.', profile.name));
      return true;
    }),
    vscode.commands.registerCommand('eligibility.requestOvhConsumerKey', (arg?: string) => requestConsumerKey(s, arg)),
  ];
}
