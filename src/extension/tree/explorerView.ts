import * as vscode from 'vscode';
import type { TreeNode } from './node';
import { ExplorerProvider, VIEW_ID } from './provider';

/** The TreeView: its message shows the active filters (with match counts). */
export class ExplorerView implements vscode.Disposable {
  readonly view: vscode.TreeView<TreeNode>;
  private lastExpanded: TreeNode | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(readonly provider: ExplorerProvider) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
    this.subscriptions.push(this.view, this.view.onDidExpandElement(e => { this.lastExpanded = e.element; }));
  }

  /** The list a filter command applies to: the selected node if it has children, else its parent, else the last expanded. */
  filterTarget(explicit?: TreeNode): TreeNode | undefined {
    const pick = explicit ?? this.view.selection[0] ?? this.lastExpanded;
    if (!pick) return undefined;
    const kind = pick.data.kind;
    const leaf = kind === 'number' || kind === 'building' || kind === 'stair' || kind === 'loadMore' || kind === 'message' || kind === 'error';
    return leaf || kind === 'section' || kind === 'action' ? pick.parent ?? pick : pick;
  }

  async updateMessage(): Promise<void> {
    const parts: string[] = [];
    for (const [id, text] of this.provider.lists.activeFilters()) {
      const node = this.find(id);
      const total = node ? (await this.provider.allChildren(node)).length : undefined;
      const matched = node ? this.provider.lists.apply(node, await this.provider.allChildren(node)).matched : undefined;
      parts.push(total !== undefined ? vscode.l10n.t('Filter “{0}” on {1}: {2} of {3}', text, node?.label ?? id, matched ?? 0, total.toLocaleString(vscode.env.language))
        : vscode.l10n.t('Filter “{0}” on {1}', text, node?.label ?? id));
    }
    this.view.message = parts.length ? vscode.l10n.t('{0} — clear with “Eligibility: Clear Tree Filter”', parts.join(' · ')) : undefined;
  }

  async reveal(node: TreeNode, expand = true): Promise<void> {
    await this.view.reveal(node, { select: true, focus: true, expand });
  }

  private readonly known = new Map<string, TreeNode>();
  /** Remembers a node by id (filters are keyed by node id). */
  remember(node: TreeNode): void { this.known.set(node.id, node); }
  find(id: string): TreeNode | undefined { return this.known.get(id); }

  dispose(): void { this.subscriptions.forEach(s => s.dispose()); }
}

export { VIEW_ID };
