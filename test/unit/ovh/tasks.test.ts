import assert from 'node:assert/strict';
import { findOperation } from '../../../src/core/apis';
import { classifyTask, pollDelay } from '../../../src/core/apis/ovh/tasks';
import { DEFAULT_POLL } from '../../../src/core/apis/operation';
import { HttpClient } from '../../../src/core/http/client';
import { json } from '../http/server';
import { CITIES, TEST_BUILDING } from './fixtures';
import { ctxFor, type OvhServer, startOvhServer } from './ovh-server';

describe('ovh: task status words', () => {
  it('pending and doing are not final; ok, done and success are successes', () => {
    assert.equal(classifyTask({ status: 'pending', result: null, error: null }).state, 'pending');
    assert.equal(classifyTask({ status: 'doing', result: null }).state, 'pending');
    assert.equal(classifyTask({ status: 'PENDING' }).state, 'pending');
    for (const status of ['ok', 'done', 'success']) {
      assert.deepEqual(classifyTask({ status, result: [1], error: null }), { state: 'ok', status, result: [1] });
    }
  });

  it('error is a failure, with the `error` or French `erreur` message', () => {
    assert.deepEqual(classifyTask({ status: 'error', result: null, error: 'The action failed, here\'s why' }),
      { state: 'error', status: 'error', message: 'The action failed, here\'s why' });
    assert.deepEqual(classifyTask({ status: 'error', result: null, erreur: 'L\'action a échoué, voici pourquoi' }),
      { state: 'error', status: 'error', message: 'L\'action a échoué, voici pourquoi' });
    assert.equal(classifyTask({ status: 'failed', result: null, erreur: 'boom' }).state, 'error');
    assert.equal(classifyTask({ status: 'error', result: null, error: null }).state, 'error');
    // the French guide's success example carries `erreur: null`
    assert.equal(classifyTask({ status: 'success', result: { 'une clé': 'une valeur' }, erreur: null }).state, 'ok');
  });

  it('a bare array is unknown (shown raw); any other body that is not a task is an error', () => {
    assert.equal(classifyTask([1]).state, 'unknown');
    for (const b of [null, undefined, 42, 'ok', { result: 1 }]) assert.equal(classifyTask(b).state, 'error', JSON.stringify(b));
  });

  it('a status outside the documented words is an error quoting it, never a success', () => {
    for (const status of ['finished', 'cancelled', 42, true, '']) {
      const s = classifyTask({ status, result: [1], error: null });
      assert.equal(s.state, 'error', JSON.stringify(status));
      if (s.state === 'error') assert.ok(s.message.includes(JSON.stringify(status)), s.message);
    }
  });

  it('poll delays start near initialDelayMs, grow, jitter and stay under the cap', () => {
    const p = { ...DEFAULT_POLL };
    assert.ok(p.initialDelayMs >= 1000 && p.initialDelayMs <= 2000);
    assert.equal(pollDelay(1, p, () => 0.5), p.initialDelayMs);
    assert.equal(pollDelay(1, p, () => 0), Math.round(p.initialDelayMs * 0.75));
    assert.ok(pollDelay(3, p, () => 0.5) > pollDelay(2, p, () => 0.5));
    assert.equal(pollDelay(50, p, () => 0.999), p.maxDelayMs);
    const seen = new Set(Array.from({ length: 30 }, () => pollDelay(2, p)));
    assert.ok(seen.size > 3, 'jittered');
  });
});

