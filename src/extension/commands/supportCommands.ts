import * as vscode from 'vscode';
import type { Services } from '../services';
import { exportForSupportInteractive, type SupportSubject } from '../support/exportSupport';

/** *Export for Support…* from the palette: the result of the focused results panel, else the last result. */
export function registerSupportCommands(s: Services, current: () => SupportSubject | undefined): vscode.Disposable[] {
  return [vscode.commands.registerCommand('eligibility.exportForSupport', async () => {
    const subject = current() ?? (s.runner.lastResult ? {
      result: s.runner.lastResult.result, title: s.runner.lastResult.title, profileKind: s.profiles.get(s.runner.lastResult.profileId)?.kind,
    } : undefined);
    if (!subject) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No result to export yet: run a test first, then Export for Support… from its results panel.'));
      return;
    }
    await exportForSupportInteractive(subject, String(s.context.extension.packageJSON.version));
  })];
}
