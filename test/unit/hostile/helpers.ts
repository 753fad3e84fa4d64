import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import type http from 'node:http';
import { buildCli, type CliRun } from '../cli/helpers';
import { scriptedServer, type Scripted, type Seen, sendJson } from '../requests/scripted';

export { runCli, tempFiles, buildCli, ROOT as ROOT_DIR } from '../cli/helpers';
export { scriptedServer, sendJson, type Scripted, type Seen } from '../requests/scripted';

/**
 * Shared pieces of the hostile-input suite (issue 10): recording servers on loopback that play
 * Orange and OVH, the CLI as a child process, and bounds for "does not hang".
 */

/** Generous bound for what must take well under a second (a loaded 2-core CI box). */
export const HANG_BOUND_MS = 10_000;

export const SENT = crypto.randomBytes(6).toString('hex');

/** A request file text. */
export function requestFile(requests: unknown[], variables?: Record<string, unknown>): string {
  return JSON.stringify({ ...(variables ? { variables } : {}), requests }, null, 2);
}

export const poi = (name: string, fullTextAddress = '14 Rue Maurice Choury, 20000 Ajaccio') =>
  ({ name, api: 'orange-b2b', operation: 'poi', params: { fullTextAddress } });
export const cities = (name: string, zipCode = '91400') =>
  ({ name, api: 'ovh', operation: 'search/cities', params: { zipCode } });

export type Answer = (req: Seen, res: http.ServerResponse) => void;

/** A fake Orange (token + /poi) and OVH (/auth/time + tasks) on loopback, answering `/poi` and tasks with `answer`. */
export async function fakeApis(answer: { poi?: Answer; task?: Answer; time?: Answer } = {}): Promise<Scripted> {
  return scriptedServer((req, res) => {
    const p = req.url.split('?')[0];
    if (p.endsWith('/oauth/v3/token')) return sendJson(res, 200, { token_type: 'Bearer', access_token: `tok-${crypto.randomBytes(6).toString('hex')}`, expires_in: 3600 });
    if (p.endsWith('/eligibility/b2b/v1/poi')) return answer.poi ? answer.poi(req, res) : sendJson(res, 200, []);
    if (p.endsWith('/auth/time')) return answer.time ? answer.time(req, res) : sendJson(res, 200, Math.floor(Date.now() / 1000));
    if (answer.task) return answer.task(req, res);
    sendJson(res, 200, { status: 'ok', result: [{ city: 'ORSAY', inseeCode: '91471', zipCode: '91400' }], error: null });
  });
}

/** The environment that points both APIs at `url` with the given (or plain) credentials. */
export function apiEnv(url: string, creds: Record<string, string> = {}): Record<string, string> {
  return {
    ELIG_OVH_ENDPOINT: `${url}/1.0`, ELIG_ORANGE_BASE_URL: url,
    ELIG_ORANGE_CLIENT_ID: 'client-id-plain', ELIG_ORANGE_CLIENT_SECRET: 'client-secret-plain-1', ELIG_ORANGE_API_KEY: 'api-key-plain-1',
    ...creds,
  };
}

/** Starts the bundled CLI as a child (`node -- cli.js`, as the bin's shebang does), for signal tests. */
export async function startCli(args: string[], opts: { env?: Record<string, string>; cwd: string }): Promise<{ child: ChildProcess; done: Promise<CliRun> }> {
  const cli = await buildCli();
  const child = spawn(process.execPath, ['--', cli, ...args], {
    cwd: opts.cwd, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NO_COLOR: '1', ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '', stderr = '';
  child.stdout!.on('data', d => { stdout += d; });
  child.stderr!.on('data', d => { stderr += d; });
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

/** Runs `fn` and fails if it takes longer than HANG_BOUND_MS (a "does not hang" bound, not a benchmark). */
export async function bounded<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const r = await fn();
  const ms = performance.now() - t0;
  if (ms > HANG_BOUND_MS) throw new Error(`${what} took ${Math.round(ms)} ms (bound ${HANG_BOUND_MS} ms)`);
  return r;
}

/** Runs async jobs `width` at a time (CLI children in a before hook). */
export async function inPool<T>(jobs: (() => Promise<T>)[], width = 3): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, async () => {
    for (let i = next++; i < jobs.length; i = next++) out[i] = await jobs[i]();
  }));
  return out;
}
