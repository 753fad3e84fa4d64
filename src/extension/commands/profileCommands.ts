import * as vscode from 'vscode';
import type { ApiId } from '../../core/model/normalized';
import {
  ApiFamily, covers, newProfileId, Profile, ProfileApis, profileProblem, SANDBOX_PROFILE_ID,
} from '../../core/profiles';
import { askEndpoint, askFamilies, offerCredentials } from '../profiles/profileInputs';
import { familyShort } from '../profiles/refusal';
import type { Services } from '../services';
import { describeProfile } from './credentialCommands';
import { registerProfileEditCommands } from './profileEditCommands';

type Item = vscode.QuickPickItem & { id?: string; add?: boolean };

/** `apis` as given (new shape) or `kind` + `endpoint` (first-round shape, still accepted). */
export interface AddProfileArg {
  name?: string; apis?: ProfileApis; kind?: ApiFamily; endpoint?: string;
  /** interactive: the families to offer first; `then: 'none'` skips the credentials prompts */
  families?: ApiFamily[]; then?: 'credentials' | 'none';
}

/** Select, Use the Sandbox, Add; Edit and Remove live in profileEditCommands.ts. */
export function registerProfileCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg('eligibility.selectProfile', (arg?: string | { coveringApi?: ApiId }) => selectProfile(s, arg)),
    reg('eligibility.useSandbox', () => selectProfile(s, SANDBOX_PROFILE_ID)),
    reg('eligibility.addProfile', (arg?: AddProfileArg) => addProfile(s, arg)),
    ...registerProfileEditCommands(s),
  ];
}

async function selectProfile(s: Services, arg?: string | { coveringApi?: ApiId }): Promise<string | undefined> {
  let id = typeof arg === 'string' ? arg : undefined;
  if (!id) {
    const api = typeof arg === 'object' ? arg.coveringApi : undefined;
    const active = s.profiles.active().id;
    const items: Item[] = s.profiles.list().filter(p => !api || covers(p, api)).map(p => ({
      label: `${p.id === active ? '$(check) ' : ''}${p.name}`, description: describeProfile(p), id: p.id }));
    items.push({ label: `$(add) ${vscode.l10n.t('Add Profile…')}`, add: true });
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Eligibility profile'),
      placeHolder: api ? vscode.l10n.t('Profiles that cover {0}', api) : vscode.l10n.t('Where calls go, and with which credentials') });
    if (!pick) return undefined;
    if (pick.add) return vscode.commands.executeCommand<string | undefined>('eligibility.addProfile');
    id = pick.id;
  }
  if (!id || !s.profiles.get(id)) { void vscode.window.showErrorMessage(vscode.l10n.t('Unknown profile "{0}".', String(id))); return undefined; }
  await s.profiles.setActive(id);
  return id;
}

function apisFromArg(arg: AddProfileArg): ProfileApis | undefined {
  if (arg.apis) return arg.apis;
  if (arg.kind) return { [arg.kind]: arg.endpoint ? { endpoint: arg.endpoint } : {} };
  return undefined;
}

async function addProfile(s: Services, arg: AddProfileArg = {}): Promise<string | undefined> {
  const given = apisFromArg(arg);
  const interactive = !(arg.name && given);
  const apis = given ?? await askApis(arg.families);
  if (!apis) return undefined;
  const name = arg.name ?? await askName(defaultName(apis));
  if (!name) return undefined;
  const problem = profileProblem({ apis });
  if (problem) { void vscode.window.showErrorMessage(vscode.l10n.t('Profile not added: {0}.', problem)); return undefined; }
  const profile: Profile = { id: newProfileId(name, s.profiles.list().map(p => p.id)), name, kind: 'custom', apis };
  await s.profiles.save(profile);
  await s.profiles.setActive(profile.id);
  if (interactive && arg.then !== 'none') await offerCredentials(profile, Object.keys(apis) as ApiFamily[]);
  return profile.id;
}

async function askApis(families?: ApiFamily[]): Promise<ProfileApis | undefined> {
  const picked = families?.length ? families : await askFamilies(vscode.l10n.t('Add profile: APIs'));
  if (!picked) return undefined;
  const apis: ProfileApis = {};
  for (const f of picked) {
    const endpoint = await askEndpoint(f, vscode.l10n.t('Add profile: {0} endpoint', familyShort(f)));
    if (endpoint === undefined) return undefined;
    apis[f] = endpoint ? { endpoint } : {};
  }
  return apis;
}

function defaultName(apis: ProfileApis): string {
  const parts: string[] = [];
  if (apis.ovh) parts.push(/^ovh-(eu|ca|us)$/.test(apis.ovh.endpoint ?? 'ovh-eu') ? `OVH ${(apis.ovh.endpoint ?? 'ovh-eu').slice(4).toUpperCase()}` : 'OVH');
  if (apis.orange) parts.push('Orange');
  return parts.join(' + ');
}

async function askName(value: string): Promise<string | undefined> {
  const name = await vscode.window.showInputBox({ title: vscode.l10n.t('Add profile: name'), prompt: vscode.l10n.t('Name'), value,
    validateInput: v => (v.trim() ? undefined : vscode.l10n.t('A name')) });
  return name?.trim() || undefined;
}
