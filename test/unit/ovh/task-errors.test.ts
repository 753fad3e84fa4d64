import assert from 'node:assert/strict';
import { createSharedState, type RunContext } from '../../../src/core/apis/operation';
import { execute } from '../../../src/core/execute';
import { HttpClient } from '../../../src/core/http/client';
import { sandboxTarget } from '../../../src/core/target';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox';

/** A failed OVH task is an error value with the right next step: input problems are not "retry". */
describe('ovh: failed tasks and their next step (sandbox)', () => {
  let sb: RunningSandbox; let ctx: RunContext;
  const http = new HttpClient();
  before(async () => {
    sb = await startSandbox({ port: 0 });
    ctx = { http, target: sandboxTarget(sb.url), state: createSharedState(), poll: { initialDelayMs: 5 } };
  });
  after(async () => { http.dispose(); await sb.close(); });

  it('an unknown (well-formed) building ends the task in error → kind task, next step fix-input', async () => {
    const r = await execute(ctx, { api: 'ovh', operation: 'test/building', params: { building: 'IMB/69383/Z/ZZZZ' } });
    assert.equal(r.ok, false);
    assert.equal(r.error?.kind, 'task');
    assert.match(r.error!.message, /not found/);
    assert.equal(r.error?.nextStep, 'fix-input');
    assert.match(r.error!.description ?? '', /X-OVH-QUERYID/);
  });
  it('a 503 answered by every attempt is an http error with the next step wait', async () => {
    sb.reset();
    sb.faults.set({ rules: [{ kind: 'status', status: 503, rate: 1, path: '/1.0/connectivity/eligibility/test/line' }] });
    try {
      const r = await execute(ctx, { api: 'ovh', operation: 'test/line', params: { lineNumber: '0123456789', status: 'active' } });
      assert.equal(r.ok, false);
      assert.equal(r.error?.status, 503);
      assert.equal(r.error?.nextStep, 'wait');
      // 503 means "not processed": retried, 3 attempts at most
      assert.equal(sb.counters().requestsPerPath['/1.0/connectivity/eligibility/test/line'], 3);
    } finally { sb.faults.set({}); }
  });
});
