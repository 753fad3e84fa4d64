import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_OPERATIONS } from '../../../src/core/apis';
import { discoverRequestFiles } from '../../../src/core/requests/discover';
import { parseRequestFile } from '../../../src/core/requests/parse';
import { buildCli, ROOT, runCli } from './helpers';

describe('examples/ and the mixed fixture, against the embedded sandbox', function () {
  this.timeout(60000);
  before(() => buildCli());

  it('examples/ has a request for every operation of every API, and every file parses cleanly', () => {
    const { files } = discoverRequestFiles(['examples'], ROOT);
    assert.ok(files.length >= 4);
    const used = new Set<string>();
    for (const f of files) {
      const r = parseRequestFile(fs.readFileSync(f, 'utf8'), { environment: { zip: '91400', insee: '91471', street: '9147132200', building: 'IMB/91471/C/NT8X', line: '0123456789', otp: 'OO-XXXX-XXXX/C' } });
      assert.deepEqual(r.diagnostics.filter(d => d.severity === 'error').map(d => `${path.relative(ROOT, f)}:${d.range.start.line + 1}: ${d.message}`), []);
      for (const q of r.requests) used.add(`${q.api} ${q.operation}`);
    }
    const missing = ALL_OPERATIONS.map(o => `${o.api} ${o.name}`).filter(k => !used.has(k));
    assert.deepEqual(missing, [], 'operations without an example');
  });

  it('`elig run examples --sandbox` passes (exit 0), every request ran', async () => {
    const r = await runCli(['run', 'examples', '--sandbox', '--reporter', 'json']);
    assert.equal(r.code, 0, r.stdout.slice(0, 3000) + r.stderr);
    const rows = JSON.parse(r.stdout) as { passed: boolean; skipped?: string }[];
    assert.ok(rows.length >= ALL_OPERATIONS.length);
    assert.ok(rows.every(x => x.passed && !x.skipped));
    assert.doesNotMatch(r.stderr, /Deprecated operation/, 'no deprecation the OVH schema does not give');
  });

  it('every example passes at --concurrency 1 and 64, and each file passes alone (no shared sandbox state between tests)', async () => {
    const total = (out: string) => (JSON.parse(out) as { passed: boolean; skipped?: string }[]);
    for (const c of ['1', '64']) {
      const r = await runCli(['run', 'examples', '--sandbox', '--concurrency', c, '--reporter', 'json']);
      assert.equal(r.code, 0, `--concurrency ${c}: ${r.stdout.slice(0, 3000)}${r.stderr}`);
      assert.ok(total(r.stdout).every(x => x.passed && !x.skipped), `--concurrency ${c}`);
    }
    const { files } = discoverRequestFiles(['examples'], ROOT);
    assert.ok(files.length >= 7, files.join(', '));
    for (const f of files) {
      const r = await runCli(['run', path.relative(ROOT, f), '--sandbox', '--reporter', 'json']);
      assert.equal(r.code, 0, `${path.relative(ROOT, f)} alone: ${r.stdout.slice(0, 3000)}${r.stderr}`);
      assert.ok(total(r.stdout).length >= 1);
    }
  });

  it('the mixed fixture: exit 1, 3 passed / 2 failed / 1 skipped, with expected and actual values', async () => {
    const r = await runCli(['run', 'test/fixtures/requests/mixed.elig.json', '--sandbox']);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /3 passed, 2 failed, 1 skipped/);
    assert.match(r.stdout, /✗ VDSL is eligible\n\s+expected: an eligible offer matching VDSL\n\s+actual: +VDSL-MAX_FULL \(VDSL\) not eligible/);
    assert.match(r.stdout, /✗ 5 buildings to choose from\n\s+expected: 5\n\s+actual: +6/);
    assert.match(r.stdout, /- skipped: waiting for the provider ovh search\/cities skipped: upstream data not published yet/);
  });

  it('`--rate` and `--concurrency` on the examples still pass', async () => {
    const r = await runCli(['run', 'examples/ovh', '--sandbox', '--rate', '200/s', '--concurrency', '8', '--reporter', 'json']);
    assert.equal(r.code, 0, r.stderr);
  });
});
