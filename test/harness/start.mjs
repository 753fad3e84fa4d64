// `npm start`: a browser-based VS Code (the same code-server host the tests use) with Eligibility
// Explorer loaded from this checkout, on a copy of examples/ with the Sandbox profile. Prints the URL
// to open and runs until Ctrl-C. The folder copy lives under $ELIG_HOST_ROOT/start (kept between
// runs, so your edits to it survive a restart; delete it to start over), the VS Code profile under
// $ELIG_HOST_ROOT/run/start (settings, secrets, history).
//   PORT=8080 npm start       a fixed port (default: a free one)
//   ELIG_START_FOLDER=/path   another folder instead of the examples copy
import fs from 'node:fs';
import path from 'node:path';
import { HOST_ROOT, ensureHost, startHost, makeWorkspace } from './host.mjs';

const hostEnv = ensureHost();
const runDir = path.join(HOST_ROOT, 'run', 'start');
let folder = process.env.ELIG_START_FOLDER;
if (!folder) {
  folder = path.join(HOST_ROOT, 'start', 'examples');
  if (!fs.existsSync(folder)) makeWorkspace(folder);
}
const host = await startHost({
  hostEnv, runDir, port: process.env.PORT ? Number(process.env.PORT) : undefined, fresh: false, // keeps your profile (credentials, history) between runs
  settings: { 'eligibility.activeProfile': 'sandbox', 'workbench.colorTheme': 'Default Dark Modern' },
});
const url = host.workbenchUrl(folder, [['extensionDevelopmentPath', host.remoteUri(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..'))]]);
console.log(`
  Eligibility Explorer is running in VS Code (code-server ${hostEnv.CODE_SERVER_VERSION}, workspace ${folder}).
  Open this URL in a browser on this machine:

    ${url}

  The Eligibility icon in the activity bar opens the explorer; the status bar shows the Sandbox profile.
  Logs: ${runDir}/code-server.log and ${runDir}/ud/logs/. Press Ctrl-C to stop.
`);
const stop = async () => { await host.stop(); process.exit(0); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
// the process stays up as long as code-server runs
await new Promise(() => {});
