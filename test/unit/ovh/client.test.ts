import assert from 'node:assert/strict';
import { findOperation } from '../../../src/core/apis';
import { ovh } from '../../../src/core/apis/ovh/operations';
import { EligError } from '../../../src/core/errors';
import { HttpClient } from '../../../src/core/http/client';
import { json } from '../http/server';
import { CITIES, TEST_BUILDING } from './fixtures';
import { CREDS, ctxFor, type OvhServer, startOvhServer } from './ovh-server';

describe('ovh: errors, drift and credentials', () => {
  let server: OvhServer | undefined;
  const http = new HttpClient({ retry: { baseDelayMs: 1, maxDelayMs: 2 } });
  afterEach(async () => { await server?.close(); server = undefined; });
  after(() => http.dispose());
  const op = (name: string) => findOperation('ovh', name)!;

  for (const status of [400, 403, 404, 409, 460]) {
    it(`HTTP ${status} {message, errorCode} becomes an EligError with status, code, message, body and query id`, async () => {
      const body = { message: `Refused with ${status}`, errorCode: `ERR_${status}`, class: 'Client::BadRequest' };
      server = await startOvhServer({ override: (_req, res) => { json(res, status, body); return true; } });
      const r = await op('test/line').run(ctxFor(http, server.base), { lineNumber: '0123456789', status: 'active' });
      assert.equal(r.ok, false);
      assert.equal(r.error!.kind, 'http');
      assert.equal(r.error!.status, status);
      assert.equal(r.error!.code, `ERR_${status}`);
      assert.match(r.error!.message, new RegExp(`Refused with ${status}`));
      assert.deepEqual(r.error!.body, body);
      assert.match(r.error!.description!, /X-OVH-QUERYID EU\.ext-test\.1/);
      assert.equal(r.exchange!.queryId, 'EU.ext-test.1');
      assert.equal(r.exchange!.status, status);
      assert.equal(server.requests.length, 1, 'client errors are not retried');
    });
  }

  it('an error without errorCode keeps the message', async () => {
    server = await startOvhServer({ override: (_req, res) => { json(res, 404, { message: 'Got an invalid (or empty) URL' }); return true; } });
    const r = await op('search/cities').run(ctxFor(http, server.base), { zipCode: '91400' });
    assert.equal(r.error!.status, 404);
    assert.equal(r.error!.code, undefined);
    assert.match(r.error!.message, /invalid \(or empty\) URL/);
  });

  it('a non-JSON answer is a protocol error, never a crash', async () => {
    server = await startOvhServer({ override: (_req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<html>maintenance</html>'); return true; } });
    const r = await op('search/cities').run(ctxFor(http, server.base), { zipCode: '91400' });
    assert.equal(r.ok, false);
    assert.equal(r.error!.kind, 'protocol');
    assert.match(String(r.error!.body), /maintenance/);
  });

  it('a 502 is retried by the HTTP layer (requests are idempotent: re-posting is how OVH polls)', async () => {
    server = await startOvhServer({ override: (req, res) => {
      if (req.n === 1) { json(res, 502, { message: 'Bad gateway' }); return true; }
      return false;
    } });
    const r = await op('search/cities').run(ctxFor(http, server.base), { zipCode: '91400' });
    assert.equal(r.ok, true);
    assert.equal(r.attempts, 2);
  });

  it('schema drift: the result is still returned raw (unknown fields kept) with drift messages', async () => {
    const drifted = [{ city: 'ORSAY', zipCode: 91400, newField: 'kept' }];
    server = await startOvhServer({ override: (_req, res) => { json(res, 200, { status: 'ok', result: drifted, error: null }); return true; } });
    const r = await op('search/cities').run(ctxFor(http, server.base), { zipCode: '91400' });
    assert.equal(r.ok, true);
    assert.deepEqual(r.raw, drifted);
    assert.ok(r.schemaDrift.some(d => d.startsWith('result.0.inseeCode')), r.schemaDrift.join('\n'));
    assert.ok(r.schemaDrift.some(d => d.startsWith('result.0.zipCode')));
  });

  it('loose schemas keep unknown fields and accept documented nulls', async () => {
    const result = { ...TEST_BUILDING, futureField: { x: 1 }, offers: [{ ...TEST_BUILDING.offers[0], extra: true }] };
    server = await startOvhServer({ override: (_req, res) => { json(res, 200, { status: 'ok', result, error: null }); return true; } });
    const value = await ovh.testBuilding(ctxFor(http, server.base), 'IMB/91471/C/NT8X');
    assert.deepEqual((value as unknown as { futureField: unknown }).futureField, { x: 1 });
    assert.equal((value.offers[0] as unknown as { extra: boolean }).extra, true);
  });

  it('an eligibility test with an unknown product type is normalized without that offer, with a warning', async () => {
    const result = { ...TEST_BUILDING, offers: [...TEST_BUILDING.offers, { ...TEST_BUILDING.offers[0], product: { ...TEST_BUILDING.offers[0].product, type: 'XGSPON', code: 'XGS-10G' } }] };
    server = await startOvhServer({ override: (_req, res) => { json(res, 200, { status: 'ok', result, error: null }); return true; } });
    const r = await op('test/building').run(ctxFor(http, server.base), { building: 'IMB/91471/C/NT8X' });
    assert.equal(r.ok, true);
    assert.equal(r.normalized!.offers.length, 2);
    assert.ok(r.schemaDrift.some(d => /XGS-10G/.test(d)));
  });

  it('a body that is not a task is shown raw with a drift note', async () => {
    server = await startOvhServer({ override: (_req, res) => { json(res, 200, CITIES); return true; } });
    const r = await op('search/cities').run(ctxFor(http, server.base), { zipCode: '91400' });
    assert.equal(r.ok, true);
    assert.deepEqual(r.raw, CITIES);
    assert.match(r.schemaDrift[0], /not an OVH async task/);
  });

  it('partners without credentials: kind credentials, nothing sent', async () => {
    server = await startOvhServer();
    for (const credentials of [undefined, { applicationKey: 'k-only-1', applicationSecret: 's-only-1' }]) {
      const r = await op('test/line/partners').run(ctxFor(http, server.base, { credentials }), { lineNumber: '0123456789', status: 'active' });
      assert.equal(r.ok, false);
      assert.equal(r.error!.kind, 'credentials');
      assert.equal(r.error!.nextStep, 'set-credentials');
    }
    assert.equal(server.requests.length, 0);
  });

  it('partners over plain http to a non-loopback host: refused before anything is fetched', async () => {
    const r = await op('test/otp/partners').run(ctxFor(http, 'http://ovh.invalid/1.0', { credentials: CREDS }), { otp: 'OO-XXXX-XXXX/C' });
    assert.equal(r.error!.kind, 'credentials');
    assert.match(r.error!.message, /https/);
  });

  it('a wrong signature secret is rejected by the server as a 400 with its errorCode', async () => {
    server = await startOvhServer();
    const r = await op('test/building/partners').run(ctxFor(http, server.base, { credentials: { ...CREDS, applicationSecret: 'wrong-secret' } }), { building: 'IMB/91471/C/NT8X' });
    assert.equal(r.error!.status, 400);
    assert.equal(r.error!.code, 'INVALID_SIGNATURE');
  });

  it('typed functions throw EligError, validate their params and return typed arrays', async () => {
    server = await startOvhServer({ pendingPolls: 1 });
    const ctx = ctxFor(http, server.base);
    const cities = await ovh.searchCities(ctx, '91400');
    assert.deepEqual(cities.map(c => c.locality), ['ORSAY', 'ORSIGNY', 'SACLAY']);
    const numbers = await ovh.searchStreetNumbers(ctx, '9147132200');
    assert.ok(numbers.includes('2B'));
    const buildings = await ovh.searchBuildings(ctx, { streetCode: '9147132200', streetNumber: '2' });
    assert.equal(buildings[0].reference, 'IMB/91471/C/NT8X');
    await assert.rejects(ovh.searchCities(ctx, ''), (e: unknown) => e instanceof EligError && e.kind === 'input');
    const before = server.requests.length;
    await assert.rejects(ovh.searchBuildings(ctx, { streetCode: '9147132200' }), { kind: 'input' });
    assert.equal(server.requests.length, before);
  });
});
