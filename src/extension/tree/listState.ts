import * as vscode from 'vscode';
import { makeNode, TreeNode } from './node';

/**
 * Long lists stay fast: children are filtered (per parent, case-insensitive substring of the
 * label or description) and shown one page at a time, with a "Load more…" node at the end.
 */
export class ListState {
  private readonly filters = new Map<string, string>();
  private readonly pages = new Map<string, number>();

  get pageSize(): number {
    return Math.max(10, vscode.workspace.getConfiguration('eligibility').get<number>('tree.pageSize') ?? 200);
  }

  filterOf(parentId: string): string | undefined { return this.filters.get(parentId); }

  setFilter(parentId: string, text: string | undefined): void {
    if (text) this.filters.set(parentId, text); else this.filters.delete(parentId);
    this.pages.delete(parentId);
  }

  activeFilters(): [string, string][] { return [...this.filters.entries()]; }

  clearFilters(): void { this.filters.clear(); this.pages.clear(); }

  more(parentId: string): void { this.pages.set(parentId, (this.pages.get(parentId) ?? 1) + 1); }

  /** The visible slice of a parent's full child list. */
  apply(parent: TreeNode, all: TreeNode[]): { visible: TreeNode[]; matched: number } {
    const f = this.filters.get(parent.id)?.toLowerCase();
    const matched = f ? all.filter(n => n.label.toLowerCase().includes(f) || (n.description ?? '').toLowerCase().includes(f)) : all;
    const shown = (this.pages.get(parent.id) ?? 1) * this.pageSize;
    if (matched.length <= shown) return { visible: matched, matched: matched.length };
    const remaining = matched.length - shown;
    const more = makeNode(parent, `more:${shown}`, vscode.l10n.t('Load more… ({0} more)', remaining.toLocaleString(vscode.env.language)),
      { kind: 'loadMore', remaining, listOf: parent.id },
      { tooltip: vscode.l10n.t('Shows the next {0}; or filter this list (Eligibility: Filter Tree)', Math.min(remaining, this.pageSize)) });
    return { visible: [...matched.slice(0, shown), more], matched: matched.length };
  }
}
