import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ovhTasks, scriptedServer, Scripted, sendJson } from '../requests/scripted';
import { buildCli, runCli, tempFiles } from './helpers';

const req = (name: string, params: object, expect?: object, operation = 'search/cities') => ({ name, api: 'ovh', operation, params, ...(expect ? { expect } : {}) });
const file = (...requests: object[]) => JSON.stringify({ requests }, null, 2);

describe('elig CLI: exit codes, reporters, bad input', function () {
  this.timeout(60000);
  let srv: Scripted;
  before(async () => {
    await buildCli();
    srv = await scriptedServer((r, res) => {
      if (r.body.includes('"50000"')) { sendJson(res, 404, { message: 'no such zip', errorCode: 'ZIP_NOT_FOUND' }); return; }
      ovhTasks((_p, body) => [{ city: 'ORSAY', inseeCode: '91471', zipCode: (body as { zipCode: string }).zipCode }], false)(r, res);
    });
  });
  after(() => srv.close());
  const env = () => ({ ELIG_OVH_ENDPOINT: srv.url });

  it('--help and --version', async () => {
    const h = await runCli(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /elig run <files\|dirs\|globs\.\.\.>/);
    const v = await runCli(['--version']);
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')).version);
    const r = await runCli(['run', '--help']);
    assert.match(r.stdout, /Exit codes: 0 all passed · 1 assertion failures · 2 request errors · 3 bad input/);
  });

  it('0 when everything ran and passed; json reporter shape', async () => {
    const dir = tempFiles({ 'a.elig.json': file(req('orsay', { zipCode: '91400' }, { resultContains: { city: 'ORSAY' } }), req('expected 404', { zipCode: '50000' }, { error: { status: 404, code: 'ZIP_NOT_FOUND' } })) });
    const r = await runCli(['run', dir, '--reporter', 'json'], { env: env() });
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout);
    assert.equal(rows.length, 2);
    for (const k of ['file', 'name', 'api', 'operation', 'ok', 'passed', 'durationMs', 'offers']) assert.ok(k in rows[0], k);
    assert.deepEqual([rows[0].ok, rows[0].passed, rows[1].ok, rows[1].passed], [true, true, false, true]);
    assert.deepEqual([rows[1].error.status, rows[1].error.code], [404, 'ZIP_NOT_FOUND']);
    assert.equal(rows[0].file, path.relative(path.resolve(__dirname, '../../..'), path.join(dir, 'a.elig.json')));
  });

  it('1 on assertion failures (junit reporter, --out file)', async () => {
    const dir = tempFiles({ 'a.elig.json': file(req('wrong city', { zipCode: '91400' }, { resultContains: { city: 'PARIS' } }), req('fine', { zipCode: '91400' })) });
    const out = path.join(dir, 'reports', 'junit.xml');
    const r = await runCli(['run', path.join(dir, 'a.elig.json'), '--reporter', 'junit', '--out', out], { env: env() });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    const xml = fs.readFileSync(out, 'utf8');
    assert.match(xml, /<testsuites name="elig" tests="2" failures="1" errors="0" skipped="0"/);
    assert.match(xml, /<testcase classname="[^"]*a\.elig\.json" name="wrong city" time="[\d.]+">\s*<failure message="a result has \{&quot;city&quot;:&quot;PARIS&quot;\}" type="assertion">/);
    assert.match(xml, /<testcase [^>]*name="fine" [^>]*\/>/);
  });

  it('2 on request errors (unexpected HTTP error, connection refused)', async () => {
    const dir = tempFiles({ 'a.elig.json': file(req('404', { zipCode: '50000' })) });
    const r = await runCli(['run', dir], { env: env() });
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stdout, /! 404 ovh search\/cities/);
    assert.match(r.stdout, /error http 404/);
    const refused = await runCli(['run', dir], { env: { ELIG_OVH_ENDPOINT: 'http://127.0.0.1:1' } });
    assert.equal(refused.code, 2);
  });

  it('3 on bad input, with file:line:col, nothing sent and no --out file written', async () => {
    const before = srv.seen.length;
    const good = file(req('ok', { zipCode: '91400' }));
    const cases: [string[], RegExp][] = [];
    const dir = tempFiles({
      'good.elig.json': good,
      'badjson.elig.json': '{\n  "requests": [\n    { "name": "x" "api": "ovh" }\n  ]\n}',
      'unknownop.elig.json': '{"requests": [\n  {"name": "x", "api": "ovh", "operation": "test/lin", "params": {}}]}',
      'badparams.elig.json': '{"requests": [\n  {"name": "x", "api": "ovh", "operation": "test/line",\n   "params": {"lineNumber": "0123456789", "status": "activ"}}]}',
      'unknownvar.elig.json': '{"requests": [{"name": "x", "api": "ovh", "operation": "search/cities",\n "params": {"zipCode": "{{zip}}"}}]}',
    });
    cases.push([['badjson.elig.json'], /^badjson\.elig\.json:3:19: Invalid JSON: comma expected$/m]);
    cases.push([['unknownop.elig.json'], /^unknownop\.elig\.json:2:44: Unknown operation "test\/lin" for api "ovh"; did you mean "test\/line"\?/m]);
    cases.push([['badparams.elig.json'], /^badparams\.elig\.json:3:53: params\.status: /m]);
    cases.push([['unknownvar.elig.json'], /^unknownvar\.elig\.json:2:25: Unknown variable \{\{zip\}\}/m]);
    cases.push([['missing.elig.json'], /missing\.elig\.json: no such file/]);
    cases.push([['good.elig.json', '--reporter', 'xml'], /--reporter must be one of pretty, json, junit/]);
    cases.push([['good.elig.json', '--concurrency', '0'], /--concurrency/]);
    cases.push([['good.elig.json', '--rate', 'fast'], /--rate/]);
    cases.push([['good.elig.json', '--env', 'prod'], /--env prod: no environments file/]);
    cases.push([['good.elig.json', '--frobnicate'], /unknown option --frobnicate/]);
    await Promise.all(cases.map(async ([args, message], i) => {
      const out = path.join(dir, `report-${i}.json`);
      const r = await runCli(['run', ...args, ...(args.includes('--reporter') ? [] : ['--reporter=json']), '--out', out], { env: env(), cwd: dir });
      assert.equal(r.code, 3, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(fs.existsSync(out), false, `no --out file for ${args.join(' ')}`);
      assert.equal(r.stdout, '');
    }));
    // one bad file among good ones: nothing at all is sent
    const all = await runCli(['run', '.'], { env: env(), cwd: dir });
    assert.equal(all.code, 3);
    assert.equal(srv.seen.length, before, 'no request reached the server');
    assert.equal((await runCli(['nope'])).code, 3);
    assert.equal((await runCli([])).code, 3);
  });

  it('environments: --env picks variables from elig.env.json; --var wins', async () => {
    const dir = tempFiles({
      'elig.env.json': '{ "$shared": { "zip": "11111" }, "dev": { "zip": "22222" } }',
      'sub/a.elig.json': file(req('zip', { zipCode: '{{zip}}' }, { resultContains: { zipCode: '22222' } })),
    });
    assert.equal((await runCli(['run', 'sub', '--env', 'dev'], { env: env(), cwd: dir })).code, 0);
    assert.equal((await runCli(['run', 'sub'], { env: env(), cwd: dir })).code, 1);
    assert.equal((await runCli(['run', 'sub', '--env', 'dev', '--var', 'zip=33333'], { env: env(), cwd: dir })).code, 1);
    const missing = await runCli(['run', 'sub', '--env', 'prod'], { env: env(), cwd: dir });
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /no environment "prod" \(defined: dev\)/);
  });

  it('globs, --tag, --bail and --concurrency', async () => {
    const dir = tempFiles({
      'x/one.elig.json': file({ ...req('one', { zipCode: '91400' }), tags: ['smoke'] }, req('two', { zipCode: '91400' })),
      'y/three.elig.json': file(req('bad', { zipCode: '50000' }), req('after', { zipCode: '91400' })),
      'y/notes.json': '{}',
    });
    const j = await runCli(['run', '**/*.elig.json', '--tag', 'smoke', '--reporter', 'json', '--concurrency', '2'], { env: env(), cwd: dir });
    const rows = JSON.parse(j.stdout);
    assert.deepEqual(rows.map((r: { name: string; skipped?: string }) => [r.name, !!r.skipped]), [['one', false], ['two', true], ['bad', true], ['after', true]]);
    const g = await runCli(['run', '.', '--grep', 'AFT', '--reporter', 'json'], { env: env(), cwd: dir });
    assert.deepEqual(JSON.parse(g.stdout).filter((r: { skipped?: string }) => !r.skipped).map((r: { name: string }) => r.name), ['after']);
    const b = await runCli(['run', 'y', '--bail', '--reporter', 'json', '--concurrency', '1'], { env: env(), cwd: dir });
    assert.equal(b.code, 2);
    assert.match(JSON.parse(b.stdout)[1].skipped, /bail/);
  });
});
