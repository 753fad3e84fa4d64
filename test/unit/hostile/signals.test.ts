import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cities, fakeApis, poi, requestFile, runCli, type Scripted, sendJson, startCli, tempFiles } from './helpers';

/**
 * Class 10: signals. SIGTERM (what `timeout` and CI send) stops a run as SIGINT does: requests
 * in flight cancelled, the partial report written, exit 143 (130 for SIGINT). A run at
 * --concurrency 64 prints no MaxListenersExceededWarning.
 */
describe('hostile input (class 10): SIGTERM and SIGINT stop a run cleanly', function () {
  this.timeout(60_000);
  let server: Scripted;
  before(async () => {
    // the first city answers at once; every other one hangs until the client goes away
    server = await fakeApis({
      task: (req, res) => { if (req.body.includes('91400')) sendJson(res, 200, { status: 'ok', result: [{ city: 'ORSAY', inseeCode: '91471', zipCode: '91400' }], error: null }); },
    });
  });
  after(async () => { await server.close(); });

  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`${signal}: exit ${code}, the report of what finished is written, no .tmp left`, async () => {
      const dir = tempFiles({ 'requests.elig.json': requestFile([cities('answers', '91400'), cities('hangs', '75001'), cities('never starts', '69001')]) });
      const seen = server.seen.length;
      const { child, done } = await startCli(['run', 'requests.elig.json', '--reporter', 'json', '--out', 'report.json', '--concurrency', '1'],
        { cwd: dir, env: { ELIG_OVH_ENDPOINT: `${server.url}/1.0` } });
      await server.waitFor(seen + 2); // the hanging request is in flight
      child.kill(signal);
      const r = await done;
      assert.equal(r.code, code, r.stderr);
      const rows = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as { name: string; ok: boolean; skipped?: string; error?: { kind: string } }[];
      assert.equal(rows.length, 3);
      assert.equal(rows[0].ok, true);
      assert.ok(rows.slice(1).every(x => x.skipped || x.error?.kind === 'cancelled'), JSON.stringify(rows));
      assert.deepEqual(fs.readdirSync(dir).filter(f => f.endsWith('.tmp')), []);
    });
  }

  it('--concurrency 64 over 150 requests: no MaxListenersExceededWarning', async () => {
    const api = await fakeApis({ poi: (_req, res) => setTimeout(() => sendJson(res, 200, []), 20) });
    try {
      const dir = tempFiles({ 'requests.elig.json': requestFile(Array.from({ length: 150 }, (_, i) => poi(`r${i}`))) });
      const r = await runCli(['run', 'requests.elig.json', '--concurrency', '64', '--reporter', 'json'], {
        cwd: dir, env: { ELIG_ORANGE_BASE_URL: api.url, ELIG_ORANGE_CLIENT_ID: 'id-1', ELIG_ORANGE_CLIENT_SECRET: 'secret-1', ELIG_ORANGE_API_KEY: 'key-1' },
      });
      assert.equal(r.code, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /MaxListenersExceededWarning|memory leak/);
      assert.equal((JSON.parse(r.stdout) as unknown[]).length, 150);
    } finally { await api.close(); }
  });
});
