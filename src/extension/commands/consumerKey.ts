import * as vscode from 'vscode';
import { createSharedState } from '../../core/apis/operation';
import { requestConsumerKey as coreRequestConsumerKey } from '../../core/apis/ovh/signing';
import { toErrorInfo } from '../../core/errors';
import { targetFor } from '../../core/profileSecrets';
import { familyBaseUrl, Profile } from '../../core/profiles';
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
  const profile = await ovhProfile(s, profileId);
  if (!profile) return undefined;
  const loaded = await s.credentials.load(profile, 'ovh');
  if (loaded.status !== 'ok' || loaded.credentials.family !== 'ovh') {
    const set = vscode.l10n.t('Set credentials');
    const b = await vscode.window.showWarningMessage(vscode.l10n.t('Set the OVHcloud application key and secret of {0} first.', profile.name), set);
    if (b) await vscode.commands.executeCommand('eligibility.setCredentials', { profileId: profile.id, family: 'ovh' });
    return undefined;
  }
  const creds = loaded.credentials;
  const target = targetFor(profile, { ovh: creds.ovh });
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Requesting a consumer key for {0}…', profile.name), cancellable: true },
    async (_p, token) => {
      const a = abortSignalFor(token);
      try {
        return { ok: true as const, value: await coreRequestConsumerKey({ http: s.http, target, signal: a.signal, state: createSharedState() }, ACCESS_RULES) };
      } catch (e) {
        return { ok: false as const, error: toErrorInfo(e) };
      } finally { a.dispose(); }
    });
  if (!result.ok) { void showCallError(undefined, result.error, () => requestConsumerKey(s, profile.id)); return undefined; }
  const { consumerKey, validationUrl } = result.value;
  await s.credentials.store(profile, { family: 'ovh', ovh: { ...creds.ovh, consumerKey } });
  await vscode.env.openExternal(vscode.Uri.parse(validationUrl));
  const again = vscode.l10n.t('Open the page again');
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Consumer key of {0} saved. Validate it on the OVHcloud page that just opened (log in and authorize), then run partner operations.', profile.name),
    again).then(b => { if (b) void vscode.env.openExternal(vscode.Uri.parse(validationUrl)); });
  return validationUrl;
}

/**
 * The profile whose OVHcloud application requests the key: given, the active one if it covers
 * OVHcloud, the only one that does, or picked. With none, no dead end: offer to add OVHcloud
 * to the active profile (or to create a profile for it), then go on with that profile.
 */
async function ovhProfile(s: Services, profileId?: string): Promise<Profile | undefined> {
  const given = profileId ? s.profiles.get(profileId) : s.profiles.active();
  if (given && given.kind !== 'sandbox' && given.apis.ovh) return given;
  const ovh = s.profiles.list().filter(p => p.kind !== 'sandbox' && p.apis.ovh);
  if (ovh.length === 1) return ovh[0];
  if (ovh.length > 1) {
    const pick = await vscode.window.showQuickPick(ovh.map(p => ({ label: p.name, description: familyBaseUrl(p, 'ovh'), profile: p })),
      { title: vscode.l10n.t('Request an OVHcloud consumer key'), placeHolder: vscode.l10n.t('OVHcloud profile') });
    return pick?.profile;
  }
  const active = s.profiles.active();
  const addHere = vscode.l10n.t('Add OVHcloud to {0}', active.name);
  const create = vscode.l10n.t('Add an OVHcloud profile…');
  const buttons = active.kind !== 'sandbox' ? [addHere, create] : [create];
  const pick = await vscode.window.showInformationMessage(
    vscode.l10n.t('No profile covers OVHcloud: a consumer key belongs to an OVHcloud application (its application key and secret). Add OVHcloud to a profile first.'),
    ...buttons);
  let id: string | undefined;
  if (pick === addHere) id = await vscode.commands.executeCommand<string | undefined>('eligibility.editProfile', { profileId: active.id, addFamily: 'ovh', then: 'none' });
  else if (pick === create) id = await vscode.commands.executeCommand<string | undefined>('eligibility.addProfile', { families: ['ovh'], then: 'none' });
  const p = id ? s.profiles.get(id) : undefined;
  return p?.apis.ovh ? p : undefined;
}
