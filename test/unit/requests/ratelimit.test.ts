import assert from 'node:assert/strict';
import { Clock, parseRate, TokenBucket } from '../../../src/core/requests/ratelimit';

/** A virtual clock: sleeping advances time instantly, so the schedule is checked by counting, not timing. */
function virtualClock(): Clock & { t: number } {
  const c = { t: 0, now: () => c.t, sleep: async (ms: number) => { c.t = Math.max(c.t, c.t + ms); } };
  return c;
}

describe('requests: token bucket', () => {
  it('spaces sequential grants by 1/rate: never more than R in any one-second window', async () => {
    const clock = virtualClock();
    const b = new TokenBucket(10, 1, clock);
    const at: number[] = [];
    for (let i = 0; i < 50; i++) { await b.take(); at.push(clock.now()); }
    assert.equal(b.count, 50);
    for (let i = 0; i < at.length; i++) {
      const inWindow = at.filter(t => t >= at[i] && t < at[i] + 1000).length;
      assert.ok(inWindow <= 10, `window at ${at[i]}: ${inWindow}`);
    }
    assert.equal(at[49], 4900); // exactly the rate: no drift
  });

  it('concurrent takers each get their own slot, in order', async () => {
    let now = 0;
    const wakes: number[] = [];
    const clock: Clock = { now: () => now, sleep: async ms => { wakes.push(now + ms); } };
    const b = new TokenBucket(4, 1, clock);
    await Promise.all(Array.from({ length: 8 }, () => b.take()));
    assert.deepEqual(wakes, [250, 500, 750, 1000, 1250, 1500, 1750]);
    now = 10_000; // after a long idle period, only `burst` tokens are available at once
    wakes.length = 0;
    await Promise.all(Array.from({ length: 3 }, () => b.take()));
    assert.deepEqual(wakes, [10_250, 10_500]);
  });

  it('a burst allows that many immediate grants, then the rate', async () => {
    let now = 0;
    const wakes: number[] = [];
    const b = new TokenBucket(2, 3, { now: () => now, sleep: async ms => { wakes.push(now + ms); } });
    await Promise.all(Array.from({ length: 5 }, () => b.take()));
    assert.deepEqual(wakes, [500, 1000]);
  });

  it('take() rejects once aborted', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await assert.rejects(new TokenBucket(1).take(ctl.signal), /Cancelled/);
  });

  it('parses rates', () => {
    assert.equal(parseRate('10'), 10);
    assert.equal(parseRate('10/s'), 10);
    assert.equal(parseRate('600/min'), 10);
    assert.equal(parseRate('2.5/sec'), 2.5);
    assert.equal(parseRate('3600/h'), 1);
    for (const bad of ['0', '-1', 'ten', '5/day', '']) assert.equal(parseRate(bad), undefined, bad);
  });
});
