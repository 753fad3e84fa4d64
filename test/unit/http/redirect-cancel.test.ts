import assert from 'node:assert/strict';
import { HttpClient } from '../../../src/core/http/client';
import { createLogger } from '../../../src/core/log';
import { deferred, json, startServer, type TestServer } from './server';

describe('http: redirects are never followed', () => {
  let origin: TestServer, elsewhere: TestServer;
  const http = new HttpClient();
  beforeEach(async () => {
    elsewhere = await startServer((_req, res) => json(res, 200, { stolen: true }));
    origin = await startServer((req, res) => {
      res.writeHead(req.url.startsWith('/perm') ? 308 : 302, { Location: `${elsewhere.url}/landing?token=abc` });
      res.end();
    });
  });
  afterEach(async () => { await origin.close(); await elsewhere.close(); });
  after(() => http.dispose());

  for (const [path, method] of [['/temp', 'GET'], ['/perm', 'POST']] as const) {
    it(`${method} answered by a redirect fails with kind redirect and the target records zero requests`, async () => {
      await assert.rejects(http.send({
        method, url: `${origin.url}${path}`, body: method === 'POST' ? '{"a":1}' : undefined, idempotent: true,
        headers: { Authorization: 'Bearer sentinel-redirect-token', 'X-Api-Key': 'sentinel-key' }, credentialBase: origin.url,
      }), (e: { kind: string; message: string }) => {
        assert.equal(e.kind, 'redirect');
        assert.doesNotMatch(e.message, /token=abc/, 'the location query is not echoed');
        return true;
      });
      assert.equal(origin.requests.length, 1);
      assert.equal(elsewhere.requests.length, 0);
    });
  }
});

describe('http: cancellation (AbortSignal)', () => {
  let server: TestServer | undefined;
  const http = new HttpClient({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
  afterEach(async () => { await server?.close(); server = undefined; });
  after(() => http.dispose());

  it('an already aborted signal sends nothing', async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const ctl = new AbortController();
    ctl.abort();
    await assert.rejects(http.send({ method: 'GET', url: `${server.url}/x`, signal: ctl.signal }), { kind: 'cancelled' });
    assert.equal(server.requests.length, 0);
  });

  it('aborting while the server is still answering rejects with kind cancelled', async () => {
    server = await startServer(() => { /* hangs */ });
    const ctl = new AbortController();
    const p = http.send({ method: 'GET', url: `${server.url}/hang`, signal: ctl.signal, timeoutMs: 60_000 });
    await server.waitForRequests(1);
    ctl.abort();
    await assert.rejects(p, { kind: 'cancelled' });
  });

  it('aborting during a retry wait rejects with kind cancelled (no second attempt)', async () => {
    server = await startServer((_req, res) => json(res, 503, {}, { 'Retry-After': '20' }));
    const waiting = deferred();
    const logged = new HttpClient({ logger: createLogger((_l, line) => { if (/retrying in/.test(line)) waiting.resolve(); }) });
    const ctl = new AbortController();
    const p = logged.send({ method: 'GET', url: `${server.url}/busy`, signal: ctl.signal });
    await waiting.promise; // the client is now sleeping before its second attempt
    ctl.abort();
    await assert.rejects(p, { kind: 'cancelled' });
    assert.equal(server.requests.length, 1);
    logged.dispose();
  });
});
