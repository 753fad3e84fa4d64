import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { admin, call, ELIG, pollTask, useSandbox } from './helpers';

const seed = (name: string): unknown => JSON.parse(readFileSync(path.join(__dirname, '../../../src/sandbox/dataset/seeds', name), 'utf8'));

describe('sandbox OVH routes and tasks', () => {
  const sb = useSandbox();

  it('search/cities 91400: one pending poll, then the guide\'s cities verbatim', async () => {
    const seen = await pollTask(sb(), 'search/cities', { zipCode: '91400' });
    assert.deepEqual(seen.map(t => t.status), ['pending', 'ok']);
    assert.deepEqual(seen[0], { status: 'pending', result: null, error: null });
    assert.deepEqual(seen[1].result, seed('ovh-cities-91400.json'));
    assert.equal(seen[1].error, null);
    // the next identical request is a new task
    assert.equal((await pollTask(sb(), 'search/cities', { zipCode: '91400' })).length, 2);
  });

  it('search/streetNumbers for RUE DU VERGER verbatim', async () => {
    const seen = await pollTask(sb(), 'search/streetNumbers', { streetCode: '9147132200' });
    assert.deepEqual(seen.at(-1)?.result, seed('ovh-street-numbers-9147132200.json'));
  });

  it('the poll key is the canonical body: key order does not start a new task', async () => {
    const body1 = '{"streetCode":"9147132200","streetNumber":"2"}';
    const body2 = '{ "streetNumber": "2", "streetCode": "9147132200" }';
    const a = await call(sb(), 'POST', `${ELIG}/search/buildings`, { body: body1 });
    assert.equal((a.json as { status: string }).status, 'pending');
    const b = await call(sb(), 'POST', `${ELIG}/search/buildings`, { body: body2 });
    assert.equal((b.json as { status: string }).status, 'ok', b.text);
  });

  it('pendingPolls is configurable at run time (0 = immediate, 3 = three pending answers)', async () => {
    await call(sb(), 'POST', '/_sandbox/config', { body: { pendingPolls: 0 } });
    assert.deepEqual((await pollTask(sb(), 'search/cities', { zipCode: '91400' })).map(t => t.status), ['ok']);
    await call(sb(), 'POST', '/_sandbox/config', { body: { pendingPolls: 3 } });
    assert.deepEqual((await pollTask(sb(), 'search/cities', { zipCode: '91400' })).map(t => t.status), ['pending', 'pending', 'pending', 'ok']);
  });

  it('stuck-pending fault keeps a task pending until lifted', async () => {
    await admin.faults(sb(), { stuckPending: [`${ELIG}/search/cities`] });
    const seen = await pollTask(sb(), 'search/cities', { zipCode: '91400' }, undefined, 5);
    assert.deepEqual(seen.map(t => t.status), ['pending', 'pending', 'pending', 'pending', 'pending']);
    await admin.faults(sb(), {});
    const r = await call(sb(), 'POST', `${ELIG}/search/cities`, { body: { zipCode: '91400' } });
    assert.equal((r.json as { status: string }).status, 'ok');
  });

  it('test/building gets an eligibilityReference that GET test?eligibilityReference= returns', async () => {
    const seen = await pollTask(sb(), 'test/building', { building: 'IMB/91471/C/NT8X' });
    const test = seen.at(-1)?.result as { eligibilityReference: string; offers: unknown[] };
    assert.equal(seen.at(-1)?.status, 'ok');
    assert.ok(test.eligibilityReference);
    assert.ok(Array.isArray(test.offers) && test.offers.length > 0);
    const r = await call(sb(), 'GET', `${ELIG}/test?eligibilityReference=${encodeURIComponent(test.eligibilityReference)}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, test);
    assert.ok(r.headers.get('x-ovh-queryid'));
    const missing = await call(sb(), 'GET', `${ELIG}/test`);
    assert.equal(missing.status, 400);
    const unknown = await call(sb(), 'GET', `${ELIG}/test?eligibilityReference=does-not-exist`);
    assert.equal(unknown.status, 404);
    assert.equal(typeof (unknown.json as { message: string }).message, 'string');
  });

  it('bad JSON / non-object body → 400 {message}; missing parameter → 400 with no task; unknown path → 404', async () => {
    for (const body of ['{"zipCode": ', '[1,2]', '"91400"']) {
      const r = await call(sb(), 'POST', `${ELIG}/search/cities`, { body });
      assert.equal(r.status, 400, body);
      assert.match((r.json as { message: string }).message, /Invalid JSON/);
      assert.ok(r.headers.get('x-ovh-queryid'));
    }
    const missing = await call(sb(), 'POST', `${ELIG}/search/cities`, { body: {} });
    assert.equal(missing.status, 400);
    assert.equal(typeof (missing.json as { message: string }).message, 'string');
    const big = await call(sb(), 'POST', `${ELIG}/search/cities`, { body: JSON.stringify({ zipCode: 'x'.repeat(1024 * 1024 + 1) }) });
    assert.equal(big.status, 413);
    const nf = await call(sb(), 'GET', '/1.0/connectivity/nothing');
    assert.equal(nf.status, 404);
    assert.ok(nf.headers.get('x-ovh-queryid'));
  });

  it('html fault: text fields carry the script payload, codes do not', async () => {
    await admin.faults(sb(), { htmlPayload: true });
    const seen = await pollTask(sb(), 'search/cities', { zipCode: '91400' });
    const cities = seen.at(-1)?.result as { city: string; inseeCode: string; zipCode: string }[];
    assert.match(cities[0].city, /<script>/);
    assert.equal(cities[0].inseeCode, '91471');
    assert.equal(cities[0].zipCode, '91400');
  });
});
