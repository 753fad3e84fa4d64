import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { scriptedServer } from '../requests/scripted';
import { buildCli, ROOT, tempFiles } from './helpers';

/** Spawns the CLI and resolves `lines` as stdout/stderr text arrives, for interactive commands. */
async function start(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const cli = await buildCli();
  const child = spawn(process.execPath, [cli, ...args], { cwd: opts.cwd ?? ROOT, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NO_COLOR: '1', ...opts.env } });
  let out = '', err = '';
  const waiters: (() => void)[] = [];
  const poke = () => waiters.splice(0).forEach(w => w());
  child.stdout.on('data', d => { out += d; poke(); });
  child.stderr.on('data', d => { err += d; poke(); });
  const exited = new Promise<number | null>(resolve => child.on('close', code => resolve(code)));
  return {
    child, exited, out: () => out, err: () => err,
    until: async (re: RegExp) => { while (!re.test(out + err)) await new Promise<void>(r => waiters.push(r)); return (out + err).match(re)!; },
  };
}

describe('elig CLI: sandbox command and interruption', function () {
  this.timeout(60000);
  before(() => buildCli());

  it('`elig sandbox --port 0` prints its URL, serves the APIs, stops on SIGINT with exit 0', async () => {
    const p = await start(['sandbox', '--port', '0', '--pending-polls', '0']);
    const [, url] = await p.until(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const body = await new Promise<string>((resolve, reject) => {
      const req = http.request(`${url}/1.0/connectivity/eligibility/search/cities`, { method: 'POST', headers: { 'content-type': 'application/json' } }, res => {
        let b = ''; res.on('data', d => { b += d; }); res.on('end', () => resolve(b));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ zipCode: '91400' }));
    });
    assert.match(body, /ORSAY/);
    p.child.kill('SIGINT');
    assert.equal(await p.exited, 0);
  });

  it('`elig sandbox` with a bad option: exit 3 and a message', async () => {
    const p = await start(['sandbox', '--fault', 'nonsense']);
    assert.equal(await p.exited, 3);
    assert.match(p.err(), /unknown fault "nonsense"/);
  });

  it('SIGINT during a run cancels it: exit 130, the report says cancelled', async () => {
    const srv = await scriptedServer(() => { /* never answers */ });
    try {
      const dir = tempFiles({ 'slow.elig.json': JSON.stringify({ requests: [1, 2, 3].map(i => ({ name: `r${i}`, api: 'ovh', operation: 'search/cities', params: { zipCode: `9140${i}` } })) }) });
      const p = await start(['run', 'slow.elig.json', '--reporter', 'json', '--concurrency', '1'], { cwd: dir, env: { ELIG_OVH_ENDPOINT: srv.url } });
      await srv.waitFor(1);
      p.child.kill('SIGINT');
      assert.equal(await p.exited, 130);
      const rows = JSON.parse(p.out()) as { error?: { kind: string }; skipped?: string }[];
      assert.equal(rows[0].error?.kind, 'cancelled');
      assert.deepEqual(rows.slice(1).map(r => r.skipped), ['cancelled', 'cancelled']);
      assert.equal(srv.seen.length, 1);
    } finally { await srv.close(); }
  });

  it('paths in messages are relative to the working directory', async () => {
    const dir = tempFiles({ 'sub/bad.elig.json': '{"requests": [{"name": "x", "api": "nope"}]}' });
    const p = await start(['run', path.join(dir, 'sub')], { cwd: dir });
    assert.equal(await p.exited, 3);
    assert.match(p.err(), /^sub\/bad\.elig\.json:1:\d+: /m);
  });
});
