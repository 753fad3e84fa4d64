import assert from 'node:assert/strict';
import type http from 'node:http';
import { createSharedState } from '../../../src/core/apis/operation';
import { createRunHttp, RATE_JITTER_ALLOWANCE_MS } from '../../../src/core/requests/http';
import { parseRequestFile } from '../../../src/core/requests/parse';
import { RunItem, RunProgress, runRequests, summarize } from '../../../src/core/requests/runner';
import type { Clock } from '../../../src/core/requests/ratelimit';
import { targetFromEnv } from '../../../src/core/target';
import { ovhTasks, scriptedServer, Seen, sendJson } from './scripted';

const POLL = { initialDelayMs: 1, maxDelayMs: 5, deadlineMs: 10000 };

function items(text: string): RunItem[] {
  const r = parseRequestFile(text);
  assert.deepEqual(r.diagnostics.filter(d => d.severity === 'error'), []);
  return r.requests.map(p => ({ file: 'f.elig.json', index: p.index, request: p.request! }));
}
const cities = (n: number, extra: (i: number) => object = () => ({})) => JSON.stringify({ requests: Array.from({ length: n }, (_, i) => ({
  name: `r${i}`, api: 'ovh', operation: 'search/cities', params: { zipCode: String(91000 + i) }, expect: { minResults: 1 }, ...extra(i),
})) });
const result = (_p: string, body: unknown) => [{ city: 'ORSAY', inseeCode: '91471', zipCode: (body as { zipCode: string }).zipCode }];

function ctxFor(url: string, rate?: number, clock?: Clock) {
  const target = targetFromEnv({ ELIG_OVH_ENDPOINT: url });
  const { http: client, bucket } = createRunHttp({ homes: {}, ratePerSec: rate, clock });
  return { ctx: { http: client, target, state: createSharedState(), poll: POLL }, bucket, client };
}

