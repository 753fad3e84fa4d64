import assert from 'node:assert/strict';
import { HttpClient } from '../../../src/core/http/client';
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter } from '../../../src/core/http/retry';
import { json, startServer, type TestServer } from './server';

describe('http: retries', () => {
  let server: TestServer | undefined;
  const http = new HttpClient({ retry: { baseDelayMs: 5, maxDelayMs: 20 } });
  afterEach(async () => { await server?.close(); server = undefined; });
  after(() => http.dispose());

  it('retries a 503 and succeeds on the third attempt (at most 3 attempts)', async () => {
    server = await startServer((req, res) => (req.n < 3 ? json(res, 503, { code: 2600 }) : json(res, 200, { ok: true })));
    const r = await http.send({ method: 'POST', url: `${server.url}/x`, body: '{}' });
    assert.equal(r.status, 200);
    assert.equal(r.attempts, 3);
    assert.equal(server.requests.length, 3);
  });

  it('never makes more than 3 attempts, even when asked for more', async () => {
    server = await startServer((_req, res) => json(res, 503, {}));
    const r = await http.send({ method: 'GET', url: `${server.url}/x`, retry: { maxAttempts: 10 } });
    assert.equal(r.status, 503);
    assert.equal(r.attempts, 3);
    assert.equal(server.requests.length, 3);
  });

  it('honours Retry-After in seconds on 429', async () => {
    server = await startServer((req, res) => (req.n === 1 ? json(res, 429, {}, { 'Retry-After': '0' }) : json(res, 200, [])));
    const r = await http.send({ method: 'GET', url: `${server.url}/x` });
    assert.equal(r.status, 200);
    assert.equal(server.requests.length, 2);
  });

  it('honours Retry-After as an HTTP date on 503', async () => {
    server = await startServer((req, res) => (req.n === 1
      ? json(res, 503, {}, { 'Retry-After': new Date(Date.now() - 1000).toUTCString() }) : json(res, 200, [])));
    const r = await http.send({ method: 'POST', url: `${server.url}/x`, body: '{}' });
    assert.equal(r.status, 200);
    assert.equal(server.requests.length, 2);
  });

  it('gives up at once when Retry-After (seconds or date) is beyond the longest wait it accepts', async () => {
    for (const value of ['3600', new Date(Date.now() + 3_600_000).toUTCString()]) {
      server = await startServer((_req, res) => json(res, 429, { code: 'quota' }, { 'Retry-After': value }));
      const r = await http.send({ method: 'GET', url: `${server.url}/x` });
      assert.equal(r.status, 429);
      assert.equal(server.requests.length, 1, `Retry-After ${value}`);
      await server.close(); server = undefined;
    }
  });

  it('does not retry a POST on 502 unless it is idempotent', async () => {
    server = await startServer((req, res) => (req.n === 1 ? json(res, 502, {}) : json(res, 200, {})));
    const r1 = await http.send({ method: 'POST', url: `${server.url}/x`, body: '{}' });
    assert.equal(r1.status, 502);
    assert.equal(server.requests.length, 1);
    const r2 = await http.send({ method: 'POST', url: `${server.url}/y`, body: '{}', idempotent: true });
    assert.equal(r2.status, 200);
    assert.equal(server.requests.length, 2);
  });

  it('retries an idempotent request after a connection reset, not a non-idempotent one', async () => {
    server = await startServer((req, res) => { if (req.n === 1 || req.n === 3) res.socket?.destroy(); else json(res, 200, { n: req.n }); });
    const r = await http.send({ method: 'POST', url: `${server.url}/a`, body: '{}', idempotent: true });
    assert.equal(r.status, 200);
    assert.equal(r.attempts, 2);
    await assert.rejects(http.send({ method: 'POST', url: `${server.url}/b`, body: '{}' }), { kind: 'network' });
    assert.equal(server.requests.length, 3);
  });

  it('does not retry 4xx/500 answers', async () => {
    server = await startServer((_req, res) => json(res, 500, { code: 1 }));
    const r = await http.send({ method: 'GET', url: `${server.url}/x`, idempotent: true });
    assert.equal(r.status, 500);
    assert.equal(server.requests.length, 1);
  });
});

describe('http: retry arithmetic', () => {
  it('parses Retry-After seconds and HTTP dates, ignores garbage', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter('1.5', now), 1500);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });

  it('full jitter: the wait is uniform in [0, min(cap, base·2^(n−1))]', () => {
    const p = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 250 };
    assert.equal(backoffDelay(1, p, () => 0), 0);
    assert.equal(backoffDelay(1, p, () => 0.999), 99);
    assert.equal(backoffDelay(2, p, () => 0.5), 100);
    assert.equal(backoffDelay(5, p, () => 0.999), 249); // capped
    const seen = new Set(Array.from({ length: 50 }, () => backoffDelay(3, p)));
    assert.ok(seen.size > 5, 'waits are spread, not fixed');
    for (const w of seen) assert.ok(w >= 0 && w < 250);
  });
});
