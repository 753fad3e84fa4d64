import * as vscode from 'vscode';
import type { Services } from '../services';

/** Show Result History…: the last results (kept without secrets), shown again in the panel. */
export function registerHistoryCommands(s: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('eligibility.showHistory', async () => {
      const entries = s.history.list();
      if (!entries.length) { void vscode.window.showInformationMessage(vscode.l10n.t('No results yet.')); return undefined; }
      const pick = await vscode.window.showQuickPick(entries.map(e => ({
        label: `${e.result.ok ? '$(pass)' : '$(error)'} ${e.title}`,
        description: `${e.profileName} · ${new Date(e.result.startedAt).toLocaleString()}`,
        detail: e.result.error ? e.result.error.message : e.result.normalized
          ? vscode.l10n.t('{0} eligible of {1} offers', e.result.normalized.offers.filter(o => o.eligible).length, e.result.normalized.offers.length) : undefined,
        entry: e,
      })), { title: vscode.l10n.t('Eligibility results'), matchOnDescription: true });
      if (pick) s.runner.reveal(pick.entry);
      return pick?.entry;
    }),
    vscode.commands.registerCommand('eligibility.clearHistory', async () => { await s.history.clear(); }),
  ];
}
