import assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import type { CliRun } from '../cli/helpers';
import { apiEnv, fakeApis, inPool, poi, requestFile, runCli, sendJson, tempFiles } from './helpers';

/**
 * Class 4: terminal output is inert. API text and request names carrying escape sequences
 * reach the pretty reporter, the error lines and the progress line: none may reach the terminal
 * as a control character; our own colours stay, and NO_COLOR removes them.
 */
const PAYLOADS: [string, string][] = [
  ['OSC 0 title change (ESC ] 0 ; … BEL)', '\u001b]0;pwned-title\u0007'],
  ['OSC 52 clipboard write', '\u001b]52;c;ZWNobyBwd25lZA==\u0007'],
  ['clear screen (ESC [ 2 J) and cursor home', '\u001b[2J\u001b[H'],
  ['a fake "all passed" line (CR, erase line)', '\r\u001b[2K  ✓ 12 passed, 0 failed\n'],
  ['C1 CSI and OSC (U+009B, U+009D … U+009C)', '\u009b31m\u009d0;c1-title\u009c'],
  ['BEL, NUL, backspace, DEL', '\u0007\u0000\u0008\u0008\u007f'],
  ['bidi override (Trojan source)', '\u202eevil\u202c'],
];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** our own colours: SGR sequences only */
// eslint-disable-next-line no-control-regex
const OUR_SGR = /\u001b\[[0-9;]*m/g;

const names = PAYLOADS.map(([, p], i) => `case ${i} ${p}`);

describe('hostile input (class 4): terminal output is inert', function () {
  this.timeout(120_000);
  const runs = new Map<string, CliRun>();

  before(async () => {
    // each request gets an error whose message and description carry the payload of its name
    const server = await fakeApis({
      poi: (req, res) => {
        const i = Number(/case%20(\d)|case\+(\d)/.exec(req.url)?.slice(1).find(Boolean) ?? 0);
        sendJson(res, 400, { code: 25, message: `bad address ${PAYLOADS[i]?.[1] ?? ''}`, description: PAYLOADS[i]?.[1] ?? '' });
      },
    });
    try {
      const dir = tempFiles({
        'requests.elig.json': requestFile(names.map(n => poi(n, `${n.slice(0, 6)}, 75001 Paris`))),
        'bad.elig.json': requestFile([{ name: 'x', api: 'orange-b2b', operation: `poi${PAYLOADS[0][1]}${PAYLOADS[3][1]}`, params: {} }]),
      });
      await inPool([
        async () => { runs.set('pretty', await runCli(['run', 'requests.elig.json', '--verbose'], { cwd: dir, env: apiEnv(server.url) })); },
        async () => { runs.set('junit', await runCli(['run', 'requests.elig.json', '--reporter', 'junit'], { cwd: dir, env: apiEnv(server.url) })); },
        async () => { runs.set('json', await runCli(['run', 'requests.elig.json', '--reporter', 'json'], { cwd: dir, env: apiEnv(server.url) })); },
        async () => { runs.set('input', await runCli(['run', 'bad.elig.json'], { cwd: dir, env: apiEnv(server.url) })); },
      ]);
    } finally { await server.close(); }
  });

  for (const [what, payload] of PAYLOADS) {
    it(`pretty reporter and --verbose log: ${what} is printed as visible escapes`, () => {
      const r = runs.get('pretty')!;
      assert.equal(r.code, 2, r.stderr);
      assert.ok(!r.stdout.includes(payload) && !r.stderr.includes(payload), 'the raw payload reached the terminal');
      assert.doesNotMatch(r.stdout, CONTROL);
      assert.doesNotMatch(r.stderr, CONTROL);
      assert.match(r.stdout, /\\x1B|\\x07|\\x9B|\\u202E|\\r/, 'escaped, visible');
    });
  }

  it('--reporter junit and json carry no control character either', () => {
    for (const k of ['junit', 'json']) {
      const r = runs.get(k)!;
      assert.equal(r.code, 2, r.stderr);
      assert.doesNotMatch(r.stdout, CONTROL, k);
      assert.doesNotMatch(r.stderr, CONTROL, k);
    }
  });

  it('input errors (an operation name with escapes) are printed inert, at file:line:col', () => {
    const r = runs.get('input')!;
    assert.equal(r.code, 3);
    assert.match(r.stderr, /bad\.elig\.json:\d+:\d+:/);
    assert.doesNotMatch(r.stderr, CONTROL);
  });

  async function inProcess(env: Record<string, string>, stderrIsTTY = true): Promise<{ out: string; err: string }> {
    const server = await fakeApis({ poi: (_req, res) => sendJson(res, 400, { code: 25, message: `no ${PAYLOADS[0][1]}${PAYLOADS[2][1]}` }) });
    try {
      const dir = tempFiles({ 'requests.elig.json': requestFile([poi(`progress ${PAYLOADS[0][1]}${PAYLOADS[1][1]}`), poi('fine')]) });
      let out = '', err = '';
      await main(['run', 'requests.elig.json'], {
        cwd: dir, env: { ...apiEnv(server.url), ...env }, stdout: s => { out += s; }, stderr: s => { err += s; }, stdoutIsTTY: true, stderrIsTTY,
      });
      return { out, err };
    } finally { await server.close(); }
  }

  it('on a colour terminal only our own colours are escape sequences (progress line included)', async () => {
    const { out, err } = await inProcess({});
    assert.match(out, OUR_SGR, 'colours are on');
    assert.doesNotMatch(out.replace(OUR_SGR, ''), CONTROL);
    // the progress line's own \r and erase-line are ours; the request name inside it is escaped
    assert.match(err, /\[\d\/2\]/);
    assert.doesNotMatch(err.replace(/\r\u001b\[2K/g, ''), CONTROL);
  });

  it('NO_COLOR removes our colours: no escape sequence at all', async () => {
    const { out } = await inProcess({ NO_COLOR: '1' }, false);
    assert.ok(out.length > 0);
    assert.doesNotMatch(out, CONTROL);
  });
});
