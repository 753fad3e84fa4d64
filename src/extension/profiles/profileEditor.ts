import * as vscode from 'vscode';
import {
  API_FAMILIES, ApiFamily, coveredFamilies, FamilyEntry, familyBaseUrl, needsSecrets, newProfileId, Profile, ProfileApis, profileProblem,
} from '../../core/profiles';
import type { Services } from '../services';
import { askEndpoint, askFamilies, describeProfile, offerCredentials } from './profileInputs';
import { familyLabel, familyShort } from './refusal';

/**
 * Add, Edit and Remove Profile: the profile editor. Its own bundle (dist/profileEditor.js),
 * required on first use by profileCommands.ts: activation and extension.js do not pay for it.
 * It holds no state of its own (everything goes through the Services it is given).
 */

/** Non-interactive edits (tests, other commands); `null` removes a family from the profile. */
export interface EditProfileArg {
  profileId?: string;
  name?: string;
  apis?: Partial<Record<ApiFamily, FamilyEntry | null>>;
  /** asks this family's endpoint, adds it, then offers its credentials (the refusal's button) */
  addFamily?: ApiFamily;
  then?: 'credentials' | 'none';
}

type Action = vscode.QuickPickItem & { run: () => Promise<EditProfileArg | undefined> };

/** `apis` as given (new shape) or `kind` + `endpoint` (first-round shape, still accepted). */
export interface AddProfileArg {
  name?: string; apis?: ProfileApis; kind?: ApiFamily; endpoint?: string;
  /** interactive: the families to offer first; `then: 'none'` skips the credentials prompts */
  families?: ApiFamily[]; then?: 'credentials' | 'none';
}

/** Edit Profile… (name, add / change / remove an API family). */
export async function editProfile(s: Services, arg: EditProfileArg): Promise<string | undefined> {
  const profile = await pickProfile(s, arg.profileId, vscode.l10n.t('Edit profile'));
  if (!profile || !needsSecrets(profile)) return undefined;
  let change: EditProfileArg | undefined = arg;
  if (arg.addFamily) {
    const endpoint = await askEndpoint(arg.addFamily, vscode.l10n.t('Add {0} to {1}: endpoint', familyShort(arg.addFamily), profile.name));
    change = endpoint === undefined ? undefined : { apis: { [arg.addFamily]: endpoint ? { endpoint } : {} } };
  } else if (arg.name === undefined && arg.apis === undefined) {
    change = await pickChange(s, profile);
  }
  if (!change) return undefined;
  const edited = await applyEdit(s, profile, change);
  if (!edited) return undefined;
  const added = API_FAMILIES.filter(f => edited.apis[f] && !profile.apis[f]);
  const interactive = !!arg.addFamily || (arg.name === undefined && arg.apis === undefined);
  if (interactive && arg.then !== 'none' && added.length) await offerCredentials(edited, added);
  return edited.id;
}

/** The interactive menu: one change per run. */
async function pickChange(s: Services, p: Profile): Promise<EditProfileArg | undefined> {
  const title = vscode.l10n.t('Edit profile {0}', p.name);
  const actions: Action[] = [{
    label: `$(edit) ${vscode.l10n.t('Rename')}`, description: p.name,
    run: async () => {
      const name = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('Name'), value: p.name, validateInput: v => (v.trim() ? undefined : vscode.l10n.t('A name')) });
      return name?.trim() ? { name: name.trim() } : undefined;
    },
  }];
  for (const f of API_FAMILIES) {
    if (p.apis[f]) {
      actions.push({ label: `$(globe) ${vscode.l10n.t('Change the {0} endpoint', familyShort(f))}`, description: familyBaseUrl(p, f),
        run: async () => { const e = await askEndpoint(f, title, p.apis[f]?.endpoint); return e === undefined ? undefined : { apis: { [f]: e ? { endpoint: e } : {} } }; } });
      actions.push({ label: `$(key) ${vscode.l10n.t('Set the {0} credentials', familyShort(f))}`,
        run: async () => { await vscode.commands.executeCommand('eligibility.setCredentials', { profileId: p.id, family: f }); return undefined; } });
      if (coveredFamilies(p).length > 1) {
        actions.push({ label: `$(remove) ${vscode.l10n.t('Remove {0} from this profile', familyLabel(f))}`, description: vscode.l10n.t('its credentials are deleted'),
          run: async () => ({ apis: { [f]: null } }) });
      }
    } else {
      actions.push({ label: `$(add) ${vscode.l10n.t('Add {0} to this profile', familyLabel(f))}`,
        run: async () => { const e = await askEndpoint(f, title); return e === undefined ? undefined : { apis: { [f]: e ? { endpoint: e } : {} } }; } });
    }
  }
  const pick = await vscode.window.showQuickPick(actions, { title, placeHolder: vscode.l10n.t('What to change') });
  return pick?.run();
}

