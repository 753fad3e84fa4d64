import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliRun } from '../cli/helpers';
import { buildCli, cities, fakeApis, inPool, requestFile, ROOT_DIR, runCli, type Scripted, tempFiles } from './helpers';

/**
 * Class 9: output files. `--out` naming an input (however spelled or linked), a directory or an
 * unwritable place is refused before anything is sent, with no `.tmp` left; `--env-file` on a
 * directory or a missing file is our exit 3, also through the package's real bin (Node 20 would
 * otherwise read `--env-file` itself and answer exit 9).
 */
const REQUESTS = requestFile([cities('one city')]);
const ENVS = JSON.stringify({ ci: { zip: '91400' } });

interface Case { title: string; args: (dir: string) => string[]; setup?: (dir: string) => void; stderr: RegExp; untouched?: string[] }
const CASES: Case[] = [
  { title: '--out = the request file', args: () => ['--out', 'requests.elig.json'], stderr: /--out requests\.elig\.json: is one of the inputs/, untouched: ['requests.elig.json'] },
  { title: '--out = the request file, spelled another way', args: () => ['--out', './sub/../requests.elig.json'], setup: d => fs.mkdirSync(path.join(d, 'sub')), stderr: /is one of the inputs/, untouched: ['requests.elig.json'] },
  { title: '--out = the environments file', args: () => ['--env', 'ci', '--out', 'elig.env.json'], stderr: /is one of the inputs/, untouched: ['elig.env.json'] },
  { title: '--out = an explicit --env-file', args: () => ['--env-file', 'other.env.json', '--env', 'ci', '--out', 'other.env.json'], setup: d => fs.writeFileSync(path.join(d, 'other.env.json'), ENVS), stderr: /is one of the inputs/, untouched: ['other.env.json'] },
  { title: '--out = a symlink to the request file', args: () => ['--out', 'link.json'], setup: d => fs.symlinkSync(path.join(d, 'requests.elig.json'), path.join(d, 'link.json')), stderr: /is one of the inputs/, untouched: ['requests.elig.json'] },
  { title: '--out = a hard link to the request file', args: () => ['--out', 'hard.json'], setup: d => fs.linkSync(path.join(d, 'requests.elig.json'), path.join(d, 'hard.json')), stderr: /is one of the inputs/, untouched: ['requests.elig.json'] },
  { title: '--out = a directory', args: () => ['--out', 'reports'], setup: d => fs.mkdirSync(path.join(d, 'reports')), stderr: /--out reports: is a directory/ },
  { title: '--out under a regular file (ENOTDIR)', args: () => ['--out', 'requests.elig.json/report.json'], stderr: /--out requests\.elig\.json\/report\.json: cannot/, untouched: ['requests.elig.json'] },
  { title: '--out in a place nobody can write (/proc)', args: () => ['--out', '/proc/elig-report.json'], stderr: /--out \/proc\/elig-report\.json: cannot write/ },
  { title: '--env-file a directory', args: () => ['--env-file', 'envdir', '--env', 'ci'], setup: d => fs.mkdirSync(path.join(d, 'envdir')), stderr: /envdir: is a directory/ },
  { title: '--env-file missing', args: () => ['--env-file', 'nope.env.json', '--env', 'ci'], stderr: /nope\.env\.json: environments file not found/ },
];

const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe('hostile input (class 9): output files never land on an input, bad ones are refused first', function () {
  this.timeout(120_000);
  const runs: { run: CliRun; dir: string; before: Record<string, string> }[] = [];
  let server: Scripted;

  before(async () => {
    server = await fakeApis();
    const results = await inPool(CASES.map(c => async () => {
      const dir = tempFiles({ 'requests.elig.json': REQUESTS, 'elig.env.json': ENVS });
      c.setup?.(dir);
      const before = Object.fromEntries((c.untouched ?? []).map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
      const run = await runCli(['run', 'requests.elig.json', ...c.args(dir)], { cwd: dir, env: { ELIG_OVH_ENDPOINT: `${server.url}/1.0` } });
      return { run, dir, before };
    }));
    runs.push(...results);
  });
  after(async () => { await server.close(); });

  for (const [i, c] of CASES.entries()) {
    it(`${c.title}: exit 3 before anything is sent, inputs untouched, no .tmp left`, () => {
      const { run, dir, before } = runs[i];
      assert.equal(run.code, 3, `${run.stdout}\n${run.stderr}`);
      assert.match(run.stderr, c.stderr);
      assert.doesNotMatch(run.stderr, /internal error|node:/);
      for (const [f, text] of Object.entries(before)) assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), text, `${f} was changed`);
      assert.deepEqual(listing(dir).filter(f => f.endsWith('.tmp')), []);
    });
  }

  it('nothing was sent by any refused run', () => {
    // the cases share one server: a single request from any of them would show here
    assert.equal(server.seen.length, 0);
  });

  it('control: a good --out is written atomically (no .tmp beside it)', async () => {
    const dir = tempFiles({ 'requests.elig.json': REQUESTS });
    const r = await runCli(['run', 'requests.elig.json', '--reporter', 'json', '--out', 'out/report.json'], { cwd: dir, env: { ELIG_OVH_ENDPOINT: `${server.url}/1.0` } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8')) as unknown[]).length, 1);
    assert.deepEqual(listing(dir).filter(f => f.endsWith('.tmp')), []);
    server.seen.length = 0;
  });

  for (const [what, args] of [['missing', ['--env-file', 'nope.env.json']], ['a directory', ['--env-file', 'envdir']]] as const) {
    it(`the package's bin (shebang, as npm links it): --env-file ${what} is elig's exit 3, not Node's exit 9`, async () => {
      // the bundle under test carries the banner esbuild.mjs gives dist/cli.js, the package's bin
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8'));
      assert.equal(pkg.bin.elig, './dist/cli.js');
      assert.match(fs.readFileSync(path.join(ROOT_DIR, 'esbuild.mjs'), 'utf8'), /cli\.js`, banner: \{ js: '#!\/usr\/bin\/env -S node --' \}/);
      const cli = await buildCli();
      assert.ok(fs.readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env -S node --\n'));
      const bin = path.join(path.dirname(cli), 'elig');
      if (!fs.existsSync(bin)) { fs.copyFileSync(cli, bin); fs.chmodSync(bin, 0o755); }
      const dir = tempFiles({ 'requests.elig.json': REQUESTS });
      fs.mkdirSync(path.join(dir, 'envdir'));
      const r = await new Promise<CliRun>((resolve, reject) => {
        const child = spawn(bin, ['run', 'requests.elig.json', ...args], {
          cwd: dir, env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`, HOME: os.tmpdir(), NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '', stderr = '';
        child.stdout.on('data', d => { stdout += d; });
        child.stderr.on('data', d => { stderr += d; });
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout, stderr }));
      });
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, /elig run: 1 input error/);
      assert.doesNotMatch(r.stderr, /^node:/m);
    });
  }
});
