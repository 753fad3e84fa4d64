import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient } from '../../../src/core/http/client';

/** Regression: node-fetch 2 + keep-alive + chunked bodies lost queued responses ("Premature close"). */
describe('HttpClient under concurrency (keep-alive, chunked bodies)', () => {
  let server: http.Server; let url: string;
  before(async () => {
    server = http.createServer((_req, res) => {
      setImmediate(() => { res.setHeader('content-type', 'application/json'); res.write('{"a":'); res.end('1}'); });
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(() => new Promise<void>(r => server.close(() => r())));

  it('300 concurrent GETs with chunked responses all succeed', async () => {
    const c = new HttpClient();
    try {
      const rs = await Promise.allSettled(Array.from({ length: 300 }, () => c.send({ method: 'GET', url, retry: { maxAttempts: 1 } })));
      const failed = rs.filter(r => r.status === 'rejected').map(r => String((r as PromiseRejectedResult).reason?.message));
      assert.deepEqual(failed, []);
      for (const r of rs) assert.deepEqual((r as PromiseFulfilledResult<{ json: unknown }>).value.json, { a: 1 });
    } finally { c.dispose(); }
  });
});