describe('ovh: polling against a scripted server', () => {
  let server: OvhServer | undefined;
  const http = new HttpClient();
  afterEach(async () => { await server?.close(); server = undefined; });
  after(() => http.dispose());
  const cities = findOperation('ovh', 'search/cities')!;

  it('re-posts while pending (N times) then returns the result, counting polls and reporting progress', async () => {
    server = await startOvhServer({ pendingPolls: 4 });
    const progress: { message: string; polls?: number }[] = [];
    const r = await cities.run(ctxFor(http, server.base, { onProgress: p => progress.push(p) }), { zipCode: '91400' });
    assert.equal(r.ok, true);
    assert.equal(r.polls, 4);
    assert.equal(server.apiRequests().length, 5);
    assert.deepEqual(progress.map(p => p.polls), [1, 2, 3, 4]);
    assert.match(progress[0].message, /pending/);
    assert.deepEqual(r.raw, CITIES);
  });

  for (const [label, script] of [
    ['doing then done', ['doing', 'done']],
    ['pending then success', ['pending', 'success']],
  ] as const) {
    it(`accepts the guides' status words: ${label}`, async () => {
      server = await startOvhServer({ override: (req, res) => {
        const status = script[Math.min(req.n, script.length) - 1];
        json(res, 200, { status, result: status === script[script.length - 1] ? TEST_BUILDING : null, error: null });
        return true;
      } });
      const r = await findOperation('ovh', 'test/building')!.run(ctxFor(http, server.base), { building: 'IMB/91471/C/NT8X' });
      assert.equal(r.ok, true, JSON.stringify(r.error));
      assert.equal(r.polls, 1);
      assert.deepEqual(r.schemaDrift, []);
      assert.equal(r.normalized!.offers.length, 2);
    });
  }

  for (const key of ['error', 'erreur'] as const) {
    it(`a task in error (message under "${key}") is a failure of kind task`, async () => {
      server = await startOvhServer({ override: (req, res) => {
        json(res, 200, req.n === 1 ? { status: 'pending', result: null, error: null } : { status: 'error', result: null, [key]: 'Le service est indisponible' });
        return true;
      } });
      const r = await cities.run(ctxFor(http, server.base), { zipCode: '91400' });
      assert.equal(r.ok, false);
      assert.equal(r.error!.kind, 'task');
      assert.match(r.error!.message, /Le service est indisponible/);
      assert.equal(r.polls, 1);
      assert.equal(r.exchange!.queryId, 'EU.ext-test.2');
    });
  }

  it('gives up at the deadline with kind timeout', async () => {
    server = await startOvhServer({ pendingPolls: Infinity });
    const r = await cities.run(ctxFor(http, server.base, { poll: { initialDelayMs: 5, maxDelayMs: 10, deadlineMs: 150 } }), { zipCode: '91400' });
    assert.equal(r.ok, false);
    assert.equal(r.error!.kind, 'timeout');
    assert.match(r.error!.message, /still pending/);
    assert.ok(r.polls >= 1);
  });

  it('the deadline also bounds a slow answer', async () => {
    server = await startOvhServer({ override: () => true /* never answers */ });
    const r = await cities.run(ctxFor(http, server.base, { poll: { initialDelayMs: 5, maxDelayMs: 10, deadlineMs: 150 } }), { zipCode: '91400' });
    assert.equal(r.error?.kind, 'timeout');
  });

  it('cancel mid-poll: aborting during the wait rejects at once with kind cancelled (long before the deadline)', async () => {
    server = await startOvhServer({ pendingPolls: Infinity });
    const ctl = new AbortController();
    let waiting!: () => void;
    const inWait = new Promise<void>(resolve => { waiting = resolve; });
    // a 60 s wait and a 10 min deadline: only a prompt cancellation lets this test finish
    const ctx = ctxFor(http, server.base, { signal: ctl.signal, onProgress: () => waiting(), poll: { initialDelayMs: 60_000, maxDelayMs: 60_000, deadlineMs: 600_000 } });
    const run = cities.run(ctx, { zipCode: '91400' });
    await inWait;
    ctl.abort();
    const r = await run;
    assert.equal(r.ok, false);
    assert.equal(r.error!.kind, 'cancelled');
    assert.equal(r.polls, 1);
    assert.equal(server.apiRequests().length, 1);
  });

  it('cancel while a poll is in flight rejects with kind cancelled', async () => {
    server = await startOvhServer({ override: () => true /* never answers */ });
    const ctl = new AbortController();
    const run = cities.run(ctxFor(http, server.base, { signal: ctl.signal, poll: { deadlineMs: 600_000 } }), { zipCode: '91400' });
    await server.waitForRequests(1);
    ctl.abort();
    const r = await run;
    assert.equal(r.error!.kind, 'cancelled');
  });

  it('an already aborted signal sends nothing', async () => {
    server = await startOvhServer();
    const ctl = new AbortController();
    ctl.abort();
    const r = await cities.run(ctxFor(http, server.base, { signal: ctl.signal }), { zipCode: '91400' });
    assert.equal(r.error!.kind, 'cancelled');
    assert.equal(server.requests.length, 0);
  });
});
