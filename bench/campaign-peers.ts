/**
 * 12g–12j: peers on the same rows, the same sandbox (latency 50 ± 10 ms, quota per family), in the
 * same run, each as its CLI: elig campaign; Bruno CLI (`bru run --csv-file-path`, installed on
 * demand into bench/.peers/, never a project dependency); httpYac with one request per file (so
 * `--parallel` runs files in parallel) and with every request in one file (run one by one).
 * Each row = OVH test/line + Orange RIP ND qualification. The peers get the Orange token fetched
 * once by the bench (elig fetches its own: one request more for elig). Peers have no rate limiter:
 * their 429s are counted and reported.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BenchRow } from './campaign-rows';
import { runCampaign } from './campaign-run';
import { ROOT, round, Row, sandboxAdmin } from './lib';

const exec = promisify(execFile);
const PEERS_DIR = path.join(ROOT, 'bench', '.peers');
const BRUNO_VERSION = '4.1.0';
const PARALLEL = 16;
const OVH_PATH = '/1.0/connectivity/eligibility/test/line';
const RIP_PATH = '/ripoperatoreligibility/v1/productRIPQualification';
const ripBody = (nd: string) => JSON.stringify({ contextType: 'nd', category: { name: 'ftth' }, publicKey: { name: 'nd', value: nd } });

interface PeerOpts { dir: string; url: string; rows: BenchRow[]; env: Record<string, string>; log(s: string): void; base(input: string, report: string): string[] }
interface Counters { quota429s: number; statusCounts: Record<string, number>; perApi: Record<string, { requests: number }> }
interface Timed { ms: number; ok: boolean; why?: string; c?: Counters }

async function token(url: string): Promise<string> {
  const res = await fetch(`${url}/oauth/v3/token`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from('sandbox-client-id:sandbox-client-secret').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Resets the sandbox (counters and tokens), lets `prepare` write the peer's files with a fresh token, then times `fn`. */
async function timed(url: string, fn: () => Promise<void>, prepare?: (tok: string) => void): Promise<Timed> {
  await sandboxAdmin(url, 'reset', {});
  if (prepare) prepare(await token(url));
  const t0 = performance.now();
  try { await fn(); } catch (e) { return { ms: performance.now() - t0, ok: false, why: String((e as { stderr?: string }).stderr || (e as Error).message).split('\n').filter(Boolean).slice(-2).join(' / ').slice(0, 200) }; }
  const ms = performance.now() - t0;
  return { ms, ok: true, c: await sandboxAdmin(url, 'counters') as Counters };
}

/** bench/.peers/node_modules/.bin/bru, installed with npm on first use; undefined + why when it cannot be. */
async function bruno(log: (s: string) => void): Promise<{ bin?: string; why?: string }> {
  const bin = path.join(PEERS_DIR, 'node_modules', '.bin', 'bru');
  if (fs.existsSync(bin)) return { bin };
  log(`installing @usebruno/cli@${BRUNO_VERSION} into bench/.peers (once; not a project dependency)`);
  fs.mkdirSync(PEERS_DIR, { recursive: true });
  if (!fs.existsSync(path.join(PEERS_DIR, 'package.json'))) fs.writeFileSync(path.join(PEERS_DIR, 'package.json'), '{"name":"elig-bench-peers","private":true}\n');
  try {
    await exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `@usebruno/cli@${BRUNO_VERSION}`], { cwd: PEERS_DIR, timeout: 600_000 });
  } catch (e) { return { why: `npm install @usebruno/cli@${BRUNO_VERSION} failed: ${String((e as { stderr?: string }).stderr ?? e).split('\n').filter(Boolean).slice(-1)[0]}` }; }
  return fs.existsSync(bin) ? { bin } : { why: 'npm installed @usebruno/cli but no bru binary' };
}

/** A Bruno collection: two requests, the row's `nd`/`status` from the CSV, base URL and token from the environment. */
function brunoCollection(dir: string, url: string, tok: string): string {
  const c = path.join(dir, 'bruno');
  fs.mkdirSync(path.join(c, 'environments'), { recursive: true });
  fs.writeFileSync(path.join(c, 'bruno.json'), JSON.stringify({ version: '1', name: 'elig-bench', type: 'collection' }));
  fs.writeFileSync(path.join(c, 'environments', 'sandbox.bru'), `vars {\n  base: ${url}\n  token: ${tok}\n}\n`);
  const req = (seq: number, name: string, p: string, headers: string, body: string) =>
    `meta {\n  name: ${name}\n  type: http\n  seq: ${seq}\n}\n\npost {\n  url: {{base}}${p}\n  body: json\n  auth: none\n}\n\nheaders {\n${headers}}\n\nbody:json {\n  ${body}\n}\n`;
  fs.writeFileSync(path.join(c, '1-ovh-line.bru'), req(1, 'ovh line', OVH_PATH, '  Accept: application/json\n', '{"lineNumber": "{{nd}}", "status": "{{status}}"}'));
  fs.writeFileSync(path.join(c, '2-rip-nd.bru'), req(2, 'rip nd', RIP_PATH, '  Accept: application/json\n  Authorization: Bearer {{token}}\n', ripBody('{{nd}}')));
  return c;
}

