import * as vscode from 'vscode';
import type { Profile } from '../../core/profiles';
import type { ProfileStore } from './profileStore';

/** Status bar item with the active profile (a click switches) + the context keys `when` clauses use. */
export function createProfileStatus(profiles: ProfileStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('eligibility.profile', vscode.StatusBarAlignment.Left, 100);
  item.name = vscode.l10n.t('Eligibility profile');
  item.command = 'eligibility.selectProfile';
  const render = (p: Profile) => {
    item.text = `$(${p.kind === 'sandbox' ? 'beaker' : 'plug'}) ${p.name}`;
    item.tooltip = vscode.l10n.t('Eligibility profile: {0} ({1})\nClick to switch', p.name, p.endpoint ? `${p.kind}, ${p.endpoint}` : p.kind);
    item.show();
    void vscode.commands.executeCommand('setContext', 'eligibility.activeProfileKind', p.kind);
  };
  render(profiles.active());
  return vscode.Disposable.from(profiles.onDidChangeActive(render), item);
}
