import assert from 'node:assert/strict';
import { parseEnvFile } from '../../../src/core/requests/envfile';
import { parseRequestFile } from '../../../src/core/requests/parse';
import { bounded, fakeApis, runCli, tempFiles } from './helpers';

/**
 * Class 6: nesting depth. Any depth of objects/arrays gives a bad-input error with a position
 * (never a stack overflow), in the request-file parser and the environments-file parser alike.
 */
const deepParams = (depth: number, open = '[', close = ']') =>
  `{"requests": [{"name": "deep", "api": "ovh", "operation": "search/cities", "params": {"zipCode": ${open.repeat(depth)}1${close.repeat(depth)}}}]}`;
const deepEnv = (depth: number) => `{"ci": {"zip": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;

describe('hostile input (class 6): nesting depth never overflows the stack', function () {
  this.timeout(120_000);

  for (const depth of [100, 1_800, 5_000, 100_000]) {
    it(`request file, ${depth.toLocaleString('en')} nested arrays: one error at the first too-deep bracket`, async () => {
      const text = deepParams(depth);
      const r = await bounded('parse', () => parseRequestFile(text));
      const errs = r.diagnostics.filter(d => d.severity === 'error');
      assert.equal(errs.length, 1, JSON.stringify(errs.slice(0, 3)));
      assert.equal(errs[0].code, 'too-deep');
      // the 65th level opens: "{" (file) "[" (requests) "{" (request) "{" (params) then 61 "["
      assert.equal(text[errs[0].offset], '[');
      assert.equal(r.requests.length, 0);
    });
  }

  it('request file, 3,000 nested objects in expect: the same error', () => {
    const text = `{"requests": [{"name": "x", "api": "ovh", "operation": "search/cities", "params": {"zipCode": "91400"}, "expect": ${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}]}`;
    const r = parseRequestFile(text);
    assert.deepEqual(r.diagnostics.map(d => d.code), ['too-deep']);
  });

  it('brackets inside strings and comments do not count; 60 real levels are fine', () => {
    const text = `// ${'['.repeat(5000)}\n{"variables": {"s": "${'[{'.repeat(5000)}"}, "requests": [{"name": "x", "api": "ovh", "operation": "search/cities", "params": {"zipCode": "91400"}, "expect": {"paths": [{"path": "raw", "equals": ${'['.repeat(56)}1${']'.repeat(56)}}]}}]}`;
    const r = parseRequestFile(text);
    assert.ok(!r.diagnostics.some(d => d.code === 'too-deep'), JSON.stringify(r.diagnostics.slice(0, 2)));
  });

  for (const depth of [5_000, 100_000]) {
    it(`environments file, ${depth.toLocaleString('en')} nested objects: one error with a position`, async () => {
      const ef = await bounded('parse', () => parseEnvFile(deepEnv(depth)));
      assert.equal(ef.ok, false);
      assert.deepEqual(ef.diagnostics.map(d => d.code), ['too-deep']);
      assert.ok(ef.diagnostics[0].range.start.character > 0);
    });
  }

  it('the CLI: 1,800-deep request file and 5,000-deep environments file, exit 3 with file:line:col, nothing sent', async () => {
    const server = await fakeApis();
    try {
      const dir = tempFiles({ 'a/requests.elig.json': deepParams(1_800), 'b/requests.elig.json': deepParams(2), 'b/elig.env.json': deepEnv(5_000) });
      const env = { ELIG_OVH_ENDPOINT: `${server.url}/1.0`, ELIG_ORANGE_BASE_URL: server.url };
      const [a, b] = await Promise.all([runCli(['run', 'a/requests.elig.json'], { cwd: dir, env }), runCli(['run', 'b/requests.elig.json', '--env', 'ci'], { cwd: dir, env })]);
      assert.equal(a.code, 3, a.stderr);
      assert.match(a.stderr, /a\/requests\.elig\.json:1:\d+: Nested more than 64 levels/);
      assert.equal(b.code, 3, b.stderr);
      assert.match(b.stderr, /b\/elig\.env\.json:1:\d+: Nested more than 64 levels/);
      assert.doesNotMatch(a.stderr + b.stderr, /internal error|stack/i);
      assert.equal(server.seen.length, 0);
    } finally { await server.close(); }
  });
});
