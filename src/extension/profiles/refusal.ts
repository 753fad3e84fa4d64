import * as vscode from 'vscode';
import type { EligErrorInfo, RefusalInfo } from '../../core/errors';
import type { ApiFamily } from '../../core/profiles';

/** Family names as the UI shows them. */
export function familyLabel(f: ApiFamily): string {
  return f === 'ovh' ? vscode.l10n.t('OVHcloud Connectivity') : vscode.l10n.t('Orange (Business Eligibility + RIP)');
}
/** Short names for buttons. */
export function familyShort(f: ApiFamily): string { return f === 'ovh' ? 'OVHcloud' : 'Orange'; }

/** The refusal carried by an error (ProfileRefusal or its JSON), if it is one. */
export function refusalOf(e: EligErrorInfo | undefined): RefusalInfo | undefined { return e?.refusal; }

/** Refusals on screen now (profile|family): the tree refreshing many nodes shows one, not one per node. */
const open = new Set<string>();

/**
 * Tells the user a call was refused before sending (the active profile does not cover its API),
 * naming the profile, with *Add <API> to this profile* and *Switch profile*. Resolves with the
 * button picked ('add' | 'switch') once its command finished, undefined when dismissed.
 */
export async function showRefusal(r: RefusalInfo): Promise<'add' | 'switch' | undefined> {
  const key = `${r.profileId}|${r.family}`;
  if (open.has(key)) return undefined;
  open.add(key);
  try { return await ask(r); } finally { open.delete(key); }
}

async function ask(r: RefusalInfo): Promise<'add' | 'switch' | undefined> {
  const add = vscode.l10n.t('Add {0} to this profile', familyShort(r.family));
  const sw = vscode.l10n.t('Switch profile');
  const pick: string | undefined = await vscode.window.showErrorMessage(
    vscode.l10n.t('Profile "{0}" does not cover {1}: the call was not sent. Add {1} to this profile, or switch to a profile that covers it.',
      r.profileName, familyLabel(r.family)),
    add, sw);
  if (pick === add) {
    await vscode.commands.executeCommand('eligibility.editProfile', { profileId: r.profileId, addFamily: r.family });
    return 'add';
  }
  if (pick === sw) {
    await vscode.commands.executeCommand('eligibility.selectProfile', { coveringApi: r.api });
    return 'switch';
  }
  return undefined;
}
