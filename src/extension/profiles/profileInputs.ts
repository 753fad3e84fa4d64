import * as vscode from 'vscode';
import { ApiFamily, checkEndpoint, coveredFamilies, familyBaseUrl, Profile } from '../../core/profiles';
import { familyLabel, familyShort } from './refusal';

/** Localized endpoint problem (the core's English one is for settings and logs). */
export function endpointProblem(family: ApiFamily, value: string): string | undefined {
  const problem = checkEndpoint(family, value);
  if (!problem) return undefined;
  if (/neither a known OVHcloud endpoint/.test(problem)) return vscode.l10n.t('Neither a known OVHcloud endpoint (ovh-eu, ovh-ca, ovh-us) nor a URL');
  if (/is not a URL/.test(problem)) return vscode.l10n.t('Not a URL (e.g. https://api.orange.com)');
  if (/https/.test(problem)) return vscode.l10n.t('Use https (http only on loopback: 127.0.0.1, localhost)');
  if (/user info/.test(problem)) return vscode.l10n.t('No user:password@ in the URL: credentials go to the secret storage');
  return vscode.l10n.t('No query or fragment in the URL');
}

/** Asks where one family's calls go. Resolves with the endpoint ('' = public default), undefined when dismissed. */
export async function askEndpoint(family: ApiFamily, title: string, current?: string): Promise<string | undefined> {
  if (family === 'ovh') {
    const other = vscode.l10n.t('Other URL…');
    const items = [
      { label: 'ovh-eu', description: 'https://eu.api.ovh.com/1.0' },
      { label: 'ovh-ca', description: 'https://ca.api.ovh.com/1.0' },
      { label: 'ovh-us', description: 'https://api.us.ovhcloud.com/1.0' },
      { label: other, description: vscode.l10n.t('a staging server, a proxy, the sandbox…') },
    ];
    const e = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Where {0} calls go', familyLabel(family)) });
    if (!e) return undefined;
    if (e.label !== other) return e.label;
    return askUrl(family, title, current && !/^ovh-(eu|ca|us)$/.test(current) ? current : 'https://eu.api.ovh.com/1.0');
  }
  return askUrl(family, title, current || 'https://api.orange.com');
}

async function askUrl(family: ApiFamily, title: string, value: string): Promise<string | undefined> {
  const v = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('Base URL of {0} (https)', familyLabel(family)), value, ignoreFocusOut: true,
    validateInput: x => endpointProblem(family, x.trim()) });
  return v?.trim();
}

/** Picks the API families of a profile: OVHcloud, Orange, or both. */
export async function askFamilies(title: string): Promise<ApiFamily[] | undefined> {
  const items: (vscode.QuickPickItem & { families: ApiFamily[] })[] = [
    { label: familyLabel('ovh'), description: vscode.l10n.t('application key + secret (+ consumer key)'), families: ['ovh'] },
    { label: familyLabel('orange'), description: vscode.l10n.t('client ID + secret (+ API key for Business Eligibility)'), families: ['orange'] },
    { label: vscode.l10n.t('Both: OVHcloud and Orange'), description: vscode.l10n.t('each with its own endpoint and credentials'), families: ['ovh', 'orange'] },
  ];
  const pick = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Which APIs this profile sends calls to') });
  return pick?.families;
}

/** After adding APIs to a profile: offer to set each new family's credentials now. */
export async function offerCredentials(profile: Profile, families: ApiFamily[]): Promise<void> {
  const set = vscode.l10n.t('Set credentials');
  for (const f of families) {
    const next = await vscode.window.showInformationMessage(
      vscode.l10n.t("Profile {0}: {1} calls go to {2}. Its credentials go to VS Code's secret storage.", profile.name, familyShort(f), familyBaseUrl(profile, f)), set);
    if (next !== set) return;
    await vscode.commands.executeCommand('eligibility.setCredentials', { profileId: profile.id, family: f });
  }
}

/** "OVHcloud · ovh-eu, Orange · https://api.orange.com" */
export function describeProfile(p: Profile): string {
  if (p.kind === 'sandbox') return vscode.l10n.t('embedded simulator of the three APIs, no credentials');
  return coveredFamilies(p).map(f => `${f === 'ovh' ? 'OVHcloud' : 'Orange'} · ${p.apis[f]?.endpoint || familyBaseUrl(p, f)}`).join(', ');
}
