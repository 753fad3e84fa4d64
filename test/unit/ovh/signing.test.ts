import assert from 'node:assert/strict';
import { findOperation } from '../../../src/core/apis';
import { createSharedState } from '../../../src/core/apis/operation';
import { ovhJson, ovhSignature, requestConsumerKey, serverTimeOffset } from '../../../src/core/apis/ovh/signing';
import { HttpClient } from '../../../src/core/http/client';
import { createLogger } from '../../../src/core/log';
import { json } from '../http/server';
import { CREDS, ctxFor, type OvhServer, startOvhServer } from './ovh-server';

interface OfficialClient { signRequest(method: string, url: string, body: string | null, timestamp: number | string): string }
// the official OVH Node client has no type declarations
// eslint-disable-next-line @typescript-eslint/no-require-imports
const officialFactory = require('@ovhcloud/node-ovh') as (p: { appKey: string; appSecret: string; consumerKey?: string }) => OfficialClient;
const official = (as: string, ck: string) => officialFactory({ appKey: 'ak', appSecret: as, consumerKey: ck });

describe('ovh: request signature', () => {
  const vectors = [
    { applicationSecret: 'EgWIz07P0HYwtQDs', consumerKey: 'MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1', method: 'POST',
      url: 'https://eu.api.ovh.com/1.0/connectivity/eligibility/test/line/partners', body: ovhJson({ lineNumber: '0123456789', status: 'active' }), timestamp: 1457018875 },
    { applicationSecret: 'secret', consumerKey: 'consumer', method: 'GET',
      url: 'https://ca.api.ovh.com/1.0/connectivity/eligibility/test?eligibilityReference=abc%2F01', body: '', timestamp: '1700000000' },
    { applicationSecret: 'sandbox-app-secret', consumerKey: 'sandbox-consumer-key', method: 'POST',
      url: 'http://127.0.0.1:8089/1.0/connectivity/eligibility/test/address/partners', body: ovhJson({ streetCode: '94123001234', streetNumber: '4' }), timestamp: 1799999999 },
    { applicationSecret: 'a+b', consumerKey: 'c+d', method: 'POST', url: 'https://api.us.ovhcloud.com/1.0/auth/x',
      body: ovhJson({ ownerName: 'Éloïse Dupré', note: '漢字 😀' }), timestamp: 0 },
  ];

  it('matches the official client (@ovhcloud/node-ovh signRequest) on every vector', () => {
    for (const v of vectors) {
      const ours = ovhSignature(v);
      assert.match(ours, /^\$1\$[0-9a-f]{40}$/);
      assert.equal(ours, official(v.applicationSecret, v.consumerKey).signRequest(v.method, v.url, v.body, v.timestamp));
    }
  });

  it('pins one known value (computed with sha1sum over "AS+CK+GET+URL++1")', () => {
    assert.equal(ovhSignature({ applicationSecret: 'AS', consumerKey: 'CK', method: 'GET', url: 'https://eu.api.ovh.com/1.0/auth/time', body: '', timestamp: 1 }),
      '$1$6cd733ff30b01603f6cda13b446fd2fbd4b7cb83');
  });

  it('serialises bodies like the official client (non-ASCII escaped, so the signed bytes are ASCII)', () => {
    const s = ovhJson({ ownerName: 'Éloïse', city: 'ORSAY' });
    assert.equal(s, '{"ownerName":"\\u00c9lo\\u00efse","city":"ORSAY"}');
    assert.deepEqual(JSON.parse(s), { ownerName: 'Éloïse', city: 'ORSAY' });
  });

  describe('on the wire', () => {
    let server: OvhServer;
    const logs: string[] = [];
    const http = new HttpClient({ logger: createLogger((_l, line) => logs.push(line)) });
    before(async () => { server = await startOvhServer({ clockSkew: 3600 }); });
    after(async () => { http.dispose(); await server.close(); });

    it('signed requests verify with the official algorithm, use server time, and never log a credential', async () => {
      const ctx = ctxFor(http, server.base, { credentials: CREDS });
      const r = await findOperation('ovh', 'test/address/partners')!.run(ctx, { streetCode: '94123001234', streetNumber: '4' });
      assert.equal(r.ok, true, JSON.stringify(r.error));
      const sent = server.apiRequests()[0];
      const ts = Number(sent.headers['x-ovh-timestamp']);
      const expected = official(CREDS.applicationSecret, CREDS.consumerKey).signRequest('POST', `${server.url}${sent.url}`, sent.body, ts);
      assert.equal(sent.headers['x-ovh-signature'], expected);
      assert.equal(sent.headers['x-ovh-application'], CREDS.applicationKey);
      assert.equal(sent.headers['x-ovh-consumer'], CREDS.consumerKey);
      const skew = ts - Date.now() / 1000;
      assert.ok(skew > 3500 && skew < 3700, `timestamp follows the server clock (skew ${skew})`);
      const all = logs.join('\n');
      for (const v of [CREDS.applicationKey, CREDS.applicationSecret, CREDS.consumerKey, String(sent.headers['x-ovh-signature'])]) assert.ok(!all.includes(v), `${v} leaked into logs`);
    });

    it('the time offset is fetched once per endpoint + application and shared by concurrent calls', async () => {
      const state = createSharedState();
      const before = server.timeRequests();
      const ctx = ctxFor(http, server.base, { credentials: CREDS, state });
      const offsets = await Promise.all(Array.from({ length: 5 }, () => serverTimeOffset(ctx, CREDS.applicationKey)));
      for (const o of offsets) assert.ok(o > 3500 && o < 3700);
      const op = findOperation('ovh', 'test/otp/partners')!;
      for (let i = 0; i < 3; i++) assert.equal((await op.run(ctx, { otp: 'OO-XXXX-XXXX/C' })).ok, true);
      assert.equal(server.timeRequests() - before, 1);
      await serverTimeOffset(ctx, 'another-app-key');
      assert.equal(server.timeRequests() - before, 2);
      await serverTimeOffset(ctxFor(http, server.base, { credentials: CREDS }), CREDS.applicationKey);
      assert.equal(server.timeRequests() - before, 3, 'a fresh state fetches again');
    });

    it('a timestamp the server refuses (QUERY_TIME_OUT) makes the next call fetch the server time again', async () => {
      let refuse = true;
      const skewed = await startOvhServer({ override: (req, res) => {
        if (refuse && req.url.endsWith('/partners')) { refuse = false; json(res, 400, { message: 'Query out of time', errorCode: 'QUERY_TIME_OUT' }); return true; }
      } });
      try {
        const ctx = ctxFor(http, skewed.base, { credentials: CREDS });
        const op = findOperation('ovh', 'test/line/partners')!;
        const first = await op.run(ctx, { lineNumber: '0123456789', status: 'active' });
        assert.equal(first.error?.code, 'QUERY_TIME_OUT');
        assert.equal(skewed.timeRequests(), 1);
        assert.equal((await op.run(ctx, { lineNumber: '0123456789', status: 'active' })).ok, true);
        assert.equal(skewed.timeRequests(), 2);
      } finally { await skewed.close(); }
    });

    it('requestConsumerKey posts the access rules with the application key only', async () => {
      const ctx = ctxFor(http, server.base, { credentials: { applicationKey: CREDS.applicationKey, applicationSecret: CREDS.applicationSecret } });
      const rules = [{ method: 'POST' as const, path: '/connectivity/eligibility/*' }];
      const r = await requestConsumerKey(ctx, rules, 'https://example.com/back');
      assert.deepEqual(r, { validationUrl: 'https://www.ovh.com/auth/sso/api?credentialToken=tok', consumerKey: 'ck-issued-123456', state: 'pendingValidation' });
      const sent = server.requests.filter(q => q.url === '/1.0/auth/credential').at(-1)!;
      assert.deepEqual(JSON.parse(sent.body), { accessRules: rules, redirection: 'https://example.com/back' });
      assert.equal(sent.headers['x-ovh-application'], CREDS.applicationKey);
      assert.equal(sent.headers['x-ovh-consumer'], undefined);
      assert.equal(sent.headers['x-ovh-signature'], undefined);
      assert.ok(!logs.join('\n').includes('ck-issued-123456'), 'the issued consumer key is redacted');
    });

    it('requestConsumerKey reports a refused application key and missing credentials', async () => {
      const bad = ctxFor(http, server.base, { credentials: { applicationKey: 'unknown-app', applicationSecret: 'x-secret' } });
      await assert.rejects(requestConsumerKey(bad, [{ method: 'GET', path: '/*' }]), { kind: 'http', status: 403, code: 'INVALID_KEY' });
      await assert.rejects(requestConsumerKey(ctxFor(http, server.base), [{ method: 'GET', path: '/*' }]), { kind: 'credentials' });
    });
  });
});
