import * as vscode from 'vscode';
import { redactor } from '../../core/log';
import { needsSecrets, Profile, ProfileCredentials, secretValues } from '../../core/profiles';
import { abortSignalFor } from '../run/cancellation';
import { validateCredentials } from '../profiles/validateCredentials';
import type { Services } from '../services';
import { requestConsumerKey } from './consumerKey';

export interface CredentialsArg { profileId?: string; credentials?: Record<string, string> }

/** The profile whose credentials a command is about: given, the active one, or picked. */
export async function credentialProfile(s: Services, id: string | undefined, verb: string): Promise<Profile | undefined> {
  if (id) return s.profiles.get(id);
  const active = s.profiles.active();
  if (needsSecrets(active)) return active;
  const others = s.profiles.list().filter(needsSecrets);
  if (!others.length) {
    const pick = await vscode.window.showInformationMessage(
      'The Sandbox profile needs no credentials. Add an OVHcloud or Orange profile to use the real services.', 'Add profile…');
    if (pick) await vscode.commands.executeCommand('eligibility.addProfile');
    return undefined;
  }
  const p = await vscode.window.showQuickPick(others.map(o => ({ label: o.name, description: `${o.kind}${o.endpoint ? ` · ${o.endpoint}` : ''}`, profile: o })),
    { title: `${verb} credentials`, placeHolder: 'Profile' });
  return p?.profile;
}

async function secretInput(title: string, prompt: string, optional = false): Promise<string | undefined> {
  return vscode.window.showInputBox({ title, prompt, password: true, ignoreFocusOut: true,
    validateInput: v => (!v.trim() && !optional ? 'Required' : /\s/.test(v.trim()) ? 'No spaces' : undefined) });
}

async function askCredentials(profile: Profile): Promise<ProfileCredentials | undefined> {
  const t = (i: number, n: number) => `Credentials of ${profile.name} (${i}/${n})`;
  if (profile.kind === 'orange') {
    const clientId = await secretInput(t(1, 3), 'Client ID (Orange Developer application)');
    const clientSecret = clientId && await secretInput(t(2, 3), 'Client secret');
    const apiKey = clientSecret && await secretInput(t(3, 3), 'API key (X-Api-Key)');
    return apiKey ? { kind: 'orange', orange: { clientId: clientId.trim(), clientSecret: clientSecret.trim(), apiKey: apiKey.trim() } } : undefined;
  }
  const applicationKey = await secretInput(t(1, 3), 'Application key');
  const applicationSecret = applicationKey && await secretInput(t(2, 3), 'Application secret');
  if (!applicationSecret) return undefined;
  const consumerKey = await secretInput(t(3, 3), 'Consumer key (leave empty to request one next)', true);
  if (consumerKey === undefined) return undefined;
  return { kind: 'ovh', ovh: { applicationKey: applicationKey.trim(), applicationSecret: applicationSecret.trim(), consumerKey: consumerKey.trim() || undefined } };
}

function fromArg(profile: Profile, c: Record<string, string>): ProfileCredentials | undefined {
  if (profile.kind === 'orange') return { kind: 'orange', orange: { clientId: c.clientId, clientSecret: c.clientSecret, apiKey: c.apiKey } };
  if (profile.kind === 'ovh') return { kind: 'ovh', ovh: { applicationKey: c.applicationKey, applicationSecret: c.applicationSecret, consumerKey: c.consumerKey || undefined } };
  return undefined;
}

/** Validates with a real call (cancellable), then stores. Resolves true when saved. */
export async function checkAndStore(s: Services, profile: Profile, creds: ProfileCredentials, interactive: boolean): Promise<boolean> {
  // typed values are secrets from now on, accepted or not: never in a log line or a message
  for (const v of secretValues(creds)) redactor.addSecret(v);
  const v = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Checking the credentials of ${profile.name}…`, cancellable: true },
    (_p, token) => { const a = abortSignalFor(token); return validateCredentials(s.http, profile, creds, a.signal).finally(a.dispose); });
  if (!v.ok) {
    const msg = redactor.redact(`The credentials of ${profile.name} were not accepted${v.status ? ` (HTTP ${v.status}${v.code ? `, code ${v.code}` : ''})` : ''}: ${v.message}. Nothing was saved.`);
    s.logger.warn(msg);
    if (!interactive) { void vscode.window.showErrorMessage(msg, 'Open log').then(b => b && vscode.commands.executeCommand('eligibility.showLog')); return false; }
    const again = await vscode.window.showErrorMessage(msg, 'Try again', 'Open log');
    if (again === 'Try again') return setCredentials(s, { profileId: profile.id });
    if (again === 'Open log') await vscode.commands.executeCommand('eligibility.showLog');
    return false;
  }
  await s.credentials.store(profile, creds);
  s.runner.state.cache.clear();
  s.provider.refresh();
  void vscode.window.showInformationMessage(`Credentials of ${profile.name} saved in VS Code's secret storage. ${v.detail}`);
  return true;
}

export async function setCredentials(s: Services, arg?: CredentialsArg | string): Promise<boolean> {
  const a: CredentialsArg = typeof arg === 'string' ? { profileId: arg } : arg ?? {};
  const profile = await credentialProfile(s, a.profileId, 'Set');
  if (!profile || !needsSecrets(profile)) return false;
  const creds = a.credentials ? fromArg(profile, a.credentials) : await askCredentials(profile);
  if (!creds) return false;
  const saved = await checkAndStore(s, profile, creds, !a.credentials);
  if (saved && !a.credentials && creds.kind === 'ovh' && !creds.ovh.consumerKey) {
    const next = await vscode.window.showInformationMessage(`${profile.name} has no consumer key yet: partner operations need one.`, 'Request consumer key');
    if (next) await requestConsumerKey(s, profile.id);
  }
  return saved;
}

/** Set / Clear credentials (masked input, checked by a real call before saving). */
export function registerCredentialCommands(s: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('eligibility.setCredentials', (arg?: CredentialsArg | string) => setCredentials(s, arg)),
    vscode.commands.registerCommand('eligibility.clearCredentials', async (arg?: { profileId?: string } | string) => {
      const id = typeof arg === 'string' ? arg : arg?.profileId;
      const profile = await credentialProfile(s, id, 'Clear');
      if (!profile || !needsSecrets(profile)) return false;
      if (!id) {
        const ok = await vscode.window.showWarningMessage(`Remove the credentials of ${profile.name} from VS Code's secret storage?`, { modal: true }, 'Clear');
        if (ok !== 'Clear') return false;
      }
      await s.credentials.clear(profile);
      s.runner.state.cache.clear();
      s.provider.refresh();
      void vscode.window.showInformationMessage(`Credentials of ${profile.name} cleared.`);
      return true;
    }),
    vscode.commands.registerCommand('eligibility.requestOvhConsumerKey', (arg?: string) => requestConsumerKey(s, arg)),
  ];
}
