// The mocha runner the extensionTestsPath modules use: runs INSIDE the extension host, adds every
// *.test.js of one folder, prints per-test lines and `N passed, N failed`, and writes the results to
// $ELIG_TEST_RESULTS for test/harness/run-host-tests.mjs (optional: plain test-electron ignores it).
// In CI (or with ELIG_HOST_RETRIES=N) a failed test runs once more: the real workbench has timing we do
// not own (language servers, webview loads). A test that needed it is reported as flaky, with its first
// error, at the end of the tier: it is a finding to fix, not a pass to forget. A test that fails twice fails.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface TestResult { title: string; state: 'passed' | 'failed' | 'pending'; error?: string; ms?: number; flaky?: string }

export function runMochaIn(dir: string): Promise<void> {
  const retries = Number(process.env.ELIG_HOST_RETRIES ?? 0) || 0;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, retries });
  // ELIG_HOST_GREP=text runs only the tests whose full title contains it (a targeted run while developing)
  if (process.env.ELIG_HOST_GREP) mocha.grep(process.env.ELIG_HOST_GREP);
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    const results: TestResult[] = [];
    const runner = mocha.run(failures => {
      const passed = results.filter(r => r.state === 'passed').length;
      console.log(`${passed} passed, ${failures} failed`);
      const file = process.env.ELIG_TEST_RESULTS;
      if (file) fs.writeFileSync(file, JSON.stringify({ passed, failed: failures, results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} tests failed.`)); else resolve();
    });
    const firstErrors = new Map<string, string>();
    runner.on('retry', (t, err: Error) => {
      if (!firstErrors.has(t.fullTitle())) firstErrors.set(t.fullTitle(), err.stack ?? String(err));
      console.log(`  (retrying after a failure) ${t.fullTitle()}: ${String(err.message ?? err).split('\n')[0]}`);
    });
    runner.on('pass', t => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration, flaky: firstErrors.get(t.fullTitle()) }));
    runner.on('pending', t => results.push({ title: t.fullTitle(), state: 'pending' }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: err.stack ?? String(err) }));
  });
}
