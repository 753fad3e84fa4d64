import * as vscode from 'vscode';
import { API_FAMILIES, familyBaseUrl } from '../../core/profiles';
import type { Services } from '../services';

/** The status bar item's click: a modal question naming the profiles that point at the sandbox. */
async function confirmStop(s: Services, url: string): Promise<boolean> {
  const origin = new URL(url).origin;
  const using = s.profiles.list().filter(p => p.kind === 'sandbox' || API_FAMILIES.some(f => p.apis[f] && familyBaseUrl(p, f).startsWith(origin)));
  const stop = vscode.l10n.t('Stop');
  const pick = await vscode.window.showWarningMessage(vscode.l10n.t('Stop the embedded sandbox on {0}?', url), {
    modal: true,
    detail: vscode.l10n.t('Calls of {0} fail until it starts again (it starts again on the same port when one of them runs).', using.map(p => p.name).join(', ')),
  }, stop);
  return pick === stop;
}

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
    reg('eligibility.stopSandbox', async (arg?: { confirm?: boolean }) => {
      if (!s.sandbox.url) return false;
      if (arg?.confirm && !(await confirmStop(s, s.sandbox.url))) return false;
      await s.sandbox.stop();
      vscode.window.setStatusBarMessage(`$(beaker) ${vscode.l10n.t('Eligibility sandbox stopped')}`, 3000);
      return true;
    }),
    reg('eligibility.showLog', () => s.log.show(true)),
  ];
}
