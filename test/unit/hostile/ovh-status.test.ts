import assert from 'node:assert/strict';
import { findOperation } from '../../../src/core/apis';
import { HttpClient } from '../../../src/core/http/client';
import { ctxFor } from '../ovh/ovh-server';
import { cities, fakeApis, requestFile, runCli, type Scripted, sendJson, tempFiles } from './helpers';

/**
 * Class 8: an OVH task status outside the documented words is an error quoting it (never a
 * success with exit 0), and an /auth/time answer that is not a plausible epoch is an error,
 * never sent as X-Ovh-Timestamp.
 */
const STATUSES: [string, unknown][] = [
  ['cancelled', { status: 'cancelled', result: [{ city: 'ORSAY' }], error: null }],
  ['canceled (US spelling)', { status: 'canceled', result: null, error: null }],
  ['a number', { status: 42, result: [{ city: 'ORSAY' }], error: null }],
  ['true', { status: true, result: [], error: null }],
  ['an empty string', { status: '', result: [], error: null }],
  ['no status at all', { result: [{ city: 'ORSAY' }], error: null }],
  ['status null', { status: null, result: [{ city: 'ORSAY' }] }],
  ['an empty body (null)', null],
  ['"finished"', { status: 'finished', result: [{ city: 'ORSAY' }], error: null }],
];

const TIMES: [string, string][] = [
  ['1e300', '1e300'], ['-1', '-1'], ['0', '0'], ['1e10 (year 2286)', '1e10'], ['NaN text', '"soon"'], ['a huge integer', '9'.repeat(400)],
];

describe('hostile input (class 8): OVH task statuses and /auth/time are checked', function () {
  this.timeout(60_000);
  const http = new HttpClient({ retry: { maxAttempts: 1 } });
  let server: Scripted | undefined;
  afterEach(async () => { await server?.close(); server = undefined; });
  after(() => http.dispose());
  const op = (name: string) => findOperation('ovh', name)!;

  for (const [what, body] of STATUSES) {
    it(`task status ${what}: an error quoting it, not a success`, async () => {
      server = await fakeApis({ task: (_req, res) => sendJson(res, 200, body) });
      const r = await op('search/cities').run(ctxFor(http, `${server.url}/1.0`), { zipCode: '91400' });
      assert.equal(r.ok, false, `read as a success: ${JSON.stringify(r.raw)}`);
      const status = body && typeof body === 'object' ? (body as { status?: unknown }).status : undefined;
      if (status !== undefined && status !== null && status !== '') assert.ok(r.error!.message.includes(JSON.stringify(status)), r.error!.message);
      else assert.match(r.error!.message, /status|not an OVH task/);
    });
  }

  it('control: the documented words still work (pending, then ok / done / success)', async () => {
    for (const word of ['ok', 'done', 'success', 'OK ']) {
      let n = 0;
      server = await fakeApis({ task: (_req, res) => sendJson(res, 200, n++ ? { status: word, result: [{ city: 'ORSAY', inseeCode: '91471', zipCode: '91400' }], error: null } : { status: 'pending', result: null, error: null }) });
      const r = await op('search/cities').run(ctxFor(http, `${server.url}/1.0`), { zipCode: '91400' });
      assert.equal(r.ok, true, `${word}: ${r.error?.message}`);
      await server.close(); server = undefined;
    }
  });

  for (const [what, answer] of TIMES) {
    it(`/auth/time answering ${what}: an error, and no X-Ovh-Timestamp is ever sent`, async () => {
      server = await fakeApis({ time: (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(answer); } });
      const credentials = { applicationKey: 'ak-hostile-1', applicationSecret: 'as-hostile-1', consumerKey: 'ck-hostile-1' };
      const r = await op('test/line/partners').run(ctxFor(http, `${server.url}/1.0`, { credentials }), { lineNumber: '0123456789', status: 'active' });
      assert.equal(r.ok, false);
      assert.equal(r.error!.kind, 'protocol', r.error!.message);
      assert.match(r.error!.message, /auth\/time|time/);
      assert.equal(server.seen.filter(s => s.headers['x-ovh-timestamp'] !== undefined).length, 0, 'a signed request was sent');
    });
  }

  it('the CLI: a "cancelled" task exits 2 with the status quoted', async () => {
    server = await fakeApis({ task: (_req, res) => sendJson(res, 200, { status: 'cancelled', result: [], error: null }) });
    const dir = tempFiles({ 'requests.elig.json': requestFile([cities('cancelled task')]) });
    const r = await runCli(['run', 'requests.elig.json'], { cwd: dir, env: { ELIG_OVH_ENDPOINT: `${server.url}/1.0` } });
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stdout, /"cancelled"/);
  });
});
