import * as vscode from 'vscode';
import type { Services } from '../services';

/** Start / Stop sandbox, Show log. */
export function registerSandboxCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  const setKey = (url: string | undefined) => void vscode.commands.executeCommand('setContext', 'eligibility.sandboxRunning', !!url);
  setKey(s.sandbox.url);
  return [
    s.sandbox.onDidChange(setKey),
    reg('eligibility.startSandbox', async () => {
      try {
        const url = await s.sandbox.ensure();
        vscode.window.setStatusBarMessage(`$(beaker) ${vscode.l10n.t('Eligibility sandbox on {0}', url)}`, 4000);
        return url;
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        s.logger.error(`The sandbox did not start: ${why}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The sandbox did not start: {0}', why), vscode.l10n.t('Open log')).then(b => b && s.log.show());
        return undefined;
      }
    }),
    reg('eligibility.stopSandbox', async () => {
      await s.sandbox.stop();
      vscode.window.setStatusBarMessage(`$(beaker) ${vscode.l10n.t('Eligibility sandbox stopped')}`, 3000);
    }),
    reg('eligibility.showLog', () => s.log.show(true)),
  ];
}
