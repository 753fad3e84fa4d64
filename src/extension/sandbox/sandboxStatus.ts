import * as vscode from 'vscode';
import type { SandboxManager } from './sandboxManager';

/** A status bar item shown while the embedded sandbox runs; a click stops it (after a confirm). */
export function createSandboxStatus(sandbox: SandboxManager): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('eligibility.sandbox', vscode.StatusBarAlignment.Left, 99);
  item.name = vscode.l10n.t('Eligibility sandbox');
  item.command = 'eligibility.stopSandbox';
  const render = (url: string | undefined) => {
    if (!url) { item.hide(); return; }
    item.text = `$(radio-tower) :${new URL(url).port}`;
    item.tooltip = vscode.l10n.t('Eligibility sandbox running on {0}\nClick to stop it', url);
    item.show();
  };
  render(sandbox.url);
  const sub = sandbox.onDidChange(render);
  return vscode.Disposable.from(sub, item);
}