/** The profile to edit or remove: given, or picked among the user's own (the active one first). */
async function pickProfile(s: Services, id: string | undefined, title: string): Promise<Profile | undefined> {
  if (id) return s.profiles.get(id);
  const active = s.profiles.active().id;
  const own = s.profiles.list().filter(needsSecrets).sort((a, b) => Number(b.id === active) - Number(a.id === active));
  if (!own.length) {
    const add = vscode.l10n.t('Add Profile…');
    const pick = await vscode.window.showInformationMessage(vscode.l10n.t('Only the built-in Sandbox profile exists: it cannot be edited or removed.'), add);
    if (pick) await vscode.commands.executeCommand('eligibility.addProfile');
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(own.map(p => ({ label: `${p.id === active ? '$(check) ' : ''}${p.name}`, description: describeProfile(p), profile: p })),
    { title, placeHolder: vscode.l10n.t('Profile') });
  return pick?.profile;
}

function originOf(url: string): string { try { return new URL(url).origin.toLowerCase(); } catch { return url; } }

/**
 * Applies a change and saves it. A family removed loses its secrets; a family whose endpoint
 * moves to another origin loses them too (credentials are only for the host they were checked
 * against: set them again for the new one).
 */
async function applyEdit(s: Services, p: Profile, change: EditProfileArg): Promise<Profile | undefined> {
  const apis = { ...p.apis };
  const clear: ApiFamily[] = [];
  for (const f of API_FAMILIES) {
    const c = change.apis?.[f];
    if (c === undefined) continue;
    if (c === null) { delete apis[f]; if (p.apis[f]) clear.push(f); continue; }
    const next: Profile = { ...p, apis: { ...apis, [f]: c } };
    if (p.apis[f] && originOf(familyBaseUrl(p, f)) !== originOf(familyBaseUrl(next, f))) clear.push(f);
    apis[f] = c.endpoint ? { endpoint: c.endpoint } : {};
  }
  const problem = profileProblem({ apis });
  if (problem) { void vscode.window.showErrorMessage(vscode.l10n.t('Profile not changed: {0}.', problem)); return undefined; }
  const edited: Profile = { ...p, name: change.name?.trim() || p.name, apis };
  await s.profiles.save(edited);
  for (const f of clear) await s.credentials.clear(p, f);
  s.runner.state.cache.clear();
  s.provider.refresh();
  if (clear.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Profile {0} saved. The {1} credentials were deleted (that API was removed or moved to another host).',
      edited.name, clear.map(familyShort).join(', ')));
  }
  return edited;
}

/** Remove Profile…: the profile and every secret it had. */
export async function removeProfile(s: Services, id: string | undefined): Promise<boolean> {
  const profile = await pickProfile(s, id, vscode.l10n.t('Remove profile'));
  if (!profile || !needsSecrets(profile)) return false;
  if (!id) {
    const remove = vscode.l10n.t('Remove');
    const ok = await vscode.window.showWarningMessage(
      vscode.l10n.t("Remove profile {0}? Its credentials are deleted from VS Code's secret storage.", profile.name), { modal: true }, remove);
    if (ok !== remove) return false;
  }
  await s.profiles.remove(profile.id);
  await s.credentials.clear(profile);
  s.runner.state.cache.clear();
  s.provider.refresh();
  void vscode.window.showInformationMessage(vscode.l10n.t('Profile {0} and its credentials removed.', profile.name));
  return true;
}

function apisFromArg(arg: AddProfileArg): ProfileApis | undefined {
  if (arg.apis) return arg.apis;
  if (arg.kind) return { [arg.kind]: arg.endpoint ? { endpoint: arg.endpoint } : {} };
  return undefined;
}

/** Add Profile…: families, their endpoints, a name; then offers each family's credentials. */
export async function addProfile(s: Services, arg: AddProfileArg = {}): Promise<string | undefined> {
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
