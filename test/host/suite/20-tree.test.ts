import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/extension/tree/node';
import { api } from '../helpers';

const labels = (nodes: TreeNode[]) => nodes.map(n => n.label);
async function child(parent: TreeNode, label: string | RegExp): Promise<TreeNode> {
  const kids = await (await api()).getTreeChildren(parent);
  const n = kids.find(k => (typeof label === 'string' ? k.label === label : label.test(`${k.label} ${k.description ?? ''}`)));
  assert.ok(n, `no child ${String(label)} under ${parent.label}: ${labels(kids).join(' | ')}`);
  return n;
}

describe('explorer tree (against the embedded sandbox)', () => {
  it('OVH address flow: 91400 → ORSAY → RUE DU VERGER → 2 → IMB/91471/C/NT8X', async () => {
    const a = await api();
    const zip = await vscode.commands.executeCommand<TreeNode>('eligibility.tree.searchZip', '91400');
    assert.strictEqual(zip.label, '91400');
    const cities = await a.getTreeChildren(zip);
    assert.deepStrictEqual(labels(cities), ['ORSAY', 'ORSAY', 'SACLAY']);
    assert.deepStrictEqual(cities.map(c => c.data.kind === 'city' && c.data.locality), ['ORSAY', 'ORSIGNY', 'SACLAY']);
    const orsay = cities[0];
    assert.strictEqual(a.getTreeItem(orsay).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const street = await child(orsay, 'RUE DU VERGER');
    assert.strictEqual(street.data.kind === 'street' && street.data.streetCode, '9147132200');
    const numbers = await a.getTreeChildren(street);
    assert.deepStrictEqual(labels(numbers).slice(0, 4), ['1', '1B', '2', '2B']);
    const two = await child(street, '2');
    const buildings = await a.getTreeChildren(two);
    const b = buildings.find(n => n.data.kind === 'building');
    assert.ok(b && b.data.kind === 'building', labels(buildings).join(' | '));
    assert.strictEqual(b.data.reference, 'IMB/91471/C/NT8X');
    assert.strictEqual(b.data.nro, '91122BUR');
    const item = a.getTreeItem(b);
    assert.match(String(item.contextValue), /\btest\b/, 'a building can be tested from the tree');
    assert.match(String(item.description), /IMB\/91471\/C\/NT8X/);
    assert.ok(buildings.some(n => n.data.kind === 'lines'), 'the "Lines at this number" entry');
  });

  it('the tree\'s building test shows the building\'s offers', async () => {
    const a = await api();
    const zip = await vscode.commands.executeCommand<TreeNode>('eligibility.tree.searchZip', '91400');
    const two = await child(await child(await child(zip, /ORSAY ORSAY/), 'RUE DU VERGER'), '2');
    const b = (await a.getTreeChildren(two)).find(n => n.data.kind === 'building')!;
    const entry = await vscode.commands.executeCommand<{ result: { ok: boolean; call: { operation: string; params: Record<string, unknown> }; normalized?: { offers: { eligible: boolean; technology: string }[] } } }>('eligibility.node.test', b);
    assert.ok(entry?.result.ok, JSON.stringify(entry?.result).slice(0, 300));
    assert.strictEqual(entry.result.call.operation, 'test/building');
    assert.strictEqual(entry.result.call.params.building, 'IMB/91471/C/NT8X');
    assert.ok(entry.result.normalized!.offers.some(o => o.eligible && o.technology === 'FTTH'));
  });

  it('addresses near coordinates show the AddressWithCoordinates fields; a recall on one of their buildings is signed and answered', async () => {
    const a = await api();
    const q = await vscode.commands.executeCommand<TreeNode>('eligibility.tree.addressesNear', { latitude: 48.6986, longitude: 2.1873, distance: 500 });
    const addresses = await a.getTreeChildren(q);
    const withBuilding = addresses.find(n => n.data.kind === 'address' && n.data.building);
    assert.ok(withBuilding && withBuilding.data.kind === 'address', labels(addresses).join(' | '));
    assert.match(String(a.getTreeItem(withBuilding).description), /IMB\//);
    assert.match(String(a.getTreeItem(withBuilding).contextValue), /\brecall\b/);
    const entry = await vscode.commands.executeCommand<{ result: { ok: boolean; call: { operation: string; params: Record<string, unknown> }; raw?: Record<string, unknown> } }>(
      'eligibility.node.recall', withBuilding, ['profiber', 'dedicatedfiber']);
    assert.ok(entry?.result.ok, JSON.stringify(entry?.result).slice(0, 400));
    assert.strictEqual(entry.result.call.operation, 'recall');
    assert.deepStrictEqual(entry.result.call.params, { reference: withBuilding.data.building, referenceType: 'building', profiberRequest: true, dedicatedfiberRequest: true });
    assert.strictEqual(entry.result.raw?.referenceType, 'building');
    assert.ok(Number.isInteger(entry.result.raw?.id), 'the recall has an id');
  });

  it('Orange POI look-ups list POIs with their support status', async () => {
    const a = await api();
    const q = await vscode.commands.executeCommand<TreeNode>('eligibility.tree.orangePoi', { buildingCode: 'IMB/59378/X/013S' });
    const pois = await a.getTreeChildren(q);
    assert.ok(pois.length >= 1 && pois.every(p => p.data.kind === 'poi'), labels(pois).join(' | '));
    assert.ok(pois.some(p => p.data.kind === 'poi' && p.data.buildingCode === 'IMB/59378/X/013S'), JSON.stringify(pois.map(p => p.data)));
    const supports = await a.getTreeChildren(pois[0]);
    assert.ok(supports.length >= 1 && supports.every(s => s.data.kind === 'support'), labels(supports).join(' | '));
    assert.ok(supports.some(s => /FTTH|FTTE|FTTO|ADSL|VDSL|SDSL/i.test(s.label)), labels(supports).join(' | '));
  });

  it('RIP look-up on an address with several buildings lists the buildings to pick, each qualifies', async () => {
    const a = await api();
    const q = await vscode.commands.executeCommand<TreeNode>('eligibility.tree.ripLookup', {
      contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } });
    const kids = await a.getTreeChildren(q);
    assert.match(kids[0].label, /Not computed: 6 buildings/);
    const buildings = kids.filter(k => k.data.kind === 'ripBuilding');
    assert.deepStrictEqual(buildings.map(b => b.data.kind === 'ripBuilding' && b.data.buildingCode).slice(0, 2), ['IMB/85020/X/000I', 'IMB/85020/X/000J']);
    const items = await a.getTreeChildren(buildings[0]);
    assert.ok(items.length >= 1 && items.every(i => i.data.kind === 'ripItem'), labels(items).join(' | '));
  });

  it('a failing search shows an error node that retries on click', async () => {
    const a = await api();
    const zip = await vscode.commands.executeCommand<TreeNode>('eligibility.tree.searchZip', '00000');
    const kids = await a.getTreeChildren(zip);
    const item = a.getTreeItem(kids[0]);
    if (kids[0].data.kind === 'error') assert.strictEqual(item.command?.command, 'eligibility.node.refresh');
    else assert.ok(['message', 'city'].includes(kids[0].data.kind), labels(kids).join(' | '));
  });
});
