import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
let built: Promise<string> | undefined;

/** Bundles src/cli/main.ts exactly as esbuild.mjs does, into a temp dir (once per test run). */
export function buildCli(): Promise<string> {
  built ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elig-cli-'));
    const outfile = path.join(dir, 'cli.js');
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'src/cli/main.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
      mainFields: ['module', 'main'], logLevel: 'error', external: ['kerberos'], alias: { debug: path.join(ROOT, 'src/build/debug-shim.js') }, banner: { js: '#!/usr/bin/env node' },
    });
    return outfile;
  })();
  return built;
}

export interface CliRun { code: number | null; stdout: string; stderr: string }

/** Runs the bundled CLI as a child process with a clean environment (plus `env`). */
export async function runCli(args: string[], opts: { env?: Record<string, string>; cwd?: string } = {}): Promise<CliRun> {
  const cli = await buildCli();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NO_COLOR: '1', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '', stderr = '';
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    child.on('error', reject);
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

/** A temp directory with the given files (relative path → content). */
export function tempFiles(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elig-files-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}
