import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The production build, into a temporary folder: it must succeed and stay within the bundle budget. */
describe('production bundles', function () {
  this.timeout(120000);
  const root = path.resolve(__dirname, '../../..');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'elig-dist-'));
  let log = '';
  before(() => {
    log = execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: root, env: { ...process.env, ELIG_DIST: out }, encoding: 'utf8' });
  });
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  it('dist/extension.js stays within 400 KB minified (the build itself fails past it)', () => {
    const size = fs.statSync(path.join(out, 'extension.js')).size;
    assert.ok(size <= 400 * 1024, `extension.js is ${(size / 1024).toFixed(1)} KB`);
    assert.match(log, /extension\.js: [\d.]+ KB \(budget 400 KB\)/);
  });
  it('the extension bundle keeps vscode external and leaves the sandbox to its own lazily loaded bundle', () => {
    const ext = fs.readFileSync(path.join(out, 'extension.js'), 'utf8');
    assert.match(ext, /require\("vscode"\)/);
    assert.ok(!ext.includes('RUE DES EXEMPLES'), 'the sandbox dataset must not be in extension.js');
    assert.ok(fs.readFileSync(path.join(out, 'sandbox.js'), 'utf8').includes('RUE DES EXEMPLES'));
  });
  it('the CLI is executable and minified bundles carry no source maps', () => {
    assert.ok(fs.statSync(path.join(out, 'cli.js')).mode & 0o100);
    assert.ok(!fs.existsSync(path.join(out, 'extension.js.map')));
    assert.match(fs.readFileSync(path.join(out, 'cli.js'), 'utf8'), /^#!\/usr\/bin\/env -S node --\n/);
  });
});
