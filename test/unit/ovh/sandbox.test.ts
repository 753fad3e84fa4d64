import assert from 'node:assert/strict';
import { findOperation } from '../../../src/core/apis';
import { createSharedState, type RunContext } from '../../../src/core/apis/operation';
import { ovh } from '../../../src/core/apis/ovh/operations';
import { execute } from '../../../src/core/execute';
import { HttpClient } from '../../../src/core/http/client';
import { sandboxTarget } from '../../../src/core/target';
import type { ExecResult } from '../../../src/core/result';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox';

/** End to end: every OVH operation against the embedded sandbox's HTTP surface (seed examples). */
describe('ovh: end to end against the sandbox', () => {
  let sb: RunningSandbox;
  let ctx: RunContext;
  const http = new HttpClient();
  before(async () => {
    sb = await startSandbox({ port: 0 });
    ctx = { http, target: sandboxTarget(sb.url), state: createSharedState(), poll: { initialDelayMs: 5 } };
  });
  after(async () => { http.dispose(); await sb.close(); });

  const run = async (operation: string, params: Record<string, unknown>): Promise<ExecResult> => {
    const r = await execute(ctx, { api: 'ovh', operation, params });
    assert.equal(r.ok, true, `${operation}: ${JSON.stringify(r.error)}`);
    assert.deepEqual(r.schemaDrift, [], `${operation} drift`);
    assert.ok(r.exchange?.queryId, 'X-OVH-QUERYID kept');
    return r;
  };
  const offers = (r: ExecResult) => Object.fromEntries(r.normalized!.offers.map(o => [o.code, o.eligible]));

  it('search/cities: 91400 → ORSAY, ORSIGNY, SACLAY (after one pending poll)', async () => {
    const r = await run('search/cities', { zipCode: '91400' });
    assert.equal(r.polls, 1);
    assert.deepEqual((r.raw as { locality: string }[]).map(c => c.locality), ['ORSAY', 'ORSIGNY', 'SACLAY']);
  });

  it('search/streets: 91471 → RUE DU VERGER 9147132200', async () => {
    const r = await run('search/streets', { inseeCode: '91471' });
    assert.ok((r.raw as { streetCode: string; streetName: string }[]).some(s => s.streetCode === '9147132200' && s.streetName === 'RUE DU VERGER'));
  });

  it('search/streetNumbers and search/streetNumbers/details: the numbers of RUE DU VERGER', async () => {
    const r = await run('search/streetNumbers', { streetCode: '9147132200' });
    assert.deepEqual(r.raw, ['1', '1B', '2', '2B', '3', '5', '6', '7', '9', '10', '11', '13', '15', '17', '19']);
    const d = await run('search/streetNumbers/details', { streetCode: '9147132200' });
    assert.deepEqual((d.raw as { number: string }[]).map(x => x.number), r.raw);
  });

  it('search/buildings, search/buildingsByLine, search/buildingDetails: IMB/91471/C/NT8X', async () => {
    for (const [op, params] of [
      ['search/buildings', { streetCode: '9147132200', streetNumber: '2' }],
      ['search/buildingsByLine', { lineNumber: '0123456789', status: 'inactive' }],
    ] as const) {
      const r = await run(op, params);
      assert.equal((r.raw as { reference: string }[])[0].reference, 'IMB/91471/C/NT8X', op);
    }
    const d = await run('search/buildingDetails', { building: 'IMB/91471/C/NT8X' });
    assert.equal((d.raw as { reference: string; type: string }).type, 'HOUSE');
  });

  it('search/addresses: addresses around Orsay', async () => {
    const r = await run('search/addresses', { latitude: 48.6986, longitude: 2.1873, distance: 50 });
    assert.ok(Array.isArray(r.raw));
  });

  it('search/lines (deprecated, still callable): line 0123456789 at the 9-digit street code', async () => {
    const r = await run('search/lines', { streetCode: '123456789', streetNumber: '2' });
    assert.equal((r.raw as { lineNumber: string }[])[0].lineNumber, '0123456789');
  });

  it('test/line: the guide copper offers, NRA 90123ABC', async () => {
    const r = await run('test/line', { lineNumber: '0123456789', status: 'active' });
    const o = offers(r);
    assert.equal(o['SDSL-1M-2P'], true);
    assert.equal(o['SDSL-1M-1P'], false);
    assert.equal(r.normalized!.endpoint.nra, '90123ABC');
  });

  it('test/address: neighbour-line creation offers', async () => {
    const r = await run('test/address', { streetCode: '94123001234', streetNumber: '4' });
    assert.equal(offers(r)['ADSL-MAX_FULL'], true);
    assert.deepEqual(r.normalized!.offers[0].details.activationTypes, ['createNeighbour']);
  });

  it('test/building, test/otp, then GET test by its reference and search/meetings for it', async () => {
    const b = await run('test/building', { building: 'IMB/91471/C/NT8X' });
    assert.equal(offers(b)['FTTH-MAX-1G'], true);
    const o = await run('test/otp', { otp: 'OO-XXXX-XXXX/C' });
    assert.ok(o.normalized!.offers.every(x => x.technology === 'FTTH'));
    const eligibilityReference = b.normalized!.eligibilityReference!;
    const again = await run('test', { eligibilityReference });
    assert.equal(again.polls, 0);
    assert.deepEqual(again.normalized!.offers, b.normalized!.offers);
    const m = await run('search/meetings', { eligibilityReference, productCode: 'FTTH-MAX-1G' });
    assert.ok(Array.isArray((m.raw as { meetingSlots: unknown[] }).meetingSlots));
  });

  for (const [name, params] of [
    ['test/line/partners', { lineNumber: '0123456789', status: 'active' }],
    ['test/address/partners', { streetCode: '94123001234', streetNumber: '4' }],
    ['test/building/partners', { building: 'IMB/91471/C/NT8X' }],
    ['test/otp/partners', { otp: 'OO-XXXX-XXXX/C' }],
  ] as const) {
    it(`${name}: signed with the sandbox credentials; a wrong secret is refused`, async () => {
      const r = await run(name, params);
      assert.ok(r.normalized!.offers.length > 0);
      const bad: RunContext = { ...ctx, target: { ...ctx.target, ovh: { ...ctx.target.ovh, credentials: { ...ctx.target.ovh.credentials!, applicationSecret: 'not-the-secret' } } } };
      const refused = await findOperation('ovh', name)!.run(bad, params);
      assert.equal(refused.ok, false);
      assert.equal(refused.error!.status, 400);
      assert.equal(refused.error!.code, 'INVALID_SIGNATURE');
    });
  }

  it('typed functions walk zip → city → street → number → building → test', async () => {
    const [city] = await ovh.searchCities(ctx, '91400');
    const streets = await ovh.searchStreets(ctx, city.inseeCode);
    const street = streets.find(s => s.streetName === 'RUE DU VERGER')!;
    const numbers = await ovh.searchStreetNumbers(ctx, street.streetCode);
    const [building] = await ovh.searchBuildings(ctx, { streetCode: street.streetCode, streetNumber: numbers[2] });
    const test = await ovh.testBuilding(ctx, building.reference);
    assert.ok(test.offers.some(o => o.eligibility.eligible));
  });
});
