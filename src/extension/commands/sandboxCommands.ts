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
        vscode.window.setStatusBarMessage(`$(beaker) Eligibility sandbox on ${url}`, 4000);
        return url;
      } catch (e) {
        const msg = `The sandbox did not start: ${e instanceof Error ? e.message : String(e)}`;
        s.logger.error(msg);
        void vscode.window.showErrorMessage(msg, 'Open log').then(b => b && s.log.show());
        return undefined;
      }
    }),
    reg('eligibility.stopSandbox', async () => {
      await s.sandbox.stop();
      vscode.window.setStatusBarMessage('$(beaker) Eligibility sandbox stopped', 3000);
    }),
    reg('eligibility.showLog', () => s.log.show(true)),
  ];
}
