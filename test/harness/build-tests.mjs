// Compiles the host suites afresh: out/test/host is emptied first, so a deleted or renamed
// test never survives as a stale .js that the runner would still load.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './host.mjs';

fs.rmSync(path.join(REPO, 'out/test/host'), { recursive: true, force: true });
const r = spawnSync(process.execPath, ['esbuild.mjs', '--tests'], { cwd: REPO, stdio: 'inherit' });
process.exit(r.status ?? 1);
