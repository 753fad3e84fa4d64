import assert from 'node:assert/strict';
import { HttpClient } from '../../../src/core/http/client';
import { createRunHttp } from '../../../src/core/requests/http';
import type { Clock } from '../../../src/core/schedule/bucket';
import { familyOfUrl, parseRateFlag, RATE_JITTER_ALLOWANCE_MS } from '../../../src/core/schedule/rates';
import { schedule } from '../../../src/core/schedule/scheduler';
import { scriptedServer, sendJson } from '../requests/scripted';

const tick = (ms: number) => new Promise(r => setTimeout(r, ms));

describe('schedule: the one scheduler', () => {
  it('delivers onResult in input order whatever the completion order; onComplete sees every item once', async () => {
    const order: number[] = [], completed: number[] = [];
    const delays = [30, 1, 20, 2, 15, 3, 10, 4, 5, 1, 25, 0];
    const s = await schedule(delays, {
      http: new HttpClient(), concurrency: 4,
      run: async d => { await tick(d); return d; },
      onResult: (_r, i) => order.push(i),
      onComplete: (_r, i) => completed.push(i),
    });
    assert.deepEqual(order, delays.map((_, i) => i));
    assert.deepEqual([...completed].sort((a, b) => a - b), order);
    assert.notDeepEqual(completed, order, 'completion order differs (the test would prove nothing otherwise)');
    assert.equal(s.done, delays.length);
  });

  it('keeps at most `window` items open and reads the source lazily (bounded memory)', async () => {
    let open = 0, maxOpen = 0, read = 0;
    function* source() { for (let i = 0; i < 200; i++) { read++; yield i; } }
    await schedule(source(), {
      http: new HttpClient(), concurrency: 50, window: 10,
      run: async () => { open++; maxOpen = Math.max(maxOpen, open); await tick(1); open--; return 0; },
      onProgress: () => assert.ok(read - 0 <= 200),
    });
    assert.ok(maxOpen <= 10, `open ${maxOpen}`);
    assert.equal(read, 200);
  });

  it('journal: items it has are neither run nor journaled again; stopWhen leaves the rest unread', async () => {
    const ran: number[] = [], appended: number[] = [];
    const done = new Set([0, 2, 3]);
    let stop = false;
    const s = await schedule([10, 11, 12, 13, 14, 15, 16], {
      http: new HttpClient(), concurrency: 1,
      journal: { has: i => done.has(i), append: i => { appended.push(i); } },
      run: async (x, io) => { ran.push(io.index); if (x === 14) stop = true; return x; },
      stopWhen: () => stop,
    });
    assert.deepEqual(ran, [1, 4]);
    assert.deepEqual(appended, [1, 4]);
    assert.equal(s.fromJournal, 3);
    assert.equal(s.stopped, true);
  });

  it('--rate ovh=N / orange=M: one bucket per API family, over every HTTP attempt', async () => {
    let now = 0;
    const clock: Clock = { now: () => now, sleep: async ms => { now += ms; } };
    const srv = await scriptedServer((_req, res) => sendJson(res, 200, {}));
    try {
      const { http, buckets } = createRunHttp({ homes: {}, rates: { ovh: 10, orange: 5 }, clock });
      const urls = [...Array(6)].flatMap((_, i) => [`${srv.url}/1.0/connectivity/eligibility/search/cities?i=${i}`, `${srv.url}/eligibility/b2b/v1/poi?i=${i}`, `${srv.url}/ripoperatoreligibility/v1/productRIPQualification?i=${i}`]);
      await schedule(urls, { http, concurrency: 1, run: async (u, io) => (await io.http.send({ method: 'GET', url: u })).status });
      http.dispose();
      assert.deepEqual(buckets.counts(), { ovh: 6, orange: 12 });
      assert.equal(srv.seen.length, 18);
    } finally { await srv.close(); }
  });

  it('a 429 with Retry-After holds the whole family back; the retry takes a token too', async () => {
    let n = 0;
    const arrivals: number[] = [];
    const srv = await scriptedServer((req, res) => {
      arrivals.push(Date.now());
      if (++n === 1) sendJson(res, 429, { message: 'slow down' }, { 'retry-after': '1' }); else sendJson(res, 200, {});
    });
    try {
      const { http, buckets } = createRunHttp({ homes: {}, rates: { ovh: 1000 } });
      const url = `${srv.url}/1.0/connectivity/eligibility/search/cities`;
      const statuses: number[] = [];
      await schedule([1, 2, 3], { http, concurrency: 3, run: async (_x, io) => { const r = await io.http.send({ method: 'GET', url, idempotent: true }); statuses.push(r.status); return r.status; } });
      http.dispose();
      assert.deepEqual(statuses, [200, 200, 200]);
      assert.equal(buckets.counts().ovh, 4, 'three requests + one retry');
      // nothing of the family reached the server during the Retry-After second
      const later = arrivals.slice(1).filter(t => t - arrivals[0] < 900);
      assert.ok(later.length <= 2, `arrivals during the hold: ${later.length}`);
      assert.ok(arrivals[arrivals.length - 1] - arrivals[0] >= 900);
    } finally { await srv.close(); }
  });

  it('rate flags and families', () => {
    assert.deepEqual(parseRateFlag('10/s'), { perSec: 10 });
    assert.deepEqual(parseRateFlag('ovh=600/min'), { key: 'ovh', perSec: 10 });
    assert.deepEqual(parseRateFlag('orange=5'), { key: 'orange', perSec: 5 });
    assert.equal(parseRateFlag('sfr=5'), undefined);
    assert.equal(parseRateFlag('ovh=fast'), undefined);
    assert.equal(familyOfUrl('https://eu.api.ovh.com/1.0/connectivity/eligibility/test/line'), 'ovh');
    assert.equal(familyOfUrl('https://api.orange.com/oauth/v3/token'), 'orange-token');
    assert.equal(familyOfUrl('https://api.orange.com/eligibility/b2b/v1/poi'), 'orange-b2b');
    assert.equal(familyOfUrl('https://api.orange.com/ripoperatoreligibility/v1/productRIPQualification'), 'orange-rip');
    assert.ok(RATE_JITTER_ALLOWANCE_MS > 0);
  });
});
