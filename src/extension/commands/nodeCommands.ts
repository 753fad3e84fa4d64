import * as vscode from 'vscode';
import { saveCallAsRequestFile } from '../requestFiles/saveRequest';
import type { Services } from '../services';
import type { TreeNode } from '../tree/node';
import { buildingCodeOf, identifierOf, listCallOf, testCallOf } from '../tree/nodeActions';

/** The actions on explorer nodes (inline and context menu; see `view/item/context` in package.json). */
export function registerNodeCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  const selected = (n?: TreeNode) => n ?? s.explorer.view.selection[0];
  const testLine = (status: 'active' | 'inactive') => (n?: TreeNode) => {
    const node = selected(n);
    const d = node?.data;
    if (!d || (d.kind !== 'line' && d.kind !== 'lineQuery')) return undefined;
    return s.runner.show({ api: 'ovh', operation: 'test/line', params: { lineNumber: d.lineNumber, status } },
      { title: vscode.l10n.t('Line {0} ({1})', d.lineNumber, status), origin: 'tree' });
  };
  const filter = async (n?: TreeNode, text?: string) => {
    const target = s.explorer.filterTarget(n);
    if (!target) { void vscode.window.showInformationMessage(vscode.l10n.t('Select or expand a list in the Eligibility explorer first (e.g. the streets of a city).')); return; }
    s.explorer.remember(target);
    const value = text ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter {0}', target.label), prompt: vscode.l10n.t('Text to match (empty clears the filter)'), value: s.provider.lists.filterOf(target.id) ?? '' });
    if (value === undefined) return;
    s.provider.lists.setFilter(target.id, value.trim() || undefined);
    s.provider.redraw(target);
    await s.explorer.updateMessage();
    if (value.trim()) await s.explorer.reveal(target).catch(() => undefined);
  };
  return [
    reg('eligibility.node.test', (n?: TreeNode) => {
      const node = selected(n);
      const call = node && testCallOf(node);
      return call ? s.runner.show(call, { origin: 'tree' }) : undefined;
    }),
    reg('eligibility.node.testLineActive', testLine('active')),
    reg('eligibility.node.testLineInactive', testLine('inactive')),
    reg('eligibility.node.copyId', async (n?: TreeNode) => {
      const id = selected(n) && identifierOf(selected(n)!);
      if (!id) return undefined;
      await vscode.env.clipboard.writeText(id);
      vscode.window.setStatusBarMessage(`$(copy) ${vscode.l10n.t('Copied {0}', id)}`, 3000);
      return id;
    }),
    reg('eligibility.node.saveRequest', (n?: TreeNode) => {
      const node = selected(n);
      const call = node && (testCallOf(node) ?? listCallOf(node));
      return call ? saveCallAsRequestFile(`${node.label}`, call) : undefined;
    }),
    reg('eligibility.node.openInOrange', (n?: TreeNode) => {
      const code = selected(n) && buildingCodeOf(selected(n)!);
      return code ? s.runner.show({ api: 'orange-b2b', operation: 'poi', params: { buildingCode: code } }, { title: vscode.l10n.t('Orange POI {0}', code), origin: 'tree' }) : undefined;
    }),
    reg('eligibility.node.openInRip', async (n?: TreeNode, category?: 'ftth' | 'ftte') => {
      const code = selected(n) && buildingCodeOf(selected(n)!);
      if (!code) return undefined;
      const cat = category ?? await vscode.window.showQuickPick(['ftth', 'ftte'], { title: vscode.l10n.t('RIP qualification of {0}', code), placeHolder: vscode.l10n.t('Offer family') });
      if (!cat) return undefined;
      return s.runner.show({ api: 'orange-rip', operation: 'productRIPQualification',
        params: { contextType: 'buildingCode', category: { name: cat }, publicKey: { name: 'buildingCode', value: code } } },
      { title: vscode.l10n.t('RIP {0} {1}', cat, code), origin: 'tree' });
    }),
    reg('eligibility.node.openInOvh', (n?: TreeNode) => {
      const code = selected(n) && buildingCodeOf(selected(n)!);
      return code ? s.runner.show({ api: 'ovh', operation: 'test/building', params: { building: code } }, { title: vscode.l10n.t('Building {0}', code), origin: 'tree' }) : undefined;
    }),
    reg('eligibility.node.filter', (n?: TreeNode, text?: string) => filter(n, text)),
    reg('eligibility.filterTree', (text?: string) => filter(undefined, text)),
    reg('eligibility.clearTreeFilter', async () => {
      s.provider.lists.clearFilters();
      s.provider.redraw();
      await s.explorer.updateMessage();
    }),
    reg('eligibility.node.loadMore', (n?: TreeNode) => {
      const parent = n?.parent;
      if (!parent) return;
      s.provider.lists.more(parent.id);
      s.provider.redraw(parent);
    }),
    reg('eligibility.node.refresh', (n?: TreeNode) => s.provider.refresh(selected(n))),
    reg('eligibility.refreshTree', () => s.provider.refresh()),
    reg('eligibility.node.remove', async (n?: TreeNode) => {
      const node = selected(n);
      if (!node) return;
      await s.queries.remove(node);
      s.provider.redraw();
    }),
  ];
}
