import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { makeNode } from '../../../src/extension/tree/node';
import { buildingCodeOf, contextValueOf, identifierOf, listCallOf, recallTargetOf, testCallOf } from '../../../src/extension/tree/nodeActions';
import { withBuilding } from '../../../src/extension/tree/orangeChildren';

const flags = (n: Parameters<typeof contextValueOf>[0]) => new Set(contextValueOf(n).split(' '));

describe('explorer node actions (the when-clause flags of package.json menus)', () => {
  it('an OVH building: test, copy, save, open in Orange b2b and RIP, not "open in OVH"', () => {
    const b = makeNode(undefined, 'b', 'House', { kind: 'building', reference: 'IMB/91471/C/NT8X', name: 'House', stairs: [] });
    const f = flags(b);
    for (const k of ['elig.building', 'test', 'id', 'save', 'toOrange', 'toRip']) assert.ok(f.has(k), k);
    assert.ok(!f.has('toOvh') && !f.has('lineStatus') && !f.has('remove'));
    assert.deepStrictEqual(testCallOf(b), { api: 'ovh', operation: 'test/building', params: { building: 'IMB/91471/C/NT8X' } });
  });

  it('recall: a building by its IMB code, an address by its building or else its hexacle; nothing elsewhere', () => {
    const b = makeNode(undefined, 'b', 'House', { kind: 'building', reference: 'IMB/91471/C/NT8X', name: 'House', stairs: [] });
    assert.deepStrictEqual(recallTargetOf(b), { reference: 'IMB/91471/C/NT8X', referenceType: 'building' });
    assert.ok(flags(b).has('recall'));
    const near = makeNode(undefined, 'a', '2 RUE DU VERGER', { kind: 'address', text: '2 RUE DU VERGER', building: 'IMB/91471/C/NT8X', latitude: '48.6986', longitude: '2.1873' });
    assert.deepStrictEqual(recallTargetOf(near), { reference: 'IMB/91471/C/NT8X', referenceType: 'building' });
    const hex = makeNode(undefined, 'h', '4 RUE', { kind: 'address', text: '4 RUE', hexacle: '91471112AB' });
    assert.deepStrictEqual(recallTargetOf(hex), { reference: '91471112AB', referenceType: 'address' });
    const na = makeNode(undefined, 'n', 'Building', { kind: 'building', reference: '_NA_', name: '_NA_', stairs: [] });
    assert.strictEqual(recallTargetOf(na), undefined);
    assert.ok(!flags(na).has('recall'));
    const zip = makeNode(undefined, 'z', '91400', { kind: 'zip', zipCode: '91400' });
    assert.ok(!flags(zip).has('recall'));
  });

  it('a building without identifier (_NA_) offers no test and no cross-API action', () => {
    const b = makeNode(undefined, 'b', 'Building', { kind: 'building', reference: '_NA_', name: '_NA_', stairs: [] });
    const f = flags(b);
    assert.ok(!f.has('test') && !f.has('toOrange') && !f.has('toRip') && !f.has('id'));
  });

  it('an Orange POI opens in OVH and RIP (not in Orange again); a line offers both status tests', () => {
    const q = { api: 'orange-b2b' as const, operation: 'poi', params: { fullTextAddress: 'x, y' } };
    const poi = makeNode(undefined, 'p', 'Building A13', { kind: 'poi', id: '1', buildingCode: 'IMB/59378/X/013U', query: q });
    const f = flags(poi);
    assert.ok(f.has('toOvh') && f.has('toRip') && !f.has('toOrange'));
    assert.deepStrictEqual(testCallOf(poi)?.params, { buildingCode: 'IMB/59378/X/013U' });
    const line = makeNode(undefined, 'l', '0123456789', { kind: 'line', lineNumber: '0123456789', status: 'inactive' });
    assert.ok(flags(line).has('lineStatus'));
    assert.deepStrictEqual(testCallOf(line)?.params, { lineNumber: '0123456789', status: 'inactive' });
    assert.strictEqual(identifierOf(line), '0123456789');
  });

  it('searches: list calls, filter and remove on the user\'s own queries', () => {
    const zip = makeNode(undefined, 'z', '91400', { kind: 'zip', zipCode: '91400' });
    assert.ok(flags(zip).has('filter') && flags(zip).has('remove') && flags(zip).has('save'));
    assert.strictEqual(testCallOf(zip), undefined);
    assert.deepStrictEqual(listCallOf(zip), { api: 'ovh', operation: 'search/cities', params: { zipCode: '91400' } });
    const street = makeNode(zip, 's', 'RUE', { kind: 'street', streetCode: '9147132200', streetName: 'RUE', city: 'ORSAY' });
    assert.deepStrictEqual(listCallOf(street)?.params, { streetCode: '9147132200' });
    assert.strictEqual(street.id, 'z/s');
    assert.strictEqual(buildingCodeOf(street), undefined);
  });

  it('every viewItem flag the menus of package.json test is one the nodes produce', () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as
      { contributes: { menus: Record<string, { when?: string }[]> } };
    const wanted = new Set<string>();
    for (const m of pkg.contributes.menus['view/item/context']) {
      for (const x of (m.when ?? '').matchAll(/viewItem =~ \/\\b(\w+)\\b\//g)) wanted.add(x[1]);
    }
    assert.ok(wanted.size >= 8, [...wanted].join(','));
    const q = { api: 'orange-b2b' as const, operation: 'poi', params: {} };
    const produced = new Set([
      makeNode(undefined, 'b', 'b', { kind: 'building', reference: 'IMB/91471/C/NT8X', name: 'b', stairs: [] }),
      makeNode(undefined, 'p', 'p', { kind: 'poi', id: '1', buildingCode: 'IMB/59378/X/013U', query: q }),
      makeNode(undefined, 'l', 'l', { kind: 'lineQuery', lineNumber: '0123456789', status: 'active' }),
      makeNode(undefined, 'z', 'z', { kind: 'zip', zipCode: '91400' }),
    ].flatMap(n => contextValueOf(n).split(' ')));
    for (const w of wanted) assert.ok(produced.has(w), `menu flag ${w} is produced by some node`);
  });

  it('a RIP building pick keeps the address context (geographicSubAddress), else asks by building code', () => {
    const addr = { api: 'orange-rip' as const, operation: 'productRIPQualification',
      params: { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } } };
    assert.deepStrictEqual(withBuilding(addr, 'IMB/85020/X/000I').params, { contextType: 'address', category: { name: 'ftte' },
      place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020', geographicSubAddress: { buildingCode: 'IMB/85020/X/000I' } } } });
    assert.deepStrictEqual(addr.params.place.geographicAddress, { rivoliCode: '012R', cityCode: '85020' }, 'the original call is not mutated');
    const ft = { api: 'orange-rip' as const, operation: 'productRIPQualification',
      params: { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fulltext: 'x' } } } };
    assert.deepStrictEqual(withBuilding(ft, 'IMB/85020/X/000I').params,
      { contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: 'IMB/85020/X/000I' } });
  });
});
