import * as vscode from 'vscode';
import type { Services } from '../services';
import type { TreeNode } from '../tree/node';
import { recallTargetOf } from '../tree/nodeActions';

export type RecallCheck = 'profiber' | 'dedicatedfiber';

/**
 * "Ask OVHcloud for a Recall…" on building and address nodes: `POST /connectivity/eligibility/recall`
 * (signed with the profile's OVH credentials), for Pro Fiber (FTTH) and/or Dedicated Fiber
 * (FTTO/FTTE). The answer (the recall, with its id) opens in the results panel.
 * Arguments for tests and keybindings: the node, then the checks.
 */
export function registerRecallCommand(s: Services): vscode.Disposable[] {
  return [vscode.commands.registerCommand('eligibility.node.recall', async (n?: TreeNode, checks?: RecallCheck[]) => {
    const node = n ?? s.explorer.view.selection[0];
    const target = node && recallTargetOf(node);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select a building or an address in the Eligibility explorer first.'));
      return undefined;
    }
    let picked = checks;
    if (!picked) {
      const items: (vscode.QuickPickItem & { check: RecallCheck })[] = [
        { check: 'profiber', label: vscode.l10n.t('Pro Fiber (FTTH)'), picked: true },
        { check: 'dedicatedfiber', label: vscode.l10n.t('Dedicated Fiber (FTTO/FTTE)') },
      ];
      const chosen = await vscode.window.showQuickPick(items, {
        canPickMany: true, title: vscode.l10n.t('Recall of {0}', target.reference),
        placeHolder: vscode.l10n.t('What OVHcloud should check again and tell you about'),
      });
      if (!chosen?.length) return undefined;
      picked = chosen.map(c => c.check);
    }
    const params = { ...target, profiberRequest: picked.includes('profiber'), dedicatedfiberRequest: picked.includes('dedicatedfiber') };
    return s.runner.show({ api: 'ovh', operation: 'recall', params }, { title: vscode.l10n.t('Recall {0}', target.reference), origin: 'tree' });
  })];
}
