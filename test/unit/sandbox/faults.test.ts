import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import { admin, call, orangeHeaders, bearer, useSandbox } from './helpers';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index';

const POI = '/eligibility/b2b/v1/poi?fullTextAddress=x';

/** A raw node:http request, to see connection-level errors as a client does. */
function rawGet(sb: RunningSandbox, path: string, timeoutMs: number): Promise<{ status?: number; error?: NodeJS.ErrnoException }> {
  return new Promise(resolve => {
    const req = http.get(sb.url + path, { agent: false, timeout: timeoutMs }, res => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('client timeout'), { code: 'CLIENT_TIMEOUT' })));
    req.on('error', error => resolve({ error }));
  });
}

describe('sandbox faults', () => {
  const sb = useSandbox({ seed: 7 });

  it('latency and jitter are set at run time and reported by /_sandbox/config', async () => {
    const set = await admin.faults(sb(), { latencyMs: 5, jitterMs: 3 });
    assert.equal(set.status, 200);
    const cfg = (await call(sb(), 'GET', '/_sandbox/config')).json as { faults: { latencyMs: number; jitterMs: number } };
    assert.equal(cfg.faults.latencyMs, 5);
    assert.equal(cfg.faults.jitterMs, 3);
    assert.equal((await call(sb(), 'GET', '/1.0/auth/time')).status, 200);
  });

  it('503 on a path prefix, twice: Orange shape 2600 there, other APIs untouched, then it is spent', async () => {
    await admin.faults(sb(), { rules: [{ kind: 'status', status: 503, path: '/eligibility/b2b', times: 2 }] });
    const token = await bearer(sb());
    for (let i = 0; i < 2; i++) {
      const r = await call(sb(), 'GET', POI, { headers: orangeHeaders(token) });
      assert.equal(r.status, 503);
      assert.deepEqual(r.json, { code: 2600, message: 'The service is temporarily unavailable', description: 'Source backend service is temporarily unavailable, please try again later.' });
      assert.equal(r.headers.get('retry-after'), null);
    }
    assert.notEqual((await call(sb(), 'GET', POI, { headers: orangeHeaders(token) })).status, 503);
    assert.equal((await admin.counters(sb())).injectedFaults['status-503'], 2);
  });

  it('429 with and without Retry-After; OVH shape on OVH paths with X-OVH-QUERYID; 500 Orange code 1', async () => {
    await admin.faults(sb(), { rules: [
      { kind: 'status', status: 429, retryAfter: 2, path: '/1.0/auth', times: 1 },
      { kind: 'status', status: 429, path: '/1.0/auth', times: 1 },
      { kind: 'status', status: 500, path: '/ripoperatoreligibility', times: 1 },
    ] });
    const a = await call(sb(), 'GET', '/1.0/auth/time');
    assert.equal(a.status, 429);
    assert.equal(a.headers.get('retry-after'), '2');
    assert.ok(a.headers.get('x-ovh-queryid'));
    assert.equal(typeof (a.json as { message: string }).message, 'string');
    const b = await call(sb(), 'GET', '/1.0/auth/time');
    assert.equal(b.status, 429);
    assert.equal(b.headers.get('retry-after'), null);
    assert.equal((await call(sb(), 'GET', '/1.0/auth/time')).status, 200);
    const c = await call(sb(), 'POST', '/ripoperatoreligibility/v1/productRIPQualification', { headers: orangeHeaders('x'), body: {} });
    assert.equal(c.status, 500);
    assert.deepEqual(c.json, { code: 1, message: 'Internal error', description: 'Generic failure message, used if no more precise code can be provided.' });
  });

  it('rate-based faults are deterministic for a seed (same sequence after reset)', async () => {
    const run = async () => {
      await admin.faults(sb(), { rules: [{ kind: 'status', status: 503, rate: 0.5, path: '/1.0/auth/time' }] });
      const seq: number[] = [];
      for (let i = 0; i < 16; i++) seq.push((await call(sb(), 'GET', '/1.0/auth/time')).status);
      return seq;
    };
    const first = await run();
    await call(sb(), 'POST', '/_sandbox/reset');
    const second = await run();
    assert.deepEqual(second, first);
    const failures = first.filter(s => s === 503).length;
    assert.ok(failures > 0 && failures < 16, `a 0.5 rate should mix outcomes: ${first.join(',')}`);
  });

  it('truncate and invalid-json bodies are not parseable JSON', async () => {
    await admin.faults(sb(), { rules: [{ kind: 'truncate', times: 1 }, { kind: 'invalid-json', times: 1 }] });
    for (const kind of ['truncate', 'invalid-json']) {
      const r = await call(sb(), 'GET', POI, { headers: orangeHeaders('x') });
      assert.equal(r.status, 401, kind);
      assert.equal(r.json, undefined, `${kind}: ${r.text}`);
      assert.ok(r.text.length > 0);
    }
    assert.deepEqual((await admin.counters(sb())).injectedFaults, { truncate: 1, 'invalid-json': 1 });
  });

  it('reset: the client sees ECONNRESET', async () => {
    await admin.faults(sb(), { rules: [{ kind: 'reset', times: 1 }] });
    const r = await rawGet(sb(), '/1.0/auth/time', 5000);
    assert.equal(r.error?.code, 'ECONNRESET');
    assert.equal((await rawGet(sb(), '/1.0/auth/time', 5000)).status, 200);
  });

  it('hang: the client times out on its own deadline; close() still ends the socket', async () => {
    await admin.faults(sb(), { rules: [{ kind: 'hang', times: 1, path: '/1.0/auth/time' }] });
    const r = await rawGet(sb(), '/1.0/auth/time', 300);
    assert.equal(r.error?.code, 'CLIENT_TIMEOUT');
    assert.equal((await admin.counters(sb())).injectedFaults.hang, 1);
  });

  it('per-API quota: requests beyond N per second get 429 with Retry-After, counted as quota429s', async () => {
    await admin.faults(sb(), { quota: { ovh: 2 } });
    const statuses: number[] = [];
    const rs = await Promise.all(Array.from({ length: 6 }, () => call(sb(), 'GET', '/1.0/auth/time')));
    for (const r of rs) statuses.push(r.status);
    const limited = rs.filter(r => r.status === 429);
    assert.ok(limited.length >= 1, statuses.join(','));
    assert.ok(statuses.filter(s => s === 200).length <= 2 * 2, statuses.join(','));
    for (const r of limited) assert.equal(r.headers.get('retry-after'), '1');
    assert.equal((await admin.counters(sb())).quota429s, limited.length);
    // other APIs are not limited by the OVH quota
    assert.equal((await call(sb(), 'GET', POI, { headers: orangeHeaders('x') })).status, 401);
    // an Orange quota answers in Orange's shape
    await admin.faults(sb(), { quota: { 'orange-b2b': 1 } });
    const b2b = await Promise.all([1, 2, 3].map(() => call(sb(), 'GET', POI, { headers: orangeHeaders('x') })));
    const over = b2b.find(r => r.status === 429);
    assert.ok(over, b2b.map(r => r.status).join(','));
    assert.equal((over.json as { code: number }).code, 53);
  });

  it('admin rejects an invalid fault configuration with the issues', async () => {
    const r = await admin.faults(sb(), { rules: [{ kind: 'status' }], bogus: 1 });
    assert.equal(r.status, 400);
    assert.ok(Array.isArray((r.json as { issues: unknown[] }).issues));
    const bad = await call(sb(), 'POST', '/_sandbox/faults', { body: '{nope' });
    assert.equal(bad.status, 400);
  });
});

describe('sandbox close()', () => {
  it('closes keep-alive and hanging sockets, and the hanging client sees the connection end', async () => {
    const sb = await startSandbox({ faults: { rules: [{ kind: 'hang', path: '/1.0/auth/time' }] } });
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => http.get(sb.url + '/_sandbox/config', { agent }, res => { res.resume(); res.on('end', resolve); }).on('error', reject));
    const hanging = new Promise<NodeJS.ErrnoException | undefined>(resolve => {
      http.get(sb.url + '/1.0/auth/time', { agent: false }, res => { res.resume(); res.on('end', () => resolve(undefined)); }).on('error', resolve);
    });
    await waitFor(async () => ((await (await fetch(sb.url + '/_sandbox/counters')).json()) as { injectedFaults: Record<string, number> }).injectedFaults.hang === 1);
    await sb.close();
    const err = await hanging;
    assert.equal(err?.code, 'ECONNRESET');
    agent.destroy();
  });
});

async function waitFor(cond: () => Promise<boolean>): Promise<void> {
  for (;;) {
    if (await cond()) return;
    await new Promise(r => setImmediate(r));
  }
}
