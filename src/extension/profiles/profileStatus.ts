import * as vscode from 'vscode';
import { coveredFamilies, familyBaseUrl, Profile } from '../../core/profiles';
import type { ProfileStore } from './profileStore';
import { familyShort } from './refusal';

/** Status bar item with the active profile (a click switches) + the context keys `when` clauses use. */
export function createProfileStatus(profiles: ProfileStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('eligibility.profile', vscode.StatusBarAlignment.Left, 100);
  item.name = vscode.l10n.t('Eligibility profile');
  item.command = 'eligibility.selectProfile';
  const render = (p: Profile) => {
    item.text = `$(${p.kind === 'sandbox' ? 'beaker' : 'plug'}) ${p.name}`;
    const where = p.kind === 'sandbox' ? vscode.l10n.t('embedded simulator of the three APIs')
      : coveredFamilies(p).map(f => `${familyShort(f)}: ${familyBaseUrl(p, f)}`).join('\n');
    item.tooltip = vscode.l10n.t('Eligibility profile: {0}\n{1}\nClick to switch', p.name, where);
    item.show();
    void vscode.commands.executeCommand('setContext', 'eligibility.activeProfileKind', p.kind);
  };
  render(profiles.active());
  return vscode.Disposable.from(profiles.onDidChangeActive(render), item);
}
