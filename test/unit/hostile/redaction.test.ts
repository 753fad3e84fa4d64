import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { registerEnvSecrets } from '../../../src/cli/run';
import { makeView } from '../../../src/extension/panel/view';
import type { ExecResult } from '../../../src/core/result';
import type { CliRun } from '../cli/helpers';
import { apiEnv, fakeApis, inPool, poi, requestFile, runCli, SENT, sendJson, tempFiles } from './helpers';

/**
 * Class 3: secrets are redacted as values, in every encoding. The API key and the client secret
 * hold `" \ & < > '`; the (legitimate) home server echoes them back in every form it can, and a
 * request file carries the key in a query parameter. No form may reach any output.
 */
const KEY = `K"\\&<>'-${SENT}-key`;
const SECRET = `C"\\&<>' ${SENT}-sec`;
const ID = 'client-id-plain';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const inside = (s: string, pad: number) => b64('x'.repeat(pad) + s + 'yz');

/** Each form the server echoes, and the exact text that must not show up in any output. */
const FORMS: [string, string][] = [
  ['the API key as is, JSON-escaped by our JSON', JSON.stringify(KEY).slice(1, -1)],
  ['the API key as is, XML-escaped by our junit', xml(KEY)],
  ['the API key URL-encoded', encodeURIComponent(KEY)],
  ['the API key form-encoded', new URLSearchParams({ k: KEY }).toString().slice(2)],
  ['the API key in base64', b64(KEY)],
  ['the client secret JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
  ['base64 of id:secret (HTTP Basic)', b64(`${ID}:${SECRET}`)],
  ['the API key inside a longer base64 text (offset 1)', inside(KEY, 1).slice(4, 4 + Math.floor((KEY.length - 2) / 3) * 4)],
  ['the API key inside a longer base64 text (offset 2)', inside(KEY, 2).slice(4, 4 + Math.floor((KEY.length - 1) / 3) * 4)],
  ['the raw sentinel anywhere', SENT],
];

const echo = [KEY, SECRET, encodeURIComponent(KEY), new URLSearchParams({ k: KEY }).toString().slice(2), b64(KEY),
  b64(`${ID}:${SECRET}`), inside(KEY, 1), inside(KEY, 2), xml(KEY)].join(' | ');

const REPORTERS = ['json', 'junit', 'pretty'] as const;
const ENV = () => ({ ELIG_ORANGE_CLIENT_ID: ID, ELIG_ORANGE_CLIENT_SECRET: SECRET, ELIG_ORANGE_API_KEY: KEY });

describe('hostile input (class 3): secrets never reach an output, in any encoding', function () {
  this.timeout(120_000);
  const runs = new Map<string, CliRun & { out: string }>();

  before(async () => {
    const server = await fakeApis({ poi: (_req, res) => sendJson(res, 400, { code: 25, message: `Invalid key: ${echo}`, description: echo }) });
    try {
      const dir = tempFiles({ 'requests.elig.json': requestFile([poi('echoed key'), poi('key in the query', `${KEY}, 75001 Paris`)]) });
      await inPool(REPORTERS.map(r => async () => {
        const out = path.join(dir, `report-${r}.txt`);
        const run = await runCli(['run', 'requests.elig.json', '--reporter', r, '--out', out, '--verbose'], { cwd: dir, env: { ...apiEnv(server.url), ...ENV() } });
        runs.set(r, { ...run, out: fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '' });
      }));
    } finally { await server.close(); }
  });

  for (const r of REPORTERS) {
    for (const [what, text] of FORMS) {
      it(`--reporter ${r} (+ --verbose log): ${what}`, () => {
        const run = runs.get(r)!;
        assert.ok(run.out.length > 0, `a report was written\n${run.stderr}`);
        assert.ok(run.stderr.includes('/eligibility/b2b/v1/poi'), 'the --verbose log shows the URL');
        for (const [where, s] of [['report', run.out], ['stdout', run.stdout], ['stderr', run.stderr]] as const) {
          assert.ok(!s.includes(text), `${where} holds ${what}: …${s.slice(Math.max(0, s.indexOf(text) - 60), s.indexOf(text) + text.length + 20)}…`);
        }
      });
    }
  }

  it('the TTY progress line goes through the same redaction point', async () => {
    const server = await fakeApis();
    try {
      const dir = tempFiles({ 'requests.elig.json': requestFile([poi(`name holding ${KEY}`), poi(`base64 ${b64(KEY)}`)]) });
      let err = '', out = '';
      const code = await main(['run', 'requests.elig.json'], {
        cwd: dir, env: { ...apiEnv(server.url), ...ENV() }, stdout: s => { out += s; }, stderr: s => { err += s; },
        stdoutIsTTY: false, stderrIsTTY: true,
      });
      assert.equal(code, 0, err);
      assert.match(err, /\[\d\/2\]/, 'the progress line was shown');
      for (const [what, text] of FORMS) assert.ok(!err.includes(text) && !out.includes(text), `progress line or report holds ${what}`);
    } finally { await server.close(); }
  });

  it('the webview payload goes through the same redaction point', () => {
    registerEnvSecrets(ENV()); // as the extension's credential store does when it loads them
    const result = {
      ok: false, call: { api: 'orange-b2b', operation: 'poi', params: { fullTextAddress: KEY } },
      error: { kind: 'http', status: 400, message: `Invalid key: ${echo}`, body: { description: echo, [KEY]: b64(KEY) } },
      raw: { echo }, durationMs: 1,
    } as unknown as ExecResult;
    const view = JSON.stringify(makeView({ result }, 'Sandbox'));
    for (const [what, text] of FORMS) assert.ok(!view.includes(text), `the panel payload holds ${what}`);
  });
});