describe('requests: runner', () => {
  it('keeps at most N HTTP requests in flight, and uses all N', async () => {
    const N = 3;
    let open = 0, maxOpen = 0;
    const held: http.ServerResponse[] = [];
    const srv = await scriptedServer((req, res) => {
      open++; maxOpen = Math.max(maxOpen, open);
      res.on('finish', () => { open--; });
      held.push(res);
      // answer in batches of N: a runner that started more would be seen here
      if (held.length === N) for (const r of held.splice(0)) sendJson(r, 200, { status: 'ok', result: [{ city: 'X', inseeCode: '1', zipCode: '1' }], error: null });
    });
    try {
      const { ctx, client } = ctxFor(srv.url);
      const running: number[] = [];
      const out = await runRequests(items(cities(12)), { ctx, concurrency: N, onProgress: (p: RunProgress) => running.push(p.running) });
      client.dispose();
      assert.equal(out.length, 12);
      assert.deepEqual(out.map(o => o.name), Array.from({ length: 12 }, (_, i) => `r${i}`));
      assert.ok(out.every(o => o.passed), JSON.stringify(out.find(o => !o.passed)));
      assert.ok(Math.max(...running) >= N);
      assert.equal(maxOpen, N);
      assert.equal(srv.seen.length, 12);
    } finally { await srv.close(); }
  });

  it('a request waiting between OVH polls holds no slot: others start meanwhile, HTTP stays ≤ N', async () => {
    let open = 0, maxOpen = 0;
    const tasks = ovhTasks(result);
    const srv = await scriptedServer((req, res) => {
      open++; maxOpen = Math.max(maxOpen, open);
      res.on('finish', () => { open--; });
      tasks(req, res);
    });
    try {
      const { ctx, client } = ctxFor(srv.url);
      const running: number[] = [];
      const out = await runRequests(items(cities(6)), { ctx: { ...ctx, poll: { initialDelayMs: 20, maxDelayMs: 20, deadlineMs: 10000 } }, concurrency: 2, onProgress: p => running.push(p.running) });
      client.dispose();
      assert.ok(out.every(o => o.passed));
      assert.equal(srv.seen.length, 12);
      assert.ok(maxOpen <= 2, `HTTP in flight: ${maxOpen}`);
      assert.ok(Math.max(...running) > 2, `requests in flight: ${Math.max(...running)}`);
    } finally { await srv.close(); }
  });

  it('rate limit: every HTTP request (polls included) takes a token, spaced by (1 s + jitter allowance)/R', async () => {
    const srv = await scriptedServer(ovhTasks(result));
    let now = 0;
    const slots: number[] = [];
    const clock: Clock = { now: () => now, sleep: async ms => { slots.push(now + ms); } };
    try {
      const { ctx, bucket, client } = ctxFor(srv.url, 5, clock);
      const out = await runRequests(items(cities(6)), { ctx, concurrency: 4 });
      client.dispose();
      assert.ok(out.every(o => o.passed));
      assert.equal(srv.seen.length, 12, 'one pending answer + one final answer each');
      assert.equal(bucket!.count, srv.seen.length);
      // the first request goes at once, every next one gets the next slot, (1000 + 50) / 5 = 210 ms
      // apart: never more than 5 in any second the server counts, even with 50 ms of jitter
      const spacing = (1000 + RATE_JITTER_ALLOWANCE_MS) / 5;
      assert.equal(slots.length, 11);
      slots.forEach((t, i) => assert.ok(Math.abs(t - (i + 1) * spacing) < 1e-6, `slot ${i}: ${t}`));
    } finally { await srv.close(); }
  });

  it('--bail: after a failure no new request starts; the rest are reported skipped', async () => {
    const srv = await scriptedServer((req: Seen, res) => {
      if (req.body.includes('91001')) sendJson(res, 500, { message: 'boom' });
      else ovhTasks(result, false)(req, res);
    });
    try {
      const { ctx, client } = ctxFor(srv.url);
      const out = await runRequests(items(cities(5)), { ctx, concurrency: 1, bail: true });
      client.dispose();
      assert.deepEqual(out.map(o => o.skipped ? 'skip' : o.passed ? 'pass' : 'fail'), ['pass', 'fail', 'skip', 'skip', 'skip']);
      assert.match(out[2].skipped!, /bail/);
      assert.deepEqual(summarize(out), { total: 5, passed: 1, failed: 0, errors: 1, skipped: 3 });
      assert.ok(srv.seen.some(s => s.body.includes('91001')));
      assert.ok(!srv.seen.some(s => /9100[234]/.test(s.body)), 'nothing sent after the failure');
    } finally { await srv.close(); }
  });

  it('cancellation: in-flight requests end cancelled, the others are not started', async () => {
    const ctl = new AbortController();
    const srv = await scriptedServer(() => { ctl.abort(); /* never answers */ });
    try {
      const { ctx, client } = ctxFor(srv.url);
      const out = await runRequests(items(cities(4)), { ctx, concurrency: 2, signal: ctl.signal });
      client.dispose();
      assert.equal(out.filter(o => o.error?.kind === 'cancelled').length >= 1, true);
      assert.ok(out.slice(2).every(o => o.skipped === 'cancelled'), JSON.stringify(out.map(o => o.skipped ?? o.error?.kind)));
      assert.ok(srv.seen.length <= 2);
    } finally { await srv.close(); }
  });

  it('skip, only, env and tags decide what is sent', async () => {
    const srv = await scriptedServer(ovhTasks(result, false));
    try {
      const { ctx, client } = ctxFor(srv.url);
      const extra = (i: number) => [{ skip: 'flaky upstream' }, { env: ['ci'] }, { tags: ['smoke'] }, {}][i];
      const list = items(cities(4, extra));
      const a = await runRequests(list, { ctx, environment: 'ci', tags: ['smoke'] });
      assert.deepEqual(a.map(o => o.skipped ?? 'ran'), ['flaky upstream', 'not tagged smoke', 'ran', 'not tagged smoke']);
      const b = await runRequests(list, { ctx });
      assert.deepEqual(b.map(o => o.skipped ?? 'ran'), ['flaky upstream', 'runs only in environment ci', 'ran', 'ran']);
      const only = items(cities(3, i => (i === 1 ? { only: true } : {})));
      const c = await runRequests(only, { ctx });
      assert.deepEqual(c.map(o => o.skipped ? 'skip' : 'ran'), ['skip', 'ran', 'skip']);
      client.dispose();
      assert.equal(srv.seen.length, 1 + 2 + 1);
    } finally { await srv.close(); }
  });

  it('per-request timeoutMs bounds each HTTP attempt (a hanging server ends in a timeout error)', async () => {
    const srv = await scriptedServer((req, res) => { if (!req.body.includes('91000')) ovhTasks(result, false)(req, res); /* else: never answers */ });
    try {
      const { ctx, client } = ctxFor(srv.url);
      const out = await runRequests(items(cities(2, i => (i === 0 ? { timeoutMs: 150 } : {}))), { ctx, concurrency: 2 });
      client.dispose();
      assert.equal(out[0].error?.kind, 'timeout');
      assert.equal(out[0].passed, false);
      assert.equal(out[1].passed, true);
    } finally { await srv.close(); }
  });
});
