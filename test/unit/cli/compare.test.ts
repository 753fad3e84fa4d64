import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CompareResult } from '../../../src/core/compare/schema';
import { buildCli, runCli, tempFiles } from './helpers';

describe('elig compare (CLI as a process)', function () {
  this.timeout(60000);
  before(() => buildCli());

  it('--reporter json prints exactly the CompareResult; exit 0', async () => {
    const r = await runCli(['compare', '--sandbox', '--reporter', 'json', '1 RUE DES EXEMPLES, 69003 LYON']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), ['query', 'resolved', 'matrix', 'disagreements']);
    const parsed = CompareResult.parse(json);
    assert.equal(parsed.matrix.find(x => x.technology === 'FTTH')?.cells['orange-rip'].status, 'eligible');
  });

  it('pretty: a table with the three providers and the resolution; unquoted words make one place', async () => {
    const r = await runCli(['compare', '--sandbox', '2', 'RUE', 'DU', 'VERGER,', '91400', 'ORSAY']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Technology\s+OVHcloud\s+Orange b2b\s+Orange RIP/);
    assert.match(r.stdout, /FTTH\s+✔ eligible FTTH-MAX-1G/);
    assert.match(r.stdout, /Resolution/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
  });

  it('pretty: control characters of the place and of API messages are shown escaped, never sent to the terminal', async () => {
    const r = await runCli(['compare', '--sandbox', '1 rue de la Paix\u001b]0;pwned\u0007, 75002 Paris']);
    assert.match(r.stdout, /Eligibility matrix: 1 rue de la Paix\\x1B\]0;pwned\\x07, 75002 Paris/);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(r.stdout + r.stderr, /[\u0007\u001b]/);
  });

  it('exit 4 for an ambiguous place, with the candidates; --pick first resolves it', async () => {
    const amb = await runCli(['compare', '--sandbox', '38 rue des exemples, 69003 Lyon']);
    assert.equal(amb.code, 4, amb.stderr);
    assert.match(amb.stdout, /needs-choice/);
    assert.match(amb.stdout, /BAT F/);
    const picked = await runCli(['compare', '--sandbox', '--pick', 'first', '--reporter', 'markdown', '38 rue des exemples, 69003 Lyon']);
    assert.equal(picked.code, 0, picked.stderr);
    assert.match(picked.stdout, /^## Eligibility matrix: 38 rue des exemples, 69003 Lyon/);
    assert.match(picked.stdout, /\| FTTH \| ✔ eligible/);
  });

  it('exit 3 for bad input, before anything is sent', async () => {
    for (const args of [['compare'], ['compare', 'not a place'], ['compare', '--apis', 'ovh,sfr', 'IMB/69383/A/0000'], ['compare', '--reporter', 'xml', 'IMB/69383/A/0000'], ['compare', '--pick', 'last', 'IMB/69383/A/0000']]) {
      const r = await runCli(args, { env: { ELIG_OVH_ENDPOINT: 'http://127.0.0.1:9' } });
      assert.equal(r.code, 3, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^elig compare: /);
      assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
    }
  });

  it('exit 2 when an API fails (connection refused), the matrix still printed with error cells', async () => {
    const r = await runCli(['compare', '--apis', 'ovh', '--reporter', 'json', '--timeout', '5', 'IMB/69383/A/0000'], { env: { ELIG_OVH_ENDPOINT: 'http://127.0.0.1:9' } });
    assert.equal(r.code, 2, r.stderr);
    const json = CompareResult.parse(JSON.parse(r.stdout));
    assert.equal(json.matrix[3].cells.ovh.status, 'error');
    assert.equal(json.matrix[3].cells['orange-rip'].status, 'not-asked');
  });

  it('--out writes the report atomically and says so on stderr', async () => {
    const dir = tempFiles({});
    const out = path.join(dir, 'sub', 'matrix.md');
    const r = await runCli(['compare', '--sandbox', '--reporter', 'markdown', '--out', out, 'IMB/69383/A/0008']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(fs.readFileSync(out, 'utf8'), /\| FTTH \|/);
    assert.deepEqual(fs.readdirSync(path.dirname(out)), ['matrix.md']);
  });
});
