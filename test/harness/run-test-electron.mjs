// The same suites through plain @vscode/test-electron (what a machine that can download VS Code runs):
//   node test/harness/run-test-electron.mjs                 downloads VS Code 1.100.3 into .vscode-test/
//   ELIG_CODE_SERVER=1 node test/harness/run-test-electron.mjs   the shim instead of a download
// Compile first: `node esbuild.mjs && node esbuild.mjs --tests`.
import { runTests } from '@vscode/test-electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, HOST_ROOT, makeWorkspace } from './host.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const exe = process.env.ELIG_CODE_SERVER ? { vscodeExecutablePath: path.join(here, 'code-shim.sh') } : { version: '1.100.3' };
const root = process.env.ELIG_CODE_SERVER ? path.join(HOST_ROOT, 'ws') : path.join(REPO, '.vscode-test', 'ws');
let failed = false;
for (const pass of [
  { name: 'fresh', dev: [REPO, path.join(REPO, 'test/host/probe-ext')], withExamples: false },
  { name: 'main', dev: [REPO], withExamples: true },
]) {
  const folder = makeWorkspace(path.join(root, `te-${pass.name}`), { withExamples: pass.withExamples });
  try {
    await runTests({ ...exe, extensionDevelopmentPath: pass.dev, extensionTestsPath: path.join(REPO, 'out/test/host', pass.name === 'main' ? 'suite' : 'fresh'),
      launchArgs: [folder] });
  } catch (e) {
    console.error(`pass ${pass.name} failed: ${e instanceof Error ? e.message : e}`); failed = true;
  }
}
process.exit(failed ? 1 : 0);
