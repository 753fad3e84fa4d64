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
  ['search/addresses', { latitude: '48.6985', longitude: '2.1876', distance: 500 }],
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

  it('seed examples verbatim (each test with its own eligibilityReference but the EN test/line one): test/line, test/address, test/building, streets', async () => {
    const final = async (op: string, body: object) => (await pollTask(sb(), op, body)).at(-1)?.result as Record<string, unknown>;
    const placeholder = (seed('ovh-test-line-0123456789-en.json') as { eligibilityReference: string }).eligibilityReference;
    assert.deepEqual(await final('test/line', { lineNumber: '0123456789', status: 'active' }), seed('ovh-test-line-0123456789-en.json'));
    const refs = new Set<string>([placeholder]);
    for (const [op, body, file] of [['test/address', { streetCode: '94123001234', streetNumber: '4' }, 'ovh-test-address-94123001234-4.json'],
      ['test/building', { building: 'IMB/91471/C/NT8X' }, 'ovh-test-building-en.json'], ['test/otp', { otp: 'OO-XXXX-XXXX/C' }, 'ovh-test-building-en.json'],
      ['test/building', { building: 'IMB/91234/A/NT6Z' }, 'ovh-test-building-fr.json']] as const) {
      const { eligibilityReference, ...rest } = await final(op, body);
      const { eligibilityReference: guideRef, ...guide } = seed(file) as Record<string, unknown>;
      assert.deepEqual(rest, guide, `${op} ${JSON.stringify(body)}`);
      assert.equal(guideRef, placeholder);
      assert.match(String(eligibilityReference), /^[0-9a-f]{64}$/);
      assert.ok(!refs.has(String(eligibilityReference)), `${op}: its own reference`);
      refs.add(String(eligibilityReference));
      const again = await call(sb(), 'GET', `${ELIG}/test?eligibilityReference=${String(eligibilityReference)}`);
      assert.deepEqual(again.json, { ...rest, eligibilityReference }, 'GET test answers this test');
    }
    const byPlaceholder = await call(sb(), 'GET', `${ELIG}/test?eligibilityReference=${placeholder}`);
    assert.deepEqual(byPlaceholder.json, seed('ovh-test-line-0123456789-en.json'), 'the placeholder keeps its guide answer');
    assert.deepEqual(await final('search/streets', { inseeCode: '91471' }), seed('ovh-streets-91471.json'));
  });

  it('search/addresses and search/meetings refuse what the schema refuses: number coordinates, a boolean otp, an unknown installationType', async () => {
    const r = await call(sb(), 'POST', `${ELIG}/search/addresses`, { body: { latitude: 48.6985, longitude: 2.1876 } });
    assert.equal(r.status, 400);
    assert.match((r.json as { message: string }).message, /^\[latitude\] .*not of type string/);
    const ref = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01';
    const otp = await call(sb(), 'POST', `${ELIG}/search/meetings`, { body: { eligibilityReference: ref, otp: false } });
    assert.equal(otp.status, 400);
    assert.match((otp.json as { message: string }).message, /^\[otp\]/);
    const it = await call(sb(), 'POST', `${ELIG}/search/meetings`, { body: { eligibilityReference: ref, installationType: 'createNeighbour' } });
    assert.equal(it.status, 400);
    assert.match((it.json as { message: string }).message, /InstallationTypeEnum/);
    const good = await pollTask(sb(), 'search/meetings', { eligibilityReference: ref, otp: 'OO-XXXX-XXXX/C', siteCompanyName: 'ACME', technicalVisit: 'simple', installationType: 'activate_undefined' });
    assert.equal(good.at(-1)?.status, 'ok');
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
