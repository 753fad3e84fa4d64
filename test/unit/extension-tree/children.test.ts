import * as assert from 'assert';
import { createSharedState, RunContext } from '../../../src/core/apis/operation';
import { execute } from '../../../src/core/execute';
import { HttpClient } from '../../../src/core/http/client';
import type { ApiCall } from '../../../src/core/result';
import { sandboxTarget } from '../../../src/core/target';
import { makeNode, TreeNode } from '../../../src/extension/tree/node';
import { buildingCodeOf, contextValueOf, identifierOf, listCallOf, testCallOf } from '../../../src/extension/tree/nodeActions';
import { orangeChildren } from '../../../src/extension/tree/orangeChildren';
import { ovhChildren } from '../../../src/extension/tree/ovhChildren';
import { startSandbox } from '../../../src/sandbox';

/** The explorer's data layer (VS Code-free) against the real sandbox over HTTP. */
describe('explorer tree children (against the sandbox)', function () {
  this.timeout(20000);
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let ctx: RunContext;
  const calls: ApiCall[] = [];
  const fetch = async (call: ApiCall) => {
    calls.push(call);
    const r = await execute(ctx, call);
    if (!r.ok) throw r.error;
    return r.raw;
  };
  const children = async (n: TreeNode) => (await ovhChildren(n, fetch)) ?? (await orangeChildren(n, fetch)) ?? [];

  before(async () => {
    sandbox = await startSandbox({ port: 0 });
    ctx = { http: new HttpClient(), target: sandboxTarget(sandbox.url), state: createSharedState(), poll: { initialDelayMs: 10, maxDelayMs: 50 } };
  });
  after(async () => { ctx.http.dispose(); await sandbox.close(); });

  it('walks 91400 → ORSAY → RUE DU VERGER → 2 → buildings, each level one search', async () => {
    const zip = makeNode(undefined, 'zip:91400', '91400', { kind: 'zip', zipCode: '91400' });
    const orsay = (await children(zip)).find(n => n.label === 'ORSAY');
    assert.ok(orsay, 'ORSAY among the localities');
    assert.deepStrictEqual(listCallOf(zip), { api: 'ovh', operation: 'search/cities', params: { zipCode: '91400' } });
    const verger = (await children(orsay)).find(n => n.label === 'RUE DU VERGER');
    assert.ok(verger, 'RUE DU VERGER among the streets');
    const two = (await children(verger)).find(n => n.label === '2');
    assert.ok(two, 'number 2');
    assert.strictEqual(testCallOf(two)?.operation, 'test/address');
    const kids = await children(two);
    const building = kids.find(n => n.data.kind === 'building');
    assert.ok(building, 'a building at 2 RUE DU VERGER');
    assert.ok(kids.some(n => n.data.kind === 'lines'), 'a lines entry');
    assert.match(contextValueOf(building), /\btest\b.*\bid\b.*\bsave\b/);
    assert.deepStrictEqual(testCallOf(building)?.operation, 'test/building');
    assert.strictEqual(identifierOf(building), (building.data as { reference: string }).reference);
    const r = await execute(ctx, testCallOf(building)!);
    assert.ok(r.ok, JSON.stringify(r.error));
    assert.deepStrictEqual(calls.map(c => c.operation), ['search/cities', 'search/streets', 'search/streetNumbers', 'search/buildings']);
  });

  it('RIP notComputed lists the buildings to pick; a picked building lists qualification items', async () => {
    const params = { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } };
    const q = makeNode(undefined, 'rip', 'rip', { kind: 'ripQuery', params });
    const kids = await children(q);
    const picks = kids.filter(n => n.data.kind === 'ripBuilding');
    assert.ok(picks.length >= 2, `several buildings, got ${kids.map(k => k.label).join(', ')}`);
    const first = picks[0];
    assert.ok(buildingCodeOf(first), 'a building code other APIs can take');
    assert.match(contextValueOf(first), /\btoOvh\b/);
    const items = await children(first);
    assert.ok(items.some(n => n.data.kind === 'ripItem'), items.map(i => i.label).join(', '));
  });

  it('Orange POIs carry their support status as children', async () => {
    const q = makeNode(undefined, 'poi', 'poi', { kind: 'poiQuery', params: { fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul' } });
    const pois = (await children(q)).filter(n => n.data.kind === 'poi');
    assert.ok(pois.length >= 1);
    const supports = await children(pois[0]);
    assert.ok(supports.length >= 1 && supports.every(s => s.data.kind === 'support'));
  });

  it('buildings for a line number, and addresses near coordinates with their buildings', async () => {
    const line = makeNode(undefined, 'l', '0123456789', { kind: 'lineQuery', lineNumber: '0123456789', status: 'active' });
    assert.match(contextValueOf(line), /\blineStatus\b/);
    const lb = await children(line);
    assert.ok(lb.length >= 1 && lb.every(n => n.data.kind === 'building'), lb.map(n => n.label).join(', '));
    const near = makeNode(undefined, 'c', 'near', { kind: 'coordsQuery', latitude: 48.6986, longitude: 2.1873, distance: 500 });
    const addresses = await children(near);
    assert.ok(addresses.length >= 1 && addresses.every(n => n.data.kind === 'address'), `addresses: ${addresses.length}`);
    // AddressWithCoordinates as the schema has it: building reference and name, distance, string coordinates
    const withBuilding = addresses.find(a => a.data.kind === 'address' && a.data.building);
    assert.ok(withBuilding && withBuilding.data.kind === 'address', 'an address with its building');
    assert.match(withBuilding.data.building!, /^IMB\//);
    assert.match(withBuilding.data.latitude!, /^48\.\d+$/);
    assert.ok(withBuilding.description!.includes(withBuilding.data.building!), withBuilding.description);
    assert.match(withBuilding.tooltip!, /m away/);
    assert.match(contextValueOf(withBuilding), /\btoOvh\b/);
    assert.ok(calls.some(c => c.operation === 'search/addresses' && c.params.latitude === 48.6986), 'the tree may pass numbers; they are sent as strings');
    const withCall = addresses.find(a => listCallOf(a));
    assert.ok(withCall, 'an address that can list its buildings');
    assert.strictEqual(testCallOf(withCall)?.operation, 'test/address');
    const ab = await children(withCall);
    assert.ok(ab.every(n => n.data.kind === 'building'));
  });

  it('an API error surfaces as a rejected fetch (the provider turns it into an error node)', async () => {
    const q = makeNode(undefined, 'poi', 'poi', { kind: 'poiQuery', params: { buildingCode: 'IMB/00000/X/0000' } });
    await assert.rejects(children(q), (e: { status?: number }) => e.status === 404);
  });
});
