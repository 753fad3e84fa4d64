import * as vscode from 'vscode';
import type { TreeNode } from './node';
import { SECTIONS } from './queries';

const C = vscode.TreeItemCollapsibleState;

const ICONS: Record<string, string> = {
  zip: 'mail', city: 'home', street: 'milestone', number: 'symbol-number', building: 'organization', stair: 'list-tree',
  lines: 'call-outgoing', line: 'call-outgoing', lineQuery: 'call-outgoing', coordsQuery: 'globe', address: 'location',
  poiQuery: 'search', poi: 'organization', ripQuery: 'checklist', ripBuilding: 'organization', loadMore: 'ellipsis',
  message: 'info', error: 'error',
};

function collapsible(n: TreeNode): vscode.TreeItemCollapsibleState {
  switch (n.data.kind) {
    case 'section': return C.Expanded;
    case 'building': return n.data.stairs.length ? C.Collapsed : C.None;
    case 'action': case 'stair': case 'support': case 'ripItem': case 'loadMore': case 'message': case 'error': return C.None;
    default: return C.Collapsed;
  }
}

function icon(n: TreeNode): vscode.ThemeIcon {
  const d = n.data;
  if (d.kind === 'section') return new vscode.ThemeIcon(SECTIONS.find(s => s.id === d.section)?.icon ?? 'folder');
  if (d.kind === 'action') return new vscode.ThemeIcon('add');
  if (d.kind === 'support') return statusIcon(/available|eligible|deployed|ok/i.test(d.status) && !/not|un/i.test(d.status));
  if (d.kind === 'ripItem') return statusIcon(d.result === 'eligible');
  if (d.kind === 'error') return new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
  return new vscode.ThemeIcon(ICONS[d.kind] ?? 'circle-outline');
}

function statusIcon(ok: boolean): vscode.ThemeIcon {
  return ok ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
    : new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('testing.iconFailed'));
}

export function treeItemOf(n: TreeNode, contextValue: string): vscode.TreeItem {
  const item = new vscode.TreeItem(n.label, collapsible(n));
  item.id = n.id;
  item.description = n.description;
  item.tooltip = n.tooltip;
  item.contextValue = contextValue;
  item.iconPath = icon(n);
  const d = n.data;
  if (d.kind === 'action') item.command = { command: d.command, title: n.label };
  if (d.kind === 'loadMore') item.command = { command: 'eligibility.node.loadMore', title: vscode.l10n.t('Load more'), arguments: [n] };
  if (d.kind === 'error' && n.parent) item.command = { command: 'eligibility.node.refresh', title: vscode.l10n.t('Retry'), arguments: [n.parent] };
  if (d.kind === 'ripBuilding' || d.kind === 'building' || d.kind === 'poi') item.accessibilityInformation = { label: `${n.label} ${n.description ?? ''}` };
  return item;
}
