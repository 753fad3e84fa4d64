/**
 * 5. The explorer tree in the real extension host, through the extension's TreeDataProvider (the
 * test API's getTreeChildren/getTreeItem = what the view calls): a 5,000-street city (sandbox
 * MARSEILLE, 13008 / INSEE 13055) and a 2,000-number street (CALAIS 6219300050, ROUTE DE SAINT OMER).
 * What the user gets: the first page (long lists are paged with a "Load more" node), cold (the
 * answer comes from the embedded sandbox) then cached (a redraw), and the second page.
 */
import * as vscode from 'vscode';
import type { EligibilityTestApi } from '../../src/extension/api';
import type { TreeNode } from '../../src/extension/tree/node';
import type { TreeTimes } from './result';

const CACHED_RUNS = 21;

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; }

/** getChildren + getTreeItem for each child shown: the work behind one render of the node's children. */
async function render(api: EligibilityTestApi, node: TreeNode): Promise<{ ms: number; kids: TreeNode[] }> {
  const t0 = performance.now();
  const kids = await api.getTreeChildren(node);
  for (const k of kids) api.getTreeItem(k);
  return { ms: performance.now() - t0, kids };
}

async function measure(api: EligibilityTestApi, node: TreeNode): Promise<TreeTimes> {
  const cold = await render(api, node);
  const cached: number[] = [];
  for (let i = 0; i < CACHED_RUNS; i++) cached.push((await render(api, node)).ms);
  const last = cold.kids[cold.kids.length - 1];
  const more = last?.data.kind === 'loadMore' ? last.data.remaining : 0;
  const t: TreeTimes = {
    parent: `${node.label} ${node.description ?? ''}`.trim(), total: cold.kids.length - (more ? 1 : 0) + more,
    coldMs: cold.ms, cachedMs: median(cached), cachedRuns: CACHED_RUNS, visible: cold.kids.length, lastLabel: last?.label ?? '',
  };
  if (more) {
    await vscode.commands.executeCommand('eligibility.node.loadMore', last);
    const second = await render(api, node);
    t.secondPageMs = second.ms;
    t.secondPageVisible = second.kids.length;
  }
  return t;
}

async function find(api: EligibilityTestApi, parent: TreeNode, test: (n: TreeNode) => boolean, what: string): Promise<TreeNode> {
  const kids = await api.getTreeChildren(parent);
  const n = kids.find(test);
  if (!n) throw new Error(`no ${what} under ${parent.label}: ${kids.slice(0, 10).map(k => k.label).join(' | ')}`);
  return n;
}

export async function benchTree(api: EligibilityTestApi, errors: string[]): Promise<{ city?: TreeTimes; street?: TreeTimes }> {
  const res: { city?: TreeTimes; street?: TreeTimes } = {};
  try {
    const zip = await vscode.commands.executeCommand<TreeNode>('eligibility.tree.searchZip', '13008');
    const city = await find(api, zip, n => n.data.kind === 'city' && n.data.inseeCode === '13055', 'MARSEILLE (13055)');
    res.city = await measure(api, city);
  } catch (e) { errors.push(`city: ${String(e)}`); }
  try {
    const zip = await vscode.commands.executeCommand<TreeNode>('eligibility.tree.searchZip', '62100');
    let street: TreeNode | undefined;
    for (const c of await api.getTreeChildren(zip)) {
      if (c.data.kind !== 'city' || c.data.inseeCode !== '62193') continue;
      street = (await api.getTreeChildren(c)).find(s => s.data.kind === 'street' && s.data.streetCode === '6219300050');
      if (street) break;
    }
    if (!street) throw new Error('street 6219300050 not found under 62100 CALAIS');
    res.street = await measure(api, street);
  } catch (e) { errors.push(`street: ${String(e)}`); }
  return res;
}
