import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { scriptedServer, Scripted, sendJson } from '../requests/scripted';
import { buildCli } from '../cli/helpers';

/** An OVH-like server answering search/cities at once (after `delayMs`), counting each zip code it is asked. */
export async function citiesServer(opts: { delayMs?: (zip: string) => number; fail?: (zip: string, n: number) => number | undefined } = {}): Promise<Scripted & { count: Map<string, number> }> {
  const count = new Map<string, number>();
  const srv = await scriptedServer((req, res) => {
    let zip = '';
    try { zip = String(JSON.parse(req.body).zipCode ?? ''); } catch { /* empty */ }
    const n = (count.get(zip) ?? 0) + 1;
    count.set(zip, n);
    const status = opts.fail?.(zip, n);
    const answer = () => status ? sendJson(res, status, { message: `boom ${zip}`, errorCode: 'BOOM' })
      : sendJson(res, 200, { status: 'ok', result: [{ city: `CITY ${zip}`, inseeCode: '91471', zipCode: zip }], error: null });
    const d = opts.delayMs?.(zip) ?? 0;
    if (d) setTimeout(answer, d); else answer();
  });
  return Object.assign(srv, { count });
}

export const CITIES_TEMPLATE = JSON.stringify({ requests: [{ name: 'cities', api: 'ovh', operation: 'search/cities', params: { zipCode: '{{zip}}' }, expect: { minResults: 1 } }] });

export function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(file), { bom: true, columns: true });
}
export function readJsonl(file: string): Record<string, unknown>[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
}

export function tempDir(): string { return fs.mkdtempSync(path.join(os.tmpdir(), 'elig-campaign-')); }

/** The CLI as a child we can kill (-9). */
export async function spawnCli(args: string[], env: Record<string, string>, cwd: string): Promise<ChildProcess> {
  const cli = await buildCli();
  return spawn(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `elig sandbox` in its own process; resolves with its URL. */
export async function sandboxProcess(args: string[]): Promise<{ url: string; close: () => Promise<void> }> {
  const cli = await buildCli();
  const child = spawn(process.execPath, [cli, 'sandbox', '--port', '0', ...args], { env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', d => { out += d; const m = /listening on (\S+)/.exec(out); if (m) resolve(m[1]); });
    child.on('exit', c => reject(new Error(`sandbox exited ${c}`)));
  });
  return { url, close: () => new Promise(r => { child.once('exit', () => r()); child.kill('SIGTERM'); }) };
}

export const ovhEnv = (url: string) => ({ ELIG_OVH_ENDPOINT: url });
