import * as assert from 'node:assert/strict';
import { admin, bearer, call, CREDS, orangeHeaders, orangeToken, useSandbox } from './helpers';

const POI = '/eligibility/b2b/v1/poi?buildingCode=' + encodeURIComponent('IMB/59378/X/013S');
const RIP = '/ripoperatoreligibility/v1/productRIPQualification';
const ND_BODY = { contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0123456789' } };

describe('sandbox Orange OAuth2 and guards', () => {
  const sb = useSandbox({ tokenLifetimeSec: 1800 });

  it('client credentials flow by hand: Basic auth + form → Bearer token with the configured lifetime', async () => {
    const r = await orangeToken(sb());
    assert.equal(r.status, 200);
    const t = r.json as { token_type: string; access_token: string; expires_in: number };
    assert.equal(t.token_type, 'Bearer');
    assert.equal(t.expires_in, 1800);
    assert.ok(t.access_token.length >= 32);
    const second = (await orangeToken(sb())).json as { access_token: string };
    assert.notEqual(second.access_token, t.access_token);
    const res = await call(sb(), 'GET', POI, { headers: orangeHeaders(t.access_token) });
    assert.notEqual(res.status, 401);
    assert.equal(res.headers.get('x-ovh-queryid'), null);
  });

  it('bad client secret → 401 invalid_client; no Basic → 401; other grant → 400 unsupported_grant_type; none → 400', async () => {
    const bad = await orangeToken(sb(), CREDS.orange.clientId, 'wrong');
    assert.equal(bad.status, 401);
    assert.equal((bad.json as { error: string }).error, 'invalid_client');
    const none = await call(sb(), 'POST', '/oauth/v3/token', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
    assert.equal(none.status, 401);
    const grant = await orangeToken(sb(), undefined, undefined, 'grant_type=password');
    assert.equal(grant.status, 400);
    assert.equal((grant.json as { error: string }).error, 'unsupported_grant_type');
    const missing = await orangeToken(sb(), undefined, undefined, '');
    assert.equal(missing.status, 400);
    assert.equal((missing.json as { error: string }).error, 'invalid_request');
  });

  it('token requests are limited to 50 per minute (429 beyond), counted', async () => {
    for (let i = 0; i < 50; i++) assert.equal((await orangeToken(sb())).status, 200);
    const r = await orangeToken(sb());
    assert.equal(r.status, 429);
    assert.deepEqual(r.json, { code: 53, message: 'Too many requests', description: 'The application has made too many calls and has exceeded the rate limit for this service.' });
    const c = await admin.counters(sb());
    assert.equal(c.tokenRequests, 51);
    assert.equal(c.tokensIssued, 50);
  });

  for (const [name, path, method, body] of [['b2b poi', POI, 'GET', undefined], ['RIP', RIP, 'POST', ND_BODY]] as const) {
    describe(name, () => {
      it('no Bearer → 401 code 40; unknown token → 401 code 41', async () => {
        const h = orangeHeaders('x');
        delete h.Authorization;
        const r = await call(sb(), method, path, { headers: h, body });
        assert.equal(r.status, 401);
        assert.deepEqual(r.json, { code: 40, message: 'Missing credentials', description: 'The requested service needs credentials, but none were provided.' });
        const r2 = await call(sb(), method, path, { headers: orangeHeaders('forged-token-value'), body });
        assert.equal(r2.status, 401);
        assert.equal((r2.json as { code: number }).code, 41);
      });

      it('expired token → 401 code 42 with the guide\'s exact body; a new token works', async () => {
        const token = await bearer(sb());
        const exp = await call(sb(), 'POST', '/_sandbox/expire-tokens');
        assert.deepEqual(exp.json, { expired: 1 });
        const r = await call(sb(), method, path, { headers: orangeHeaders(token), body });
        assert.equal(r.status, 401);
        assert.deepEqual(r.json, { code: 42, message: 'Expired credentials', description: 'The requested service needs credentials, and the ones provided were out-of-date.' });
        const fresh = await call(sb(), method, path, { headers: orangeHeaders(await bearer(sb())), body });
        assert.notEqual(fresh.status, 401);
      });

      it('Accept missing or only */* → 406', async () => {
        const token = await bearer(sb());
        for (const accept of [undefined, '*/*']) {
          const h = orangeHeaders(token);
          if (accept) h.Accept = accept; else delete h.Accept;
          const r = await fetch(sb().url + path, { method, headers: { ...h, ...(accept ? {} : { Accept: '' }) }, body: body ? JSON.stringify(body) : undefined });
          assert.equal(r.status, 406);
          assert.equal(((await r.json()) as { code: number }).code, 406);
        }
      });
    });
  }

  it('token lifetime 0 (runtime config) gives tokens that answer 42', async () => {
    const cfg = await call(sb(), 'POST', '/_sandbox/config', { body: { tokenLifetimeSec: 0 } });
    assert.equal((cfg.json as { tokenLifetimeSec: number }).tokenLifetimeSec, 0);
    const r = await call(sb(), 'GET', POI, { headers: orangeHeaders(await bearer(sb())) });
    assert.equal(r.status, 401);
    assert.equal((r.json as { code: number }).code, 42);
  });

  it('b2b needs X-Api-Key: missing → 401 code 40, wrong → 401 code 41; RIP does not', async () => {
    const token = await bearer(sb());
    const h = orangeHeaders(token);
    delete h['X-Api-Key'];
    const r = await call(sb(), 'GET', POI, { headers: h });
    assert.equal(r.status, 401);
    assert.equal((r.json as { code: number }).code, 40);
    const w = await call(sb(), 'GET', POI, { headers: orangeHeaders(token, { 'X-Api-Key': 'wrong-key' }) });
    assert.equal(w.status, 401);
    assert.equal((w.json as { code: number }).code, 41);
    const rip = await call(sb(), 'POST', RIP, { headers: h, body: ND_BODY });
    assert.notEqual(rip.status, 401);
  });

  it('RIP body that is not JSON (the guide\'s trailing commas) → 400 with the parse error', async () => {
    const r = await call(sb(), 'POST', RIP, { headers: orangeHeaders(await bearer(sb())), body: '{"contextType": "nd", "category": {"name": "ftte",}}' });
    assert.equal(r.status, 400);
    const b = r.json as { code: number; message: string; description: string };
    assert.equal(b.message, 'Invalid body');
    assert.match(b.description, /JSON/);
  });

  it('unknown Orange path → 404, wrong method → 405', async () => {
    assert.equal((await call(sb(), 'GET', '/eligibility/b2b/v1/nope')).status, 404);
    assert.equal((await call(sb(), 'POST', '/eligibility/b2b/v1/poi', { headers: orangeHeaders('x') })).status, 405);
  });

  it('counters record credential header names per host and per API, never values', async () => {
    const token = await bearer(sb());
    await call(sb(), 'GET', POI, { headers: orangeHeaders(token) });
    const c = await admin.counters(sb());
    const host = new URL(sb().url).host;
    assert.deepEqual(c.authHeadersSeenPerHost[host], { authorization: 2, 'x-api-key': 1 });
    assert.deepEqual(c.authHeadersSeenPerApi['orange-token'], { authorization: 1 });
    assert.deepEqual(c.authHeadersSeenPerApi['orange-b2b'], { authorization: 1, 'x-api-key': 1 });
    assert.equal(c.misplacedCredentials, 0);
    assert.ok(!JSON.stringify(c).includes(token));
    await call(sb(), 'POST', '/1.0/connectivity/eligibility/search/cities', { headers: { Authorization: `Bearer ${token}` }, body: { zipCode: '91400' } });
    assert.equal((await admin.counters(sb())).misplacedCredentials, 1);
  });
});
