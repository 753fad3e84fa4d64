import * as vscode from 'vscode';
import type { ApiId } from '../../core/model/normalized';
import * as path from 'path';
import { covers, SANDBOX_PROFILE_ID } from '../../core/profiles';
import type * as Editor from '../profiles/profileEditor';
import { describeProfile } from '../profiles/profileInputs';
import type { Services } from '../services';

type Item = vscode.QuickPickItem & { id?: string; add?: boolean };

/** The profile editor bundle (dist/profileEditor.js, next to dist/extension.js), loaded on first use. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const editor = (): typeof Editor => require(path.join(__dirname, 'profileEditor.js')) as typeof Editor;

/** Select, Use the Sandbox; Add, Edit and Remove (in the lazily loaded profile editor). */
export function registerProfileCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg('eligibility.selectProfile', (arg?: string | { coveringApi?: ApiId }) => selectProfile(s, arg)),
    reg('eligibility.useSandbox', () => selectProfile(s, SANDBOX_PROFILE_ID)),
    reg('eligibility.addProfile', (arg?: Editor.AddProfileArg) => editor().addProfile(s, arg)),
    reg('eligibility.editProfile', (arg?: Editor.EditProfileArg | string) => editor().editProfile(s, typeof arg === 'string' ? { profileId: arg } : arg ?? {})),
    reg('eligibility.removeProfile', (arg?: string | { profileId?: string }) => editor().removeProfile(s, typeof arg === 'string' ? arg : arg?.profileId)),
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
