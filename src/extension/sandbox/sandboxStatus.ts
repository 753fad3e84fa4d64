import * as vscode from 'vscode';
import type { SandboxManager } from './sandboxManager';

/** A status bar item shown while the embedded sandbox runs; a click asks, then stops it. */
export function createSandboxStatus(sandbox: SandboxManager): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('eligibility.sandbox', vscode.StatusBarAlignment.Left, 99);
  item.name = vscode.l10n.t('Eligibility sandbox');
  item.command = { command: 'eligibility.stopSandbox', title: vscode.l10n.t('Stop the sandbox'), arguments: [{ confirm: true }] };
  const render = (url: string | undefined) => {
    if (!url) { item.hide(); return; }
    item.text = `$(radio-tower) :${new URL(url).port}`;
    item.tooltip = vscode.l10n.t('Eligibility sandbox running on {0}\nClick to stop it (asks first)', url);
    item.show();
  };
  render(sandbox.url);
  const sub = sandbox.onDidChange(render);
  return vscode.Disposable.from(sub, item);
}