function httpRequest(url: string, tok: string, r: BenchRow, which: 'ovh' | 'rip'): string {
  return which === 'ovh'
    ? `POST ${url}${OVH_PATH}\nContent-Type: application/json\nAccept: application/json\n\n${JSON.stringify({ lineNumber: r.nd, status: r.status })}\n`
    : `POST ${url}${RIP_PATH}\nContent-Type: application/json\nAccept: application/json\nAuthorization: Bearer ${tok}\n\n${ripBody(r.nd)}\n`;
}

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', d => { err = (err + d).slice(-4000); });
    const kill = setTimeout(() => child.kill('SIGKILL'), 900_000);
    child.on('exit', code => { clearTimeout(kill); if (code === 0 || code === 1) resolve(); else reject(Object.assign(new Error(`exit ${code}`), { stderr: err })); });
    child.on('error', e => { clearTimeout(kill); reject(e); });
  });
}

export async function benchPeers(o: PeerOpts): Promise<Row[]> {
  const { dir, url, rows, log } = o;
  const n = rows.length, requests = n * 2;
  log(`peers: ${n} rows (${requests} requests) for elig, Bruno CLI, httpYac`);
  const input = path.join(dir, `peers-${n}.csv`);
  fs.writeFileSync(input, 'id,nd,status\n' + rows.map(r => `${r.id},${r.nd},${r.status}\n`).join(''));
  // elig on these rows
  const elig = await timed(url, async () => { const r = await runCampaign([...o.base(input, 'peers.csv'), '--quiet', '--fresh'], o.env, dir); if (r.code !== 0 && r.code !== 1 && r.code !== 2) throw new Error(`elig exit ${r.code}: ${r.stderr}`); });
  // Bruno
  const b = await bruno(log);
  let bru: Timed = { ms: NaN, ok: false, why: b.why };
  if (b.bin) {
    const coll = path.join(dir, 'bruno');
    bru = await timed(url, () => run(b.bin!, ['run', '--env', 'sandbox', '--csv-file-path', input, '--reporter-json', path.join(dir, 'bru.json')], coll), tok => brunoCollection(dir, url, tok));
  }
  // httpYac: one request per file, --parallel; then all in one file
  const yacBin = path.join(ROOT, 'node_modules', '.bin', 'httpyac');
  const many = path.join(dir, 'yac-files');
  fs.mkdirSync(many, { recursive: true });
  const yacMany = await timed(url, () => run(yacBin, ['send', path.join(many, '*.http'), '--all', '--parallel', String(PARALLEL), '-o', 'none', '--silent'], dir), tok => rows.forEach((r, i) => {
    fs.writeFileSync(path.join(many, `${String(i).padStart(6, '0')}-ovh.http`), httpRequest(url, tok, r, 'ovh'));
    fs.writeFileSync(path.join(many, `${String(i).padStart(6, '0')}-rip.http`), httpRequest(url, tok, r, 'rip'));
  }));
  const one = path.join(dir, 'yac-one.http');
  const yacOne = await timed(url, () => run(yacBin, ['send', one, '--all', '--parallel', String(PARALLEL), '-o', 'none', '--silent'], dir), tok =>
    fs.writeFileSync(one, rows.flatMap((r, i) => [`### ovh ${i}\n${httpRequest(url, tok, r, 'ovh')}`, `### rip ${i}\n${httpRequest(url, tok, r, 'rip')}`]).join('\n')));

  const seen = (t: Timed) => (t.c ? Object.entries(t.c.statusCounts).map(([s, k]) => `${k}×${s}`).join(' ') + ' incl. admin calls' : '');
  const sent = (t: Timed) => (t.c ? (t.c.perApi.ovh?.requests ?? 0) + (t.c.perApi['orange-rip']?.requests ?? 0) : 0);
  const ratio = (p: Timed) => (p.ok ? round(elig.ms / p.ms, 3) : NaN);
  const peerRow = (id: string, metric: string, p: Timed, label: string): Row => ({
    id, metric, value: ratio(p), unit: '×', budget: 'informative (< 1: elig faster)',
    note: p.ok ? `elig ${round(elig.ms / 1000, 1)} s, ${label} ${round(p.ms / 1000, 1)} s; ${label} sent ${sent(p)} requests (${seen(p)}), ${p.c!.quota429s} × 429` : `${label} could not run: ${p.why}`,
  });
  return [
    { id: '12g', metric: `elig campaign, ${n} rows = ${requests} requests (+1 token), same sandbox and quota`, value: round(elig.ms / 1000, 2), unit: 's', budget: 'informative',
      note: elig.ok ? `whole CLI run, C=16, --rate ovh=100/s orange=100/s; ${sent(elig)} API requests + ${elig.c!.perApi['orange-token']?.requests ?? 0} token (${seen(elig)}), ${elig.c!.quota429s} × 429` : `failed: ${elig.why}` },
    peerRow('12h', `elig time / Bruno CLI time (bru run --csv-file-path, ${n} iterations of 2 requests)`, bru, `bru ${BRUNO_VERSION}`),
    peerRow('12i', `elig time / httpYac time, one request per file (${requests} files, --parallel ${PARALLEL})`, yacMany, 'httpYac'),
    peerRow('12j', `elig time / httpYac time, all ${requests} requests in one file (httpYac runs them one by one; the old comparison's layout)`, yacOne, 'httpYac'),
  ];
}
