import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { scriptedServer, Scripted, sendJson } from '../requests/scripted';
import { buildCli, runCli, tempFiles } from './helpers';

/**
 * Sentinel secrets: unique credential values set through ELIG_*, a server that echoes every
 * header it receives (decoded) into its error messages, the most verbose log level, every
 * reporter. The sentinels must never appear in stdout, stderr or any report file.
 */
const TAG = crypto.randomBytes(6).toString('hex');
const SECRETS = {
  ELIG_OVH_APPLICATION_KEY: `ovhak${TAG}`, ELIG_OVH_APPLICATION_SECRET: `ovhas${TAG}`, ELIG_OVH_CONSUMER_KEY: `ovhck${TAG}`,
  ELIG_ORANGE_CLIENT_ID: `orid${TAG}`, ELIG_ORANGE_CLIENT_SECRET: `orcs${TAG}`, ELIG_ORANGE_API_KEY: `orkey${TAG}`,
};

describe('elig CLI: sentinel secrets never appear in any output', function () {
  this.timeout(60000);
  let srv: Scripted;
  before(async () => {
    await buildCli();
    srv = await scriptedServer((req, res) => {
      const basic = /^Basic\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
      const echo = `headers=${JSON.stringify(req.headers)} basic=${basic ? Buffer.from(basic, 'base64').toString() : ''} body=${req.body}`;
      const p = req.url.split('?')[0];
      if (p.endsWith('/auth/time')) { sendJson(res, 200, Math.floor(Date.now() / 1000)); return; }
      if (p.endsWith('/oauth/v3/token')) {
        if (req.body.includes('grant_type')) { sendJson(res, 200, { token_type: 'Bearer', access_token: `tok${TAG}`, expires_in: 3600 }); return; }
      }
      if (p.includes('/eligibility/b2b/')) { sendJson(res, 401, { code: 41, message: `Invalid credentials ${echo}`, description: echo }); return; }
      if (p.includes('ripoperatoreligibility')) { sendJson(res, 400, { code: 30, message: `ND not found ${echo}`, description: echo }); return; }
      sendJson(res, 403, { message: `Invalid signature ${echo}`, errorCode: 'INVALID_SIGNATURE' });
    });
  });
  after(() => srv.close());

  const file = JSON.stringify({ requests: [
    { name: 'poi', api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' } },
    { name: 'poi expected 401', api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' }, expect: { error: { status: 401, message: 'never matches' } } },
    { name: 'rip', api: 'orange-rip', operation: 'productRIPQualification', params: { contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0123456789' } } },
    { name: 'partners', api: 'ovh', operation: 'test/line/partners', params: { lineNumber: '0123456789', status: 'active' }, expect: { error: { code: 'NOPE' } } },
    { name: 'public', api: 'ovh', operation: 'search/cities', params: { zipCode: '91400' } },
  ] });

  for (const reporter of ['pretty', 'json', 'junit']) {
    it(`--reporter ${reporter} --verbose, to stdout and to --out`, async () => {
      const dir = tempFiles({ 'leak.elig.json': file });
      const env = { ...SECRETS, ELIG_OVH_ENDPOINT: srv.url, ELIG_ORANGE_BASE_URL: srv.url };
      const before = srv.seen.length;
      const a = await runCli(['run', 'leak.elig.json', '--reporter', reporter, '--verbose'], { cwd: dir, env });
      const out = path.join(dir, `report.${reporter}`);
      const b = await runCli(['run', 'leak.elig.json', '--reporter', reporter, '--verbose', '--out', out], { cwd: dir, env });
      // the harness is live: the credentials did reach the server, which echoed them back
      const seen = srv.seen.slice(before);
      assert.ok(seen.some(s => s.headers['x-api-key'] === SECRETS.ELIG_ORANGE_API_KEY || s.headers['x-ovh-application'] === SECRETS.ELIG_OVH_APPLICATION_KEY), 'credentials were sent to their own host');
      assert.equal(a.code, 2);
      assert.ok(a.stdout.length > 100 && a.stderr.length > 0);
      for (const [where, text] of [['stdout', a.stdout], ['stderr', a.stderr], ['stderr (--out)', b.stderr], ['report file', fs.readFileSync(out, 'utf8')]]) {
        for (const [k, v] of Object.entries(SECRETS)) {
          assert.equal(text.includes(v), false, `${k} in ${where} (${reporter})`);
          assert.equal(text.includes(Buffer.from(v).toString('base64')), false, `${k} base64 in ${where}`);
        }
        assert.equal(text.includes(`tok${TAG}`), false, `access token in ${where}`);
      }
    });
  }
});
