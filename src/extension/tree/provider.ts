import * as vscode from 'vscode';
import type { RefusalInfo } from '../../core/errors';
import { showRefusal } from '../profiles/refusal';
import { formatError } from '../run/showError';
import type { CallRunner } from '../run/callRunner';
import type { ProfileStore } from '../profiles/profileStore';
import type { ApiCall } from '../../core/result';
import { ListState } from './listState';
import { makeNode, TreeNode } from './node';
import { contextValueOf } from './nodeActions';
import { orangeChildren } from './orangeChildren';
import { ovhChildren } from './ovhChildren';
import { QueryStore } from './queries';
import { treeItemOf } from './treeItem';

export const VIEW_ID = 'eligibility.explorer';

/**
 * The explorer's data: sections → the user's searches → lazily loaded children.
 * Answers are cached per profile (switching back is instant); "Refresh" forgets them.
 * Children lists are kept whole and shown filtered and paged (ListState).
 */
export class ExplorerProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly lists = new ListState();
  /** raw answers per profile + call */
  private readonly answers = new Map<string, Promise<unknown>>();
  /** full child lists per node id (for the current profile) */
  private readonly loaded = new Map<string, TreeNode[]>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** bumped when the active profile changes: a load begun before belongs to the old profile */
  private generation = 0;

  constructor(readonly queries: QueryStore, private readonly runner: CallRunner, private readonly profiles: ProfileStore) {
    this.subscriptions.push(profiles.onDidChangeActive(() => { this.generation++; this.loaded.clear(); this.changed.fire(undefined); }));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = treeItemOf(node, contextValueOf(node));
    const filter = this.lists.filterOf(node.id);
    if (filter) item.description = `${item.description ? `${String(item.description)} · ` : ''}${vscode.l10n.t('filter “{0}”', filter)}`;
    return item;
  }

  getParent(node: TreeNode): TreeNode | undefined { return node.parent; }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (!node) return this.queries.isEmpty() ? [] : this.queries.sections;
    if (node.data.kind === 'section') return this.queries.children(node);
    let all = this.loaded.get(node.id);
    // A load that began under another profile is neither kept nor shown: switching profiles while
    // a node loads would otherwise show (and cache) the old profile's answers under the new one.
    // It is loaded again for the profile now active (a few times at most, if profiles keep switching).
    for (let tries = 0; !all && tries < 3; tries++) {
      const generation = this.generation;
      const kids = await vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => this.load(node));
      if (generation !== this.generation) continue;
      if (!kids.some(n => n.data.kind === 'error')) this.loaded.set(node.id, kids);
      all = kids;
    }
    if (!all) {
      const text = vscode.l10n.t('The active profile changed while this loaded');
      return [makeNode(node, 'error', text, { kind: 'error', text, tooltip: text }, { description: vscode.l10n.t('click to retry'), tooltip: text })];
    }
    return this.lists.apply(node, all).visible;
  }

  /** All children of a node, unfiltered and unpaged (loads them if needed). */
  async allChildren(node: TreeNode): Promise<TreeNode[]> {
    await this.getChildren(node);
    return this.loaded.get(node.id) ?? [];
  }

  private async load(node: TreeNode): Promise<TreeNode[]> {
    const fetch = (call: ApiCall) => this.fetch(call);
    try {
      const kids = (await ovhChildren(node, fetch)) ?? (await orangeChildren(node, fetch)) ?? [];
      return kids.length ? kids : [makeNode(node, 'empty', vscode.l10n.t('No results'), { kind: 'message', text: 'empty' })];
    } catch (e) {
      const info = e as { message?: string; refusal?: RefusalInfo };
      const text = formatError(undefined, e as never);
      // the active profile does not cover this API (nothing was sent): say so with its buttons
      if (info.refusal) void showRefusal(info.refusal);
      return [makeNode(node, 'error', info.message ?? vscode.l10n.t('Failed'), { kind: 'error', text, tooltip: text },
        { description: vscode.l10n.t('click to retry'), tooltip: text })];
    }
  }

  private async fetch(call: ApiCall): Promise<unknown> {
    const profile = this.profiles.active();
    const key = `${profile.id}|${JSON.stringify(call)}`;
    let p = this.answers.get(key);
    if (!p) {
      p = this.runner.fetch(call, { profile, origin: 'tree' }).then(r => {
        if (!r.ok) throw r.error ?? { kind: 'protocol', message: vscode.l10n.t('no result') };
        return r.raw;
      });
      this.answers.set(key, p);
      p.catch(() => this.answers.delete(key));
    }
    return p;
  }

  /** Forgets cached answers (of one node, or everything) and redraws. */
  refresh(node?: TreeNode): void {
    if (!node) { this.answers.clear(); this.loaded.clear(); this.changed.fire(undefined); return; }
    const prefix = node.id;
    for (const k of [...this.loaded.keys()]) if (k === prefix || k.startsWith(`${prefix}/`)) this.loaded.delete(k);
    const profile = this.profiles.active().id;
    for (const k of [...this.answers.keys()]) if (k.startsWith(`${profile}|`)) this.answers.delete(k);
    this.changed.fire(node);
  }

  /** Redraws a node without forgetting answers (filter, paging). */
  redraw(node?: TreeNode): void { this.changed.fire(node); }

  dispose(): void { this.subscriptions.forEach(s => s.dispose()); this.changed.dispose(); }
}
