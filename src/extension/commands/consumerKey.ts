import * as vscode from 'vscode';
import { createSharedState } from '../../core/apis/operation';
import { requestConsumerKey as coreRequestConsumerKey } from '../../core/apis/ovh/signing';
import { toErrorInfo } from '../../core/errors';
import { targetFor } from '../../core/profiles';
import { abortSignalFor } from '../run/cancellation';
import { showCallError } from '../run/showError';
import type { Services } from '../services';

/** What the consumer key may do: the eligibility API only. */
export const ACCESS_RULES = [
  { method: 'GET' as const, path: '/connectivity/eligibility/*' },
  { method: 'POST' as const, path: '/connectivity/eligibility/*' },
];

/**
 * OVH consumer-key flow: `POST /auth/credential` with the profile's application key, the key is
 * stored with the profile's secrets, and the validation page opens in the browser.
 * Resolves with the validation URL (undefined when cancelled or failed).
 */
export async function requestConsumerKey(s: Services, profileId?: string): Promise<string | undefined> {
  let profile = profileId ? s.profiles.get(profileId) : s.profiles.active();
  if (profile?.kind !== 'ovh') {
    const ovh = s.profiles.list().filter(p => p.kind === 'ovh');
    const pick = ovh.length === 1 ? { profile: ovh[0] } : await vscode.window.showQuickPick(ovh.map(p => ({ label: p.name, description: p.endpoint, profile: p })),
      { title: 'Request an OVHcloud consumer key', placeHolder: ovh.length ? 'OVHcloud profile' : 'No OVHcloud profile: add one first' });
    profile = pick?.profile;
  }
  if (!profile) return undefined;
  const loaded = await s.credentials.load(profile);
  if (loaded.status !== 'ok' || loaded.credentials.kind !== 'ovh') {
    const b = await vscode.window.showWarningMessage(`Set the application key and secret of ${profile.name} first.`, 'Set credentials');
    if (b) await vscode.commands.executeCommand('eligibility.setCredentials', profile.id);
    return undefined;
  }
  const creds = loaded.credentials;
  const target = targetFor(profile, creds);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Requesting a consumer key for ${profile.name}…`, cancellable: true },
    async (_p, token) => {
      const a = abortSignalFor(token);
      try {
        return { ok: true as const, value: await coreRequestConsumerKey({ http: s.http, target, signal: a.signal, state: createSharedState() }, ACCESS_RULES) };
      } catch (e) {
        return { ok: false as const, error: toErrorInfo(e) };
      } finally { a.dispose(); }
    });
  if (!result.ok) { void showCallError(undefined, result.error, () => requestConsumerKey(s, profile!.id)); return undefined; }
  const { consumerKey, validationUrl } = result.value;
  await s.credentials.store(profile, { kind: 'ovh', ovh: { ...creds.ovh, consumerKey } });
  await vscode.env.openExternal(vscode.Uri.parse(validationUrl));
  void vscode.window.showInformationMessage(
    `Consumer key of ${profile.name} saved. Validate it on the OVHcloud page that just opened (log in and authorize), then run partner operations.`,
    'Open the page again').then(b => b && vscode.env.openExternal(vscode.Uri.parse(validationUrl)));
  return validationUrl;
}
