import assert from 'node:assert/strict';
import { lookupPoi, qualifyRip, tokenCacheFor, tokenCacheKey } from '../../../src/core/apis/orange/operations';
import { CREDS, gate, makeContext, POI_PATH, TOKEN_PATH, useFakeOrange } from './fake-orange';
import { AJACCIO_POIS } from './fixtures';

const Q = { fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' };

describe('orange: OAuth2 token', () => {
  const f = useFakeOrange(AJACCIO_POIS);

  it('asks for a token with Basic auth and a form body; API calls carry Bearer + X-Api-Key, never Basic', async () => {
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.ok, true, JSON.stringify(out.error));
    const [tok] = f.srv.tokenRequests();
    assert.equal(tok.method, 'POST');
    assert.equal(tok.headers.authorization, `Basic ${Buffer.from(`${CREDS.clientId}:${CREDS.clientSecret}`).toString('base64')}`);
    assert.equal(tok.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(tok.headers.accept, 'application/json');
    assert.equal(tok.body, 'grant_type=client_credentials');
    assert.equal(tok.headers['x-api-key'], undefined, 'the API key never goes to the token endpoint');
    const api = f.srv.apiRequests();
    assert.equal(api.length, 1);
    assert.equal(api[0].path, POI_PATH);
    assert.equal(api[0].headers.authorization, 'Bearer S3NTINEL-token-1');
    assert.equal(api[0].headers['x-api-key'], CREDS.apiKey);
    assert.equal(api[0].headers.accept, 'application/json');
    for (const r of f.srv.apiRequests()) assert.doesNotMatch(String(r.headers.authorization), /^Basic/);
    for (const r of f.srv.tokenRequests()) assert.equal(r.path, TOKEN_PATH);
  });

  it('caches the token across calls (one token request for many sequential calls)', async () => {
    for (let i = 0; i < 5; i++) assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.equal(f.srv.tokenRequests().length, 1);
    assert.equal(f.srv.apiRequests().length, 5);
  });

  it('single flight: 100 concurrent calls on an empty cache make exactly one token request', async () => {
    const g = gate();
    f.srv.tokenGate = g.promise;
    const calls = Array.from({ length: 100 }, () => lookupPoi(f.t.ctx, Q));
    await f.srv.waitFor(() => f.srv.tokenRequests().length >= 1);
    g.open();
    const outs = await Promise.all(calls);
    assert.deepEqual(outs.filter(o => !o.ok).map(o => o.error?.message), []);
    assert.equal(f.srv.tokenRequests().length, 1);
    assert.equal(f.srv.apiRequests().length, 100);
    assert.ok(f.srv.apiRequests().every(r => r.headers.authorization === 'Bearer S3NTINEL-token-1'));
  });

  it('single flight: 100 concurrent calls on an expired token make exactly one token request', async () => {
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    const cache = tokenCacheFor(f.t.ctx.state, f.srv.url, CREDS);
    const tok = cache.peek()!;
    cache.now = () => tok.obtainedAt + 3600_000 + 1; // past expiry
    const g = gate();
    f.srv.tokenGate = g.promise;
    const calls = Array.from({ length: 100 }, () => lookupPoi(f.t.ctx, Q));
    await f.srv.waitFor(() => f.srv.tokenRequests().length >= 2);
    g.open();
    const outs = await Promise.all(calls);
    assert.deepEqual(outs.filter(o => !o.ok).map(o => o.error?.message), []);
    assert.equal(f.srv.tokenRequests().length, 2);
    assert.equal(f.srv.apiRequests().filter(r => r.headers.authorization === 'Bearer S3NTINEL-token-2').length, 100);
  });

  it('refreshes before expiry: 60 s margin for a one-hour token, 10 % of the lifetime for short ones', async () => {
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    const cache = tokenCacheFor(f.t.ctx.state, f.srv.url, CREDS);
    const t0 = cache.peek()!.obtainedAt;
    cache.now = () => t0 + 3600_000 - 61_000;
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.equal(f.srv.tokenRequests().length, 1, 'still valid 61 s before expiry');
    cache.now = () => t0 + 3600_000 - 59_000;
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.equal(f.srv.tokenRequests().length, 2, 'refreshed 59 s before expiry');

    f.srv.tokenLifetimeSec = '100'; // a string, as some gateways send it; 10 s margin
    const t1 = t0 + 3600_000 - 59_000;
    cache.invalidate();
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.equal(f.srv.tokenRequests().length, 3);
    assert.equal(cache.peek()!.lifetimeMs, 100_000);
    cache.now = () => t1 + 89_000;
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.equal(f.srv.tokenRequests().length, 3);
    cache.now = () => t1 + 91_000;
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.equal(f.srv.tokenRequests().length, 4);
  });

  it('without expires_in, keeps the token until the API reports it expired (401 code 42)', async () => {
    f.srv.tokenLifetimeSec = undefined;
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    const cache = tokenCacheFor(f.t.ctx.state, f.srv.url, CREDS);
    cache.now = () => Date.now() + 365 * 86400_000;
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.equal(f.srv.tokenRequests().length, 1);
    f.srv.expired.add('S3NTINEL-token-1');
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.equal(f.srv.tokenRequests().length, 2);
  });

  it('a failed refresh rejects every waiter and is not cached', async () => {
    const g = gate();
    f.srv.tokenGate = g.promise;
    f.srv.tokenReplies.push({ status: 500, body: { code: 1, message: 'Internal error', description: 'Generic failure message' } });
    const calls = Array.from({ length: 10 }, () => lookupPoi(f.t.ctx, Q));
    await f.srv.waitFor(() => f.srv.tokenRequests().length >= 1);
    g.open();
    const outs = await Promise.all(calls);
    assert.ok(outs.every(o => !o.ok && o.error?.status === 500 && o.error.code === '1'));
    assert.equal(f.srv.tokenRequests().length, 1);
    assert.equal(f.srv.apiRequests().length, 0);
    f.srv.tokenGate = undefined;
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true, 'the next call asks again');
    assert.equal(f.srv.tokenRequests().length, 2);
  });

  it('token 429 is reported at once with a clear message (no hammering of the token endpoint)', async () => {
    f.srv.tokenReplies.push({ status: 429, body: { code: 429, message: 'Too many requests' }, headers: { 'Retry-After': '30' } });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.ok, false);
    assert.equal(out.error?.status, 429);
    assert.equal(out.error?.nextStep, 'wait');
    assert.match(out.error!.message, /50 token requests per minute/);
    assert.match(out.error!.message, /retry after 30 s/);
    assert.equal(f.srv.tokenRequests().length, 1);
  });

  it('refused client credentials (OAuth error shape) → set-credentials, nothing sent to the API', async () => {
    f.srv.tokenReplies.push({ status: 401, body: { error: 'invalid_client', error_description: 'The requested service needs credentials, but the ones provided were invalid.' } });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.error?.status, 401);
    assert.equal(out.error?.code, 'invalid_client');
    assert.equal(out.error?.nextStep, 'set-credentials');
    assert.equal(f.srv.apiRequests().length, 0);
  });

  it('a token response without access_token is a protocol error', async () => {
    f.srv.tokenReplies.push({ status: 200, body: { token_type: 'Bearer' } });
    const out = await lookupPoi(f.t.ctx, Q);
    assert.equal(out.error?.kind, 'protocol');
    assert.match(out.error!.message, /access_token/);
  });

  it('one cache per credential; the key never contains the secret', async () => {
    const other = { ...CREDS, clientSecret: 'another-S3NTINEL-secret' };
    const k1 = tokenCacheKey(f.srv.url, CREDS), k2 = tokenCacheKey(f.srv.url, other);
    assert.notEqual(k1, k2);
    assert.equal(tokenCacheKey(`${f.srv.url}/`, CREDS), k1, 'trailing slash does not split the cache');
    for (const k of [k1, k2]) assert.ok(!k.includes(CREDS.clientSecret) && !k.includes(other.clientSecret));
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    assert.ok([...f.t.ctx.state.cache.keys()].every(k => !k.includes(CREDS.clientSecret)));
    // the same run state with a second credential: a second cache, a second token request (refused by the server)
    const t2 = makeContext(f.srv.url, other);
    t2.ctx.state = f.t.ctx.state;
    const out = await lookupPoi(t2.ctx, Q);
    t2.dispose();
    assert.equal(out.ok, false);
    assert.equal(f.srv.tokenRequests().length, 2);
    assert.equal(f.t.ctx.state.cache.size, 2);
  });

  it('a caller that aborts while waiting detaches alone; the others get the token', async () => {
    const g = gate();
    f.srv.tokenGate = g.promise;
    const ac = new AbortController();
    const a = lookupPoi({ ...f.t.ctx, signal: ac.signal }, Q);
    const b = lookupPoi(f.t.ctx, Q);
    await f.srv.waitFor(() => f.srv.tokenRequests().length >= 1);
    ac.abort();
    const outA = await a;
    assert.equal(outA.error?.kind, 'cancelled');
    g.open();
    assert.equal((await b).ok, true);
    assert.equal(f.srv.tokenRequests().length, 1);
  });

  it('RIP and b2b share the token of one credential; RIP gets no X-Api-Key', async () => {
    f.srv.apiDefault = r => (r.path === POI_PATH ? { status: 200, body: AJACCIO_POIS } : { status: 200, body: { productOfferingQualificationItem: [] } });
    assert.equal((await lookupPoi(f.t.ctx, Q)).ok, true);
    const rip = await qualifyRip(f.t.ctx, { contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0123456789' } });
    assert.equal(rip.ok, true, JSON.stringify(rip.error));
    assert.equal(f.srv.tokenRequests().length, 1);
    const ripReq = f.srv.apiRequests()[1];
    assert.equal(ripReq.headers['x-api-key'], undefined);
    assert.equal(ripReq.headers.authorization, 'Bearer S3NTINEL-token-1');
  });
});
