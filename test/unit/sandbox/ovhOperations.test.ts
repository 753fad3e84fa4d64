import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { call, ELIG, pollTask, signedHeaders, useSandbox } from './helpers';

const seed = (name: string): unknown => JSON.parse(readFileSync(path.join(__dirname, '../../../src/sandbox/dataset/seeds', name), 'utf8'));

const OPERATIONS: [string, object][] = [
  ['search/cities', { zipCode: '91400' }],
  ['search/streets', { inseeCode: '91471' }],
  ['search/streetNumbers', { streetCode: '9147132200' }],
  ['search/streetNumbers/details', { streetCode: '9147132200' }],
  ['search/buildings', { streetCode: '9147132200', streetNumber: '2' }],
  ['search/buildingsByLine', { lineNumber: '0123456789', status: 'active' }],
  ['search/buildingDetails', { building: 'IMB/91471/C/NT8X' }],
  ['search/addresses', { latitude: 48.6985, longitude: 2.1876, distance: 500 }],
  ['search/lines', { streetCode: '123456789', streetNumber: '2' }],
  ['test/line', { lineNumber: '0123456789', status: 'active' }],
  ['test/address', { streetCode: '94123001234', streetNumber: '4' }],
  ['test/building', { building: 'IMB/91471/C/NT8X' }],
  ['test/otp', { otp: 'OO-XXXX-XXXX/C' }],
];

describe('sandbox OVH operations', () => {
  const sb = useSandbox();

  for (const [op, body] of OPERATIONS) {
    it(`${op}: pending once, then a final task with X-OVH-QUERYID`, async () => {
      const first = await call(sb(), 'POST', `${ELIG}/${op}`, { body });
      assert.equal(first.status, 200, first.text);
      assert.deepEqual(first.json, { status: 'pending', result: null, error: null });
      assert.match(first.headers.get('x-ovh-queryid') ?? '', /^EU\.ext-1\./);
      const second = await call(sb(), 'POST', `${ELIG}/${op}`, { body });
      const t = second.json as { status: string; result: unknown; error: unknown };
      assert.equal(t.status, 'ok', second.text);
      assert.notEqual(t.result, null);
    });
  }

  it('search/meetings for a fresh test reference', async () => {
    const test = (await pollTask(sb(), 'test/line', { lineNumber: '0123456789', status: 'active' })).at(-1)?.result as { eligibilityReference: string };
    const m = (await pollTask(sb(), 'search/meetings', { eligibilityReference: test.eligibilityReference })).at(-1);
    assert.notEqual(m?.status, 'pending');
  });

  it('seed examples verbatim: test/line 0123456789 active, test/address neighbour line, test/building, streets of Orsay', async () => {
    const final = async (op: string, body: object) => (await pollTask(sb(), op, body)).at(-1)?.result;
    assert.deepEqual(await final('test/line', { lineNumber: '0123456789', status: 'active' }), seed('ovh-test-line-0123456789-en.json'));
    assert.deepEqual(await final('test/address', { streetCode: '94123001234', streetNumber: '4' }), seed('ovh-test-address-94123001234-4.json'));
    assert.deepEqual(await final('test/building', { building: 'IMB/91471/C/NT8X' }), seed('ovh-test-building-en.json'));
    assert.deepEqual(await final('search/streets', { inseeCode: '91471' }), seed('ovh-streets-91471.json'));
  });

  it('a failed task ends {status:"error", result:null, error}', async () => {
    const seen = await pollTask(sb(), 'test/building', { building: 'IMB/00000/X/0000' });
    assert.equal(seen.length, 2);
    assert.equal(seen[1].status, 'error');
    assert.equal(seen[1].result, null);
    assert.equal(typeof seen[1].error, 'string');
  });

  it('partners variants answer like the public ones once signed', async () => {
    const p = `${ELIG}/test/line/partners`;
    const body = JSON.stringify({ lineNumber: '0123456789', status: 'active' });
    const statuses: string[] = [];
    let last: unknown;
    for (let i = 0; i < 2; i++) {
      const r = await call(sb(), 'POST', p, { body, headers: signedHeaders(sb(), p, body) });
      assert.equal(r.status, 200, r.text);
      statuses.push((r.json as { status: string }).status);
      last = (r.json as { result: unknown }).result;
    }
    assert.deepEqual(statuses, ['pending', 'ok']);
    assert.deepEqual(last, seed('ovh-test-line-0123456789-en.json'));
  });

  it('unknown operation → 404 {message}', async () => {
    const r = await call(sb(), 'POST', `${ELIG}/search/nothing`, { body: {} });
    assert.equal(r.status, 404);
    assert.equal(typeof (r.json as { message: string }).message, 'string');
    assert.ok(r.headers.get('x-ovh-queryid'));
  });
});
