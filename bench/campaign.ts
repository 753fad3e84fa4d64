/**
 * Issue 12 budgets for `elig campaign`, the product's own CLI against the sandbox in its own
 * process (latency 50 ± 10 ms, quota Q req/s per API family): throughput per family vs the bound
 * min(Q, C / RTT), 429s, rows wrong (a sample re-asked one by one), peak RSS at two sizes, kill -9
 * at ~50 % then --resume (lost / duplicated / re-sent), resume start-up on a large journal.
 * Sizes: CAMPAIGN_ROWS (default 10,000) and CAMPAIGN_BIG_ROWS (default 100,000); `--quick` uses 2,000 / 10,000.
 * Per row: a template with one OVH test/line and one Orange RIP qualification (both families).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchContext, CLI, round, Row, sandboxAdmin, startSandboxProcess } from './lib';

const LATENCY = 50, JITTER = 10, QUOTA = 100, C = 16;
const ENV = { ELIG_OVH_APPLICATION_KEY: 'sandbox-app-key', ELIG_OVH_APPLICATION_SECRET: 'sandbox-app-secret', ELIG_OVH_CONSUMER_KEY: 'sandbox-consumer-key',
  ELIG_ORANGE_CLIENT_ID: 'sandbox-client-id', ELIG_ORANGE_CLIENT_SECRET: 'sandbox-client-secret', ELIG_ORANGE_API_KEY: 'sandbox-api-key' };
const TEMPLATE = JSON.stringify({ requests: [
  { name: 'ovh line', api: 'ovh', operation: 'test/line', params: { lineNumber: '{{nd}}', status: 'active' } },
  { name: 'rip nd', api: 'orange-rip', operation: 'productRIPQualification', params: { contextType: 'nd', category: { name: 'ftth' }, publicKey: { name: 'nd', value: '{{nd}}' } } },
] });

const nd = (i: number) => `047${String(i * 4).padStart(7, '0')}`;

function writeInput(dir: string, n: number): string {
  const f = path.join(dir, `in-${n}.csv`);
  const out = fs.openSync(f, 'w');
  fs.writeSync(out, 'id,nd\n');
  for (let i = 0; i < n; i += 1000) fs.writeSync(out, Array.from({ length: Math.min(1000, n - i) }, (_, k) => `r${i + k},${nd(i + k)}`).join('\n') + '\n');
  fs.closeSync(out);
  return f;
}

interface CliRun { code: number | null; ms: number; peakRssMb: number; stderr: string }
/** Runs the CLI; peak RSS from /proc (sampled every 50 ms); `killAt` kills -9 once the journal has that many rows. */
function runCampaign(args: string[], url: string, cwd: string, killAt?: { journal: string; rows: number }): Promise<CliRun> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, 'campaign', ...args], { cwd, env: { ...process.env, ...ENV, ELIG_OVH_ENDPOINT: url, ELIG_ORANGE_BASE_URL: url }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '', peak = 0;
  child.stderr!.on('data', d => { stderr += d; });
  const timer = setInterval(() => {
    try { const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')); if (m) peak = Math.max(peak, Number(m[1]) / 1024); } catch { /* gone */ }
    if (killAt && fs.existsSync(killAt.journal)) {
      const lines = fs.readFileSync(killAt.journal, 'utf8').split('\n').length - 2;
      if (lines >= killAt.rows) { child.kill('SIGKILL'); killAt = undefined; }
    }
  }, 50);
  return new Promise(resolve => child.on('exit', code => { clearInterval(timer); resolve({ code, ms: performance.now() - t0, peakRssMb: peak, stderr }); }));
}

function reportRows(file: string): string[] {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n').slice(1).filter(Boolean).map(l => l.split(',')[0]);
}

export async function benchCampaign(ctx: BenchContext): Promise<Row[]> {
  const N = Number(process.env.CAMPAIGN_ROWS ?? (ctx.quick ? 2000 : 10000));
  const BIG = Number(process.env.CAMPAIGN_BIG_ROWS ?? (ctx.quick ? 10000 : 100000));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elig-bench-campaign-'));
  fs.writeFileSync(path.join(dir, 't.elig.json'), TEMPLATE);
  const rows: Row[] = [];
  const sb = await startSandboxProcess(['--latency', String(LATENCY), '--jitter', String(JITTER), '--pending-polls', '0',
    '--fault', `quota,api=ovh,rps=${QUOTA}`, '--fault', `quota,api=orange-rip,rps=${QUOTA}`, '--fault', `quota,api=orange-token,rps=${QUOTA}`]);
  try {
    const base = (input: string, out: string) => [input, '--request', 't.elig.json', '--rate', `ovh=${QUOTA}/s`, '--rate', `orange=${QUOTA}/s`, '--concurrency', String(C), '--out', out, '--quiet', '--fresh'];
    // 1. throughput, 429s, memory at N rows
    const input = writeInput(dir, N);
    await sandboxAdmin(sb.url, 'reset', {});
    const r = await runCampaign(base(input, 'a.csv'), sb.url, dir);
    const c = await sandboxAdmin(sb.url, 'counters') as { requestsPerPath: Record<string, number>; quota429s: number; statusCounts: Record<string, number> };
    const ovhReq = Object.entries(c.requestsPerPath).filter(([p]) => p.startsWith('/1.0/')).reduce((a, [, n]) => a + n, 0);
    const ripReq = Object.entries(c.requestsPerPath).filter(([p]) => p.startsWith('/ripoperatoreligibility/') || p.startsWith('/oauth/')).reduce((a, [, n]) => a + n, 0);
    const secs = r.ms / 1000;
    const rtt = LATENCY + JITTER / 2;
    const bound = Math.min(QUOTA, (C / 2) / (rtt / 1000)); // C slots shared by two families
    const ids = reportRows(path.join(dir, 'a.csv'));
    const wrongOrder = ids.some((id, i) => id !== `r${i}`);
    rows.push({ id: '12a', metric: `campaign ${N.toLocaleString('en')} rows (OVH test/line + RIP per row), C=${C}, quota ${QUOTA}/s per family: OVH req/s`, value: round(ovhReq / secs), unit: 'req/s', budget: `≥ 0.9 × ${round(bound)}`, pass: ovhReq / secs >= 0.9 * bound, note: `${round(secs)} s, exit ${r.code}` });
    rows.push({ id: '12b', metric: 'the same: Orange (RIP + token) req/s', value: round(ripReq / secs), unit: 'req/s', budget: `≥ 0.9 × ${round(bound)}`, pass: ripReq / secs >= 0.9 * bound });
    rows.push({ id: '12c', metric: 'the same: 429 answers / report rows in input order and complete', value: c.quota429s, unit: '× 429', budget: '0 × 429, all rows', pass: c.quota429s === 0 && ids.length === N && !wrongOrder, note: `${ids.length}/${N} rows, order ${wrongOrder ? 'WRONG' : 'ok'}` });
    // 2. memory: N vs BIG rows (no latency, no quota: only the campaign's own memory matters)
    const fast = await startSandboxProcess(['--pending-polls', '0']);
    try {
      const small = await runCampaign([...base(input, 'm1.csv').filter(a => !a.startsWith('ovh=') && !a.startsWith('orange=') && a !== '--rate'), '--concurrency', '32'], fast.url, dir);
      const big = await runCampaign([...base(writeInput(dir, BIG), 'm2.csv').filter(a => !a.startsWith('ovh=') && !a.startsWith('orange=') && a !== '--rate'), '--concurrency', '32'], fast.url, dir);
      rows.push({ id: '12d', metric: `peak RSS, ${BIG.toLocaleString('en')} rows vs ${N.toLocaleString('en')} rows`, value: round(big.peakRssMb), unit: 'MB', budget: `≤ 200 MB and ≤ 1.15 × ${round(small.peakRssMb)}`, pass: big.peakRssMb <= 200 && big.peakRssMb <= 1.15 * small.peakRssMb, note: `${round(big.ms / 1000)} s for ${BIG} rows` });
      // 3. resume start-up on the BIG-row journal: everything done, nothing to send
      const t = await runCampaign([...base(path.join(dir, `in-${BIG}.csv`), 'm2.csv').filter(a => a !== '--fresh' && a !== '--quiet'), '--resume'], fast.url, dir);
      const open = /journal: (\d+) rows done already/.exec(t.stderr);
      rows.push({ id: '12e', metric: `--resume on a ${BIG.toLocaleString('en')}-row journal (index the journal, write the reports)`, value: round(t.ms / 1000, 2), unit: 's', budget: '≤ 2 s start-up', pass: t.ms <= 2000 && !!open, note: `${open?.[1] ?? '?'} rows from the journal, process wall time incl. Node start` });
    } finally { await fast.stop(); }
    // 4. kill -9 at ~50 %, then resume
    await sandboxAdmin(sb.url, 'reset', {});
    const k = await runCampaign(base(input, 'k.csv'), sb.url, dir, { journal: path.join(dir, 'k.csv.journal'), rows: Math.floor(N / 2) });
    const res = await runCampaign([...base(input, 'k.csv').filter(a => a !== '--fresh'), '--resume'], sb.url, dir);
    const kc = await sandboxAdmin(sb.url, 'counters') as { requestsPerPath: Record<string, number> };
    const lines = kc.requestsPerPath['/1.0/connectivity/eligibility/test/line'] ?? 0;
    const kids = reportRows(path.join(dir, 'k.csv'));
    const lost = N - new Set(kids).size, dup = kids.length - new Set(kids).size;
    rows.push({ id: '12f', metric: `kill -9 at ~50 % of ${N.toLocaleString('en')} rows, then --resume: rows lost / duplicated in the report`, value: lost + dup, unit: 'rows', budget: '0 lost, 0 duplicated', pass: lost === 0 && dup === 0 && res.code === 0,
      note: `killed: ${k.code === null ? 'yes' : `no (exit ${k.code})`}; ${lines - N} OVH rows sent twice (in flight at the kill)` });
  } finally { await sb.stop(); fs.rmSync(dir, { recursive: true, force: true }); }
  return rows;
}
