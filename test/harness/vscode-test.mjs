// @vscode/test-cli configuration (the `.vscode-test.mjs` of this repo, kept with the harness):
//   npx vscode-test --config test/harness/vscode-test.mjs            downloads VS Code 1.100.3 (needs internet)
//   ELIG_CODE_SERVER=1 npx vscode-test --config test/harness/vscode-test.mjs
//                                                                    runs in code-server through code-shim.sh
// Compile the suites first: `node esbuild.mjs && node esbuild.mjs --tests`. test-cli uses its own mocha
// runner on the same compiled files; the Restricted Mode assertions skip themselves there because
// test-electron always passes --disable-workspace-trust (npm run test:host proves them).
import { defineConfig } from '@vscode/test-cli';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, HOST_ROOT, makeWorkspace } from './host.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const installation = process.env.ELIG_CODE_SERVER ? { useInstallation: { fromPath: path.join(here, 'code-shim.sh') } } : {};
const ws = name => process.env.ELIG_CODE_SERVER
  ? path.join(HOST_ROOT, 'ws', `cli-${name}`) : path.join(REPO, '.vscode-test', 'ws', name);
const fresh = makeWorkspace(ws('fresh'), { withExamples: false });
const main = makeWorkspace(ws('main'));
const common = { version: '1.100.3', mocha: { ui: 'bdd', timeout: 30000, color: false }, ...installation };

export default defineConfig([
  { label: 'fresh', files: '../../out/test/host/fresh/*.test.js', workspaceFolder: fresh,
    extensionDevelopmentPath: [REPO, path.join(REPO, 'test/host/probe-ext')], ...common },
  { label: 'main', files: '../../out/test/host/suite/*.test.js', workspaceFolder: main,
    extensionDevelopmentPath: REPO, ...common },
]);
