import * as assert from 'node:assert/strict';
import { admin, call, ELIG, useSandbox } from './helpers';
import { parseSandboxArgs, parseFaultSpec, startSandbox } from '../../../src/sandbox/index';
import { parseFaultConfig } from '../../../src/sandbox/faultConfig';

describe('sandbox admin endpoints', () => {
  const sb = useSandbox({ pendingPolls: 2, tokenLifetimeSec: 120, seed: 3, faults: { htmlPayload: false } });

  it('binds 127.0.0.1 on a free port and reports its config', async () => {
    assert.match(sb().url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(sb().url, `http://127.0.0.1:${sb().port}`);
    const r = await call(sb(), 'GET', '/_sandbox/config');
    assert.equal(r.status, 200);
    const c = r.json as { url: string; pendingPolls: number; tokenLifetimeSec: number; seed: number; faults: object };
    assert.deepEqual({ url: c.url, pendingPolls: c.pendingPolls, tokenLifetimeSec: c.tokenLifetimeSec, seed: c.seed },
      { url: sb().url, pendingPolls: 2, tokenLifetimeSec: 120, seed: 3 });
    assert.deepEqual(c.faults, parseFaultConfig({}));
  });

  it('faults round-trip through GET/POST, and reset restores start-up faults, settings and counters', async () => {
    const cfg = { latencyMs: 1, rules: [{ kind: 'status', status: 503, rate: 0.25, path: '/1.0', times: 3 }], stuckPending: ['/1.0/connectivity/eligibility/test'], quota: { 'orange-rip': 5 }, htmlPayload: true };
    const set = await admin.faults(sb(), cfg);
    assert.equal(set.status, 200);
    assert.deepEqual((await call(sb(), 'GET', '/_sandbox/faults')).json, parseFaultConfig(cfg));
    await call(sb(), 'POST', '/_sandbox/config', { body: { pendingPolls: 0 } });
    assert.ok((await admin.counters(sb())).requests > 0);
    assert.deepEqual((await call(sb(), 'POST', '/_sandbox/reset')).json, { reset: true });
    assert.deepEqual((await call(sb(), 'GET', '/_sandbox/faults')).json, parseFaultConfig({}));
    assert.equal(((await call(sb(), 'GET', '/_sandbox/config')).json as { pendingPolls: number }).pendingPolls, 2);
    const c = await admin.counters(sb());
    assert.equal(c.requests, 3); // the three GETs after the reset
  });

  it('counts requests per API family (first/last arrival) and, when asked, each distinct request body', async () => {
    await call(sb(), 'POST', '/_sandbox/reset');
    const body = (zip: string) => ({ body: { zipCode: zip } });
    await call(sb(), 'POST', `${ELIG}/search/cities`, body('91400')); // before counting: not in the body counts
    assert.equal((await call(sb(), 'POST', '/_sandbox/count-bodies', { body: { on: 'yes' } })).status, 400);
    assert.deepEqual((await call(sb(), 'POST', '/_sandbox/count-bodies', { body: { on: true } })).json, { countBodies: true });
    for (const zip of ['91400', '91400', '69003', '91400']) await call(sb(), 'POST', `${ELIG}/search/cities`, body(zip));
    const bc = (await call(sb(), 'GET', '/_sandbox/body-counts')).json as { histogram: Record<string, Record<string, number>>; repeated: { family: string; times: number; body: string }[] };
    assert.deepEqual(bc.histogram, { ovh: { 1: 1, 3: 1 } });
    assert.deepEqual(bc.repeated.map(r => [r.family, r.times, JSON.parse(r.body).zipCode]), [['ovh', 3, '91400']]);
    const c = await admin.counters(sb()) as unknown as { perApi: Record<string, { requests: number; firstMs: number; lastMs: number }> };
    assert.deepEqual(Object.keys(c.perApi), ['ovh'], 'admin calls are not an API family');
    assert.equal(c.perApi.ovh.requests, 5);
    assert.ok(c.perApi.ovh.firstMs <= c.perApi.ovh.lastMs);
    await call(sb(), 'POST', '/_sandbox/reset');
    assert.deepEqual((await call(sb(), 'GET', '/_sandbox/body-counts')).json, { histogram: {}, repeated: [] });
    await call(sb(), 'POST', '/_sandbox/count-bodies', { body: { on: false } });
  });

  it('config rejects bad values; stats reports dataset sizes and start-up time; unknown admin route 404', async () => {
    assert.equal((await call(sb(), 'POST', '/_sandbox/config', { body: { pendingPolls: -1 } })).status, 400);
    const st = (await call(sb(), 'GET', '/_sandbox/stats')).json as { dataset: Record<string, number>; startupMs: number; tasks: number; tokens: number };
    assert.equal(typeof st.dataset, 'object');
    assert.equal(typeof st.startupMs, 'number');
    assert.equal(st.startupMs, sb().startupMs);
    assert.equal((await call(sb(), 'GET', '/_sandbox/nope')).status, 404);
  });

  it('counters: requests per path and status counts', async () => {
    await call(sb(), 'GET', '/1.0/auth/time');
    await call(sb(), 'GET', '/1.0/auth/time');
    await call(sb(), 'GET', '/nowhere');
    const c = await admin.counters(sb());
    assert.equal(c.requestsPerPath['/1.0/auth/time'], 2);
    assert.equal(c.requestsPerPath['/nowhere'], 1);
    assert.equal(c.statusCounts['200'], 2);
    assert.equal(c.statusCounts['404'], 1);
  });

  it('in-process accessors mirror the admin endpoints', async () => {
    sb().faults.set({ latencyMs: 2 });
    assert.equal(((await call(sb(), 'GET', '/_sandbox/faults')).json as { latencyMs: number }).latencyMs, 2);
    assert.equal(sb().counters().requestsPerPath['/_sandbox/faults'], 1);
  });
});

describe('elig sandbox argument parsing', () => {
  it('parses every flag and --fault spec', () => {
    const { options, help } = parseSandboxArgs(['--port', '8089', '--latency=20', '--jitter', '5', '--pending-polls', '3', '--token-lifetime', '60', '--seed', '9',
      '--fault', '503,rate=0.1', '--fault', '429,retry-after=2,path=/eligibility/b2b,times=3', '--fault', 'reset,times=1', '--fault', 'hang,path=/1.0',
      '--fault', 'truncate,rate=0.5', '--fault', 'invalid-json', '--fault', 'stuck-pending,path=/1.0/connectivity/eligibility/test',
      '--fault', 'html', '--fault', 'quota,api=ovh,rps=5']);
    assert.equal(help, false);
    assert.deepEqual({ ...options, faults: undefined }, { port: 8089, pendingPolls: 3, tokenLifetimeSec: 60, seed: 9, faults: undefined });
    assert.deepEqual(options.faults, parseFaultConfig({
      latencyMs: 20, jitterMs: 5,
      rules: [
        { kind: 'status', status: 503, rate: 0.1 },
        { kind: 'status', status: 429, retryAfter: 2, path: '/eligibility/b2b', times: 3 },
        { kind: 'reset', times: 1 }, { kind: 'hang', path: '/1.0' }, { kind: 'truncate', rate: 0.5 }, { kind: 'invalid-json' },
      ],
      stuckPending: ['/1.0/connectivity/eligibility/test'], htmlPayload: true, quota: { ovh: 5 },
    }));
  });

  it('rejects bad input with a readable message', () => {
    assert.throws(() => parseSandboxArgs(['--port']), /--port needs a value/);
    assert.throws(() => parseSandboxArgs(['--port', 'abc']), /--port needs a number/);
    assert.throws(() => parseSandboxArgs(['--bogus']), /unknown option --bogus/);
    assert.throws(() => parseSandboxArgs(['--fault', 'explode']), /unknown fault "explode"/);
    assert.throws(() => parseSandboxArgs(['--fault', '503,rate=2']), /rate|less than or equal/i);
    assert.throws(() => parseSandboxArgs(['--fault', '200']), /4xx or 5xx/);
    assert.throws(() => parseSandboxArgs(['--fault', 'quota,api=nope,rps=1']), /api must be one of/);
    assert.throws(() => parseSandboxArgs(['--fault', 'reset,retry-after=1']), /unknown key "retry-after"/);
    assert.equal(parseSandboxArgs(['--help']).help, true);
    assert.equal(typeof parseFaultSpec, 'function');
  });

  it('latency options at start are part of the fault config; a busy port is an error', async () => {
    const s = await startSandbox({ latencyMs: 3, jitterMs: 2 });
    try {
      const cfg = (await (await fetch(s.url + '/_sandbox/config')).json()) as { faults: { latencyMs: number; jitterMs: number } };
      assert.deepEqual([cfg.faults.latencyMs, cfg.faults.jitterMs], [3, 2]);
      await assert.rejects(startSandbox({ port: s.port }), (e: NodeJS.ErrnoException) => e.code === 'EADDRINUSE');
    } finally { await s.close(); }
  });

  it('parsed options start a sandbox with those faults', async () => {
    const { options } = parseSandboxArgs(['--fault', '503,path=/1.0/auth/time,times=1', '--pending-polls', '0']);
    const s = await startSandbox(options);
    try {
      assert.equal((await fetch(s.url + '/1.0/auth/time')).status, 503);
      assert.equal((await fetch(s.url + '/1.0/auth/time')).status, 200);
    } finally { await s.close(); }
  });
});
