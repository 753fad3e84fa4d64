import * as vscode from 'vscode';
import { checkEndpoint, newProfileId, Profile, ProfileKind, SANDBOX_PROFILE_ID } from '../../core/profiles';
import type { Services } from '../services';

type Item = vscode.QuickPickItem & { id?: string; add?: boolean };

/** Select profile (one click from the status bar), Add profile, Use the Sandbox. */
export function registerProfileCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  const select = async (id?: string) => {
    if (!id) {
      const active = s.profiles.active().id;
      const items: Item[] = s.profiles.list().map(p => ({
        label: `${p.id === active ? '$(check) ' : ''}${p.name}`, description: p.kind === 'sandbox' ? 'embedded simulator, no credentials' : `${p.kind}${p.endpoint ? ` · ${p.endpoint}` : ''}`, id: p.id }));
      items.push({ label: '$(add) Add profile…', add: true });
      const pick = await vscode.window.showQuickPick(items, { title: 'Eligibility profile', placeHolder: 'Which API endpoint and credentials to use' });
      if (!pick) return undefined;
      if (pick.add) return vscode.commands.executeCommand<string | undefined>('eligibility.addProfile');
      id = pick.id;
    }
    if (!id || !s.profiles.get(id)) { void vscode.window.showErrorMessage(`Unknown profile "${id}".`); return undefined; }
    await s.profiles.setActive(id);
    return id;
  };
  return [
    reg('eligibility.selectProfile', (id?: string) => select(id)),
    reg('eligibility.useSandbox', () => select(SANDBOX_PROFILE_ID)),
    reg('eligibility.addProfile', async (arg?: Partial<Profile>) => {
      const profile = arg?.name && arg.kind ? toProfile(s, arg.name, arg.kind, arg.endpoint) : await askProfile(s);
      if (!profile) return undefined;
      const problem = checkEndpoint(profile);
      if (problem) { void vscode.window.showErrorMessage(`Profile not added: ${problem}.`); return undefined; }
      await s.profiles.save(profile);
      await s.profiles.setActive(profile.id);
      if (!arg) {
        const next = await vscode.window.showInformationMessage(`Profile ${profile.name} added and selected. Its credentials go to VS Code's secret storage.`, 'Set credentials');
        if (next) await vscode.commands.executeCommand('eligibility.setCredentials', profile.id);
      }
      return profile.id;
    }),
  ];
}

function toProfile(s: Services, name: string, kind: ProfileKind, endpoint?: string): Profile {
  const id = newProfileId(name, s.profiles.list().map(p => p.id));
  return { id, name, kind, ...(endpoint ? { endpoint } : {}) };
}

async function askProfile(s: Services): Promise<Profile | undefined> {
  const kind = await vscode.window.showQuickPick([
    { label: 'OVHcloud Connectivity', description: 'application key + secret (+ consumer key)', family: 'ovh' as const },
    { label: 'Orange (Business Eligibility + RIP)', description: 'client id + secret + API key', family: 'orange' as const },
  ], { title: 'Add profile (1/3)', placeHolder: 'API' });
  if (!kind) return undefined;
  let endpoint: string | undefined;
  if (kind.family === 'ovh') {
    const e = await vscode.window.showQuickPick(['ovh-eu', 'ovh-ca', 'ovh-us', 'Other URL…'], { title: 'Add profile (2/3)', placeHolder: 'Endpoint' });
    if (!e) return undefined;
    endpoint = e === 'Other URL…' ? await askUrl('https://eu.api.ovh.com/1.0', 'ovh') : e;
  } else {
    endpoint = await askUrl('https://api.orange.com', 'orange');
  }
  if (endpoint === undefined) return undefined;
  const name = await vscode.window.showInputBox({ title: 'Add profile (3/3)', prompt: 'Name', value: kind.family === 'ovh' ? `OVH ${endpoint.replace(/^ovh-/, '').toUpperCase()}` : 'Orange',
    validateInput: v => (v.trim() ? undefined : 'A name') });
  return name ? toProfile(s, name.trim(), kind.family, endpoint) : undefined;
}

async function askUrl(value: string, kind: ProfileKind): Promise<string | undefined> {
  return vscode.window.showInputBox({ title: 'Add profile (2/3)', prompt: 'Base URL (https)', value,
    validateInput: v => checkEndpoint({ kind, endpoint: v.trim() }) });
}
