import assert from 'node:assert/strict';
import { lookupPoi, qualifyRip } from '../../../src/core/apis/orange/operations';
import { CREDS, makeContext, POI_PATH, RIP_PATH, useFakeOrange } from './fake-orange';
import { AJACCIO_POIS, ERRORS } from './fixtures';

const Q = { fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' };
const ND = { contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0123456789' } } as const;

describe('orange: authorized calls, replay and errors', () => {
  const f = useFakeOrange(AJACCIO_POIS);

  it('401 code 42 → exactly one refresh and one replay, with the new token', async () => {
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    f.srv.expired.add('S3NTINEL-token-1'); // the server now says token 1 expired, though our cache thinks it is fresh
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.ok, true, JSON.stringify(out.error));
    assert.equal(f.srv.tokenRequests().length, 2);
    const api = f.srv.apiRequests();
    assert.deepEqual(api.map(r => r.headers.authorization), ['Bearer S3NTINEL-token-1', 'Bearer S3NTINEL-token-1', 'Bearer S3NTINEL-token-2']);
    assert.equal(out.exchange?.status, 200);
  });

  it('100 concurrent calls hitting 401 code 42 share one refresh, each replays once', async () => {
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    f.srv.expired.add('S3NTINEL-token-1');
    const outs = await Promise.all(Array.from({ length: 100 }, () => lookupPoi(f.t.ctx, Q)));
    assert.deepEqual(outs.filter(o => !o.ok).map(o => o.error?.message), []);
    assert.equal(f.srv.tokenRequests().length, 2);
    const api = f.srv.apiRequests().slice(1);
    assert.equal(api.filter(r => r.headers.authorization === 'Bearer S3NTINEL-token-1').length, 100);
    assert.equal(api.filter(r => r.headers.authorization === 'Bearer S3NTINEL-token-2').length, 100);
  });

  it('401 code 42 again after the replay → reported, no second refresh', async () => {
    f.srv.apiDefault = () => ERRORS.expired; // every API answer is 401/42
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.ok, false);
    assert.equal(out.error?.status, 401);
    assert.equal(out.error?.code, '42');
    assert.equal(out.error?.nextStep, 'set-credentials');
    assert.equal(f.srv.tokenRequests().length, 2, 'initial token + one refresh');
    assert.equal(f.srv.apiRequests().length, 2, 'the call + one replay');
  });

  for (const code of [40, 41]) {
    it(`401 code ${code} is never retried nor refreshed`, async () => {
      f.srv.apiReplies.push({ status: 401, body: { code, message: code === 40 ? 'Missing credentials' : 'Invalid credentials', description: 'x' } });
      const out = await lookupPoi(f.t.ctx, Q);
      assert.equal(out.error?.status, 401);
      assert.equal(out.error?.code, String(code));
      assert.equal(out.error?.nextStep, 'set-credentials');
      assert.equal(f.srv.apiRequests().length, 1);
      assert.equal(f.srv.tokenRequests().length, 1);
    });
  }

  const mapped: [keyof typeof ERRORS, string, RegExp][] = [
    ['malformatted', 'fix-input', /malformatted value/],
    ['badBuildingCode', 'fix-input', /Invalid body field/],
    ['addressNotFound', 'fix-input', /address not found/],
    ['unknownBuilding', 'fix-input', /unknown building/],
    ['internal', 'retry', /Internal error/],
  ];
  for (const [name, step, msg] of mapped) {
    it(`documented error ${ERRORS[name].status}/${ERRORS[name].body.code} → code, message, description, ${step}`, async () => {
      f.srv.apiReplies.push(ERRORS[name]);
      const out = await lookupPoi(f.t.ctx, Q);
      assert.equal(out.ok, false);
      assert.equal(out.error?.kind, 'http');
      assert.equal(out.error?.status, ERRORS[name].status);
      assert.equal(out.error?.code, String(ERRORS[name].body.code));
      assert.match(out.error!.message, msg);
      assert.equal(out.error?.description, ERRORS[name].body.description);
      assert.equal(out.error?.nextStep, step);
      assert.ok(out.error?.hint);
      assert.deepEqual(out.raw, ERRORS[name].body);
      assert.equal(f.srv.apiRequests().length, 1, '4xx and 500 are not retried');
    });
  }

  it('503 code 2600 → retried (≤ 3 attempts), then wait', async () => {
    f.srv.apiDefault = () => ERRORS.unavailable;
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.error?.status, 503);
    assert.equal(out.error?.code, '2600');
    assert.equal(out.error?.nextStep, 'wait');
    assert.equal(f.srv.apiRequests().length, 3);
    assert.equal(out.attempts, 3);
  });

  it('503 once then OK → success on the second attempt', async () => {
    f.srv.apiReplies.push(ERRORS.unavailable);
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.ok, true);
    assert.equal(out.attempts, 2);
  });

  it('429 without Retry-After → retried with backoff, then wait', async () => {
    f.srv.apiDefault = () => ({ status: 429, body: { code: 429, message: 'Too Many Requests' } });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.error?.status, 429);
    assert.equal(out.error?.nextStep, 'wait');
    assert.equal(f.srv.apiRequests().length, 3);
  });

  it('429 with Retry-After 0 then OK → honoured and succeeds', async () => {
    f.srv.apiReplies.push({ status: 429, body: { code: 429, message: 'Too Many Requests' }, headers: { 'Retry-After': '0' } });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.ok, true);
    assert.equal(f.srv.apiRequests().length, 2);
  });

  it('429 with a long Retry-After → not retried, the wait is in the message', async () => {
    f.srv.apiReplies.push({ status: 429, body: { code: 429, message: 'Too Many Requests' }, headers: { 'Retry-After': '3600' } });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(f.srv.apiRequests().length, 1);
    assert.equal(out.error?.nextStep, 'wait');
    assert.match(out.error!.message, /retry after 3600 s/);
  });

  it('406 (Accept missing on the server side) → reported as a client bug; our calls always send Accept', async () => {
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.equal(f.srv.apiRequests()[0].headers.accept, 'application/json');
    f.srv.apiReplies.push({ status: 406, body: { code: 406, message: 'Not Acceptable' } });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.error?.status, 406);
    assert.equal(out.error?.nextStep, 'open-log');
    assert.match(out.error!.hint!, /Accept: application\/json/);
  });

  it('RIP {code: 30, "ND not found"} → code 30, fix-input', async () => {
    f.srv.apiReplies.push(ERRORS.ndNotFound);
    const out = await qualifyRip(f.t.ctx, ND);
    assert.equal(out.error?.code, '30');
    assert.match(out.error!.message, /ND not found/);
    assert.equal(out.error?.nextStep, 'fix-input');
    assert.equal(f.srv.apiRequests()[0].path, RIP_PATH);
  });

  it('a non-JSON error page keeps its status; the page is kept raw', async () => {
    f.srv.apiReplies.push({ status: 502, body: '<html><body>Bad gateway</body></html>' });
    f.srv.apiReplies.push({ status: 502, body: '<html><body>Bad gateway</body></html>' });
    f.srv.apiReplies.push({ status: 502, body: '<html><body>Bad gateway</body></html>' });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.error?.status, 502);
    assert.match(out.error!.message, /502 Bad Gateway/);
    assert.match(String(out.raw), /<html>/);
  });

  it('a 200 that is not JSON is a protocol error with the raw text kept', async () => {
    f.srv.apiReplies.push({ status: 200, body: 'not json' });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.ok, false);
    assert.equal(out.error?.kind, 'protocol');
    assert.equal(out.raw, 'not json');
  });

  it('schema drift: raw kept, schemaDrift messages, best-effort normalization, no crash', async () => {
    f.srv.apiReplies.push({ status: 200, body: [{ id: 7, supports: { fiber: { ftth: { status: 'eligible', comments: 'oops' } } }, extra: { x: 1 } }] });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.ok, true);
    assert.ok(out.schemaDrift.some(m => /^0\.id/.test(m)), out.schemaDrift.join('\n'));
    assert.ok(out.schemaDrift.some(m => /comments/.test(m)));
    assert.deepEqual((out.raw as { extra: unknown }[])[0].extra, { x: 1 });
    assert.equal(out.normalized?.offers.length, 1);
    assert.equal(out.normalized?.offers[0].technology, 'FTTH');
    assert.equal(out.normalized?.offers[0].eligible, true);
  });

  it('unknown fields of a good answer are kept and raise no drift', async () => {
    f.srv.apiReplies.push({ status: 200, body: [{ ...AJACCIO_POIS[0], newField: 'kept' }] });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.deepEqual(out.schemaDrift, []);
    assert.equal((out.raw as { newField: string }[])[0].newField, 'kept');
  });

  it('missing credentials → kind credentials, nothing sent', async () => {
    const t2 = makeContext(f.srv.url, null);
    const out = await lookupPoi(t2.ctx, Q);
    const out2 = await lookupPoi({ ...t2.ctx, target: { ...t2.ctx.target, orange: { baseUrl: f.srv.url, credentials: { ...CREDS, apiKey: '' } } } }, Q);
    t2.dispose();
    assert.equal(out.error?.kind, 'credentials');
    assert.equal(out.error?.nextStep, 'set-credentials');
    assert.match(out2.error!.message, /API key/);
    assert.equal(f.srv.requests.length, 0);
  });

  it('RIP needs no API key (the RIP guide documents none)', async () => {
    f.srv.apiDefault = () => ({ status: 200, body: { productOfferingQualificationItem: [] } });
    const out = await qualifyRip({ ...f.t.ctx, target: { ...f.t.ctx.target, orange: { baseUrl: f.srv.url, credentials: { ...CREDS, apiKey: '' } } } }, ND);
    assert.equal(out.ok, true, JSON.stringify(out.error));
  });

  it('credentials never go to a base URL with user info or to plain http off loopback', async () => {
    const withUser = f.srv.url.replace('http://', 'http://user:pw@');
    const a = await lookupPoi({ ...f.t.ctx, target: { ...f.t.ctx.target, orange: { baseUrl: withUser, credentials: CREDS } } }, Q);
    const b = await lookupPoi({ ...f.t.ctx, target: { ...f.t.ctx.target, orange: { baseUrl: 'http://api.orange.com', credentials: CREDS } } }, Q);
    assert.equal(a.error?.kind, 'credentials');
    assert.equal(b.error?.kind, 'credentials');
    assert.match(b.error!.message, /https/);
    assert.equal(f.srv.requests.length, 0);
  });

  it('a redirect is an error, never followed with the token', async () => {
    f.srv.apiReplies.push({ status: 302, headers: { Location: 'http://127.0.0.2:1/steal' } });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.error?.kind, 'redirect');
  });

  it('secrets never appear in outcomes, exchanges or logs', async () => {
    f.srv.expired.add('S3NTINEL-token-1');
    const outs = [await lookupPoi(f.t.ctx, Q), await qualifyRip(f.t.ctx, ND)];
    f.srv.apiReplies.push(ERRORS.internal);
    outs.push(await lookupPoi(f.t.ctx, Q));
    const text = JSON.stringify(outs) + '\n' + f.t.logs.join('\n');
    assert.ok(f.t.logs.length > 0);
    for (const s of [CREDS.clientSecret, CREDS.apiKey!, 'S3NTINEL-token-1', 'S3NTINEL-token-2', Buffer.from(`${CREDS.clientId}:${CREDS.clientSecret}`).toString('base64')]) {
      assert.ok(!text.includes(s), `leaked ${s.slice(0, 12)}…`);
    }
    assert.equal(outs[0].exchange?.requestHeaders.Authorization, '***');
    assert.equal(outs[0].exchange?.requestHeaders['X-Api-Key'], '***');
    assert.ok(outs[0].exchange?.url.startsWith(`${f.srv.url}${POI_PATH}?fullTextAddress=`));
  });
});
