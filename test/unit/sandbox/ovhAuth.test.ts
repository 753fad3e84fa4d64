import * as assert from 'node:assert/strict';
import { call, CREDS, ELIG, admin, signedHeaders, useSandbox } from './helpers';

const PATH = `${ELIG}/test/building/partners`;
const BODY = JSON.stringify({ building: 'IMB/91471/C/NT8X' });

describe('sandbox OVH auth', () => {
  const sb = useSandbox({ pendingPolls: 0 });

  it('GET /1.0/auth/time returns epoch seconds with an X-OVH-QUERYID', async () => {
    const before = Math.floor(Date.now() / 1000);
    const r = await call(sb(), 'GET', '/1.0/auth/time');
    assert.equal(r.status, 200);
    assert.equal(typeof r.json, 'number');
    assert.ok((r.json as number) >= before - 1 && (r.json as number) <= Math.ceil(Date.now() / 1000) + 1);
    assert.match(r.headers.get('x-ovh-queryid') ?? '', /^EU\.ext-1\.[0-9a-f]+\.[0-9a-f]+$/);
  });

  it('a correctly signed partners call is accepted (exact URL form)', async () => {
    const r = await call(sb(), 'POST', PATH, { body: BODY, headers: signedHeaders(sb(), PATH, BODY) });
    assert.equal(r.status, 200, r.text);
    assert.notEqual((r.json as { status: string }).status, undefined);
    assert.deepEqual((await admin.counters(sb())).signatureForms, { exact: 1 });
  });

  it('wrong signature → 400 INVALID_SIGNATURE', async () => {
    const r = await call(sb(), 'POST', PATH, { body: BODY, headers: signedHeaders(sb(), PATH, BODY, { secret: 'not-the-secret' }) });
    assert.equal(r.status, 400);
    assert.deepEqual(r.json, { message: 'Invalid signature', errorCode: 'INVALID_SIGNATURE' });
    assert.ok(r.headers.get('x-ovh-queryid'));
  });

  it('a signature over other body bytes is rejected (BODY = exact bytes)', async () => {
    const h = signedHeaders(sb(), PATH, JSON.stringify({ building: 'IMB/91471/C/NT8X' }, null, 1));
    const r = await call(sb(), 'POST', PATH, { body: BODY, headers: h });
    assert.equal(r.status, 400);
    assert.equal((r.json as { errorCode: string }).errorCode, 'INVALID_SIGNATURE');
  });

  it('stale timestamp (> 180 s skew) → 400 QUERY_TIME_OUT', async () => {
    const ts = Math.round(Date.now() / 1000) - 181 - 5;
    const r = await call(sb(), 'POST', PATH, { body: BODY, headers: signedHeaders(sb(), PATH, BODY, { ts }) });
    assert.equal(r.status, 400);
    assert.deepEqual(r.json, { message: 'Query out of time', errorCode: 'QUERY_TIME_OUT' });
  });

  it('unknown application key → 403 INVALID_KEY', async () => {
    const r = await call(sb(), 'POST', PATH, { body: BODY, headers: signedHeaders(sb(), PATH, BODY, { appKey: 'nope' }) });
    assert.equal(r.status, 403);
    assert.deepEqual(r.json, { message: 'Invalid application key', errorCode: 'INVALID_KEY' });
  });

  it('unknown consumer key → 403 INVALID_CREDENTIAL', async () => {
    const r = await call(sb(), 'POST', PATH, { body: BODY, headers: signedHeaders(sb(), PATH, BODY, { ck: 'unknown-ck' }) });
    assert.equal(r.status, 403);
    assert.deepEqual(r.json, { message: 'Invalid credential', errorCode: 'INVALID_CREDENTIAL' });
  });

  it('no auth headers on a partners route → 401; missing consumer key → 403 NOT_CREDENTIAL', async () => {
    const r = await call(sb(), 'POST', PATH, { body: BODY });
    assert.equal(r.status, 401);
    assert.equal((r.json as { errorCode: string }).errorCode, 'NOT_AUTHENTICATED');
    const r2 = await call(sb(), 'POST', PATH, { body: BODY, headers: { 'X-Ovh-Application': CREDS.ovh.applicationKey } });
    assert.equal(r2.status, 403);
    assert.equal((r2.json as { errorCode: string }).errorCode, 'NOT_CREDENTIAL');
  });

  it('public operations need no authentication', async () => {
    const r = await call(sb(), 'POST', `${ELIG}/search/cities`, { body: { zipCode: '91400' } });
    assert.equal(r.status, 200, r.text);
  });

  it('auth/credential: pendingValidation key is refused, validated key works within its rules only', async () => {
    const s = sb();
    const noApp = await call(s, 'POST', '/1.0/auth/credential', { body: { accessRules: [{ method: 'POST', path: '/connectivity/eligibility/test/building/partners' }] } });
    assert.equal(noApp.status, 401);
    const badApp = await call(s, 'POST', '/1.0/auth/credential', { headers: { 'X-Ovh-Application': 'nope' }, body: { accessRules: [{ method: 'POST', path: '/*' }] } });
    assert.deepEqual(badApp.json, { message: 'Invalid application key', errorCode: 'INVALID_KEY' });
    const bad = await call(s, 'POST', '/1.0/auth/credential', { headers: { 'X-Ovh-Application': CREDS.ovh.applicationKey }, body: { accessRules: 'all' } });
    assert.equal(bad.status, 400);

    const r = await call(s, 'POST', '/1.0/auth/credential', {
      headers: { 'X-Ovh-Application': CREDS.ovh.applicationKey },
      body: { accessRules: [{ method: 'POST', path: '/connectivity/eligibility/test/building/partners' }] },
    });
    assert.equal(r.status, 200);
    const cred = r.json as { validationUrl: string; consumerKey: string; state: string };
    assert.equal(cred.state, 'pendingValidation');
    assert.match(cred.consumerKey, /^[0-9a-f]{32}$/);
    assert.ok(cred.validationUrl.startsWith(s.url + '/'));

    const pending = await call(s, 'POST', PATH, { body: BODY, headers: signedHeaders(s, PATH, BODY, { ck: cred.consumerKey }) });
    assert.equal(pending.status, 403);
    assert.equal((pending.json as { errorCode: string }).errorCode, 'INVALID_CREDENTIAL');

    const v = await fetch(cred.validationUrl);
    assert.equal(v.status, 200);
    await v.text();

    const ok = await call(s, 'POST', PATH, { body: BODY, headers: signedHeaders(s, PATH, BODY, { ck: cred.consumerKey }) });
    assert.equal(ok.status, 200, ok.text);
    const other = `${ELIG}/test/line/partners`;
    const lineBody = JSON.stringify({ lineNumber: '0123456789', status: 'active' });
    const denied = await call(s, 'POST', other, { body: lineBody, headers: signedHeaders(s, other, lineBody, { ck: cred.consumerKey }) });
    assert.equal(denied.status, 403);
    assert.deepEqual(denied.json, { message: 'This call has not been granted', errorCode: 'NOT_GRANTED_CALL' });
  });
});
