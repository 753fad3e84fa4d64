/**
 * Issue 12 budgets for `elig campaign`: the product's CLI as a process against the sandbox in its
 * own process (latency 50 ± 10 ms, quota Q req/s per API family; per row a template with one OVH
 * test/line and one Orange RIP ND qualification, rows = real lines of the generated world):
 *  12a/b throughput per family over the sending phase (the sandbox's first → last arrival of that
 *        family) vs the bound min(Q, (C/2) / RTT), RTT measured in the same run; start-up and report
 *        writing reported apart; 12c 429s and rows complete in order; 12c2 wrong rows vs the dataset;
 *  12d   peak RSS of a BIG-row campaign vs the N-row run, 12e --resume start-up on its journal
 *        (time to the first new request): see campaign-big.ts for how the big one is made;
 *  12f   kill -9 at ~50 % then --resume: lost, duplicated, re-sent (in flight at the kill);
 *  12g+  peers on the same rows and sandbox (campaign-peers.ts).
 * Sizes: --campaign-rows N (default 10,000; --quick 2,000), --campaign-big-rows N (default 100,000;
 * --quick 10,000), --peer-rows N (default 300; --quick 100); `--only=campaign` runs just this section;
 * `--campaign-parts=big,kill,peers` (default all three; 12a–c2 always run); `sent` adds 12d2: the
 * N and BIG campaigns sent in full against a sandbox without latency or quota (long: BIG × 2 requests);
 * `--campaign-parts=sent` alone runs only 12d2.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBig } from './campaign-big';
import { benchPeers } from './campaign-peers';
import { benchRows, expectedOf, wrongRows, writeRows } from './campaign-rows';
import { cliEnv, runCampaign, TEMPLATE } from './campaign-run';
import { BenchContext, round, Row, sandboxAdmin, startSandboxProcess } from './lib';
import { measureRtt } from './replay';

export const LATENCY = 50, JITTER = 10, QUOTA = 100, C = 16;
export const LATENCY_ARGS = ['--latency', String(LATENCY), '--jitter', String(JITTER), '--pending-polls', '0'];
export const QUOTA_ARGS = ['ovh', 'orange-rip', 'orange-token'].flatMap(api => ['--fault', `quota,api=${api},rps=${QUOTA}`]);

interface PerApi { requests: number; firstMs: number; lastMs: number }
interface Counters { requestsPerPath: Record<string, number>; quota429s: number; statusCounts: Record<string, number>; perApi: Record<string, PerApi> }
interface BodyCounts { histogram: Record<string, Record<string, number>>; repeated: { family: string; times: number; body?: string }[] }

const flag = (name: string): number | undefined => {
  const i = process.argv.findIndex(a => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const v = process.argv[i].includes('=') ? process.argv[i].split('=')[1] : process.argv[i + 1];
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive whole number (got ${v})`);
  return n;
};
const k = (n: number) => n.toLocaleString('en');

export async function benchCampaign(ctx: BenchContext): Promise<Row[]> {
  const N = flag('campaign-rows') ?? Number(process.env.CAMPAIGN_ROWS ?? (ctx.quick ? 2000 : 10000));
  const BIG = flag('campaign-big-rows') ?? Number(process.env.CAMPAIGN_BIG_ROWS ?? (ctx.quick ? 10000 : 100000));
  const PEERS = flag('peer-rows') ?? (ctx.quick ? 100 : 300);
  const parts = (process.argv.find(a => a.startsWith('--campaign-parts='))?.split('=')[1] ?? 'big,kill,peers').split(',');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elig-bench-campaign-'));
  const log = (s: string) => process.stderr.write(`[bench campaign] ${s}\n`);
  fs.writeFileSync(path.join(dir, 't.elig.json'), TEMPLATE);
  const needBig = parts.includes('big') || parts.includes('sent');
  const all = benchRows(needBig ? Math.max(N, BIG) : N);
  const rows = all.slice(0, N);
  const input = path.join(dir, `in-${N}.csv`), bigInput = path.join(dir, `in-${BIG}.csv`);
  writeRows(input, rows);
  if (needBig) writeRows(bigInput, all.slice(0, BIG));
  const out: Row[] = [];
  if (parts.join() === 'sent') { // only 12d2: no latency sandbox, no 12a
    try { return [await benchSent(dir, input, bigInput, N, BIG, log)]; } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  }
  const expected = expectedOf(rows);
  const sb = await startSandboxProcess([...LATENCY_ARGS, ...QUOTA_ARGS]);
  const env = cliEnv(sb.url);
  const base = (inp: string, report: string) => [inp, '--request', 't.elig.json', '--rate', `ovh=${QUOTA}/s`, '--rate', `orange=${QUOTA}/s`, '--concurrency', String(C), '--out', report];
  try {
    const rtt = await measureRtt(sb.url);
    const bound = Math.min(QUOTA, (C / 2) / (rtt / 1000)); // C slots shared by two families
    // ---- 12a–c2: throughput, 429s, order, ground truth
    log(`throughput: ${k(N)} rows (RTT ${round(rtt)} ms, bound ${round(bound)} req/s per family)`);
    await sandboxAdmin(sb.url, 'reset', {});
    const r = await runCampaign([...base(input, 'a.csv'), '--quiet', '--fresh'], env, dir);
    const c = await sandboxAdmin(sb.url, 'counters') as Counters;
    const fam = (f: string) => c.perApi[f] ?? { requests: 0, firstMs: NaN, lastMs: NaN };
    const phase = (f: string) => { const a = fam(f); return a.requests > 1 ? (a.requests - 1) / ((a.lastMs - a.firstMs) / 1000) : NaN; };
    const ovh = phase('ovh'), rip = phase('orange-rip');
    const first = Math.min(...Object.values(c.perApi).map(a => a.firstMs)), last = Math.max(...Object.values(c.perApi).map(a => a.lastMs));
    const startup = first - r.spawnedAt, writing = r.exitedAt - last;
    const check = await wrongRows(path.join(dir, 'a.csv'), rows, expected);
    const phaseNote = `sending phase ${round((last - first) / 1000)} s; before the first request ${round(startup / 1000, 2)} s (Node start, input hash, plan), after the last one ${round(writing / 1000, 2)} s (last answer, reports); whole process ${round(r.ms / 1000)} s = ${round(N * 2 / (r.ms / 1000) / 2)} req/s per family; exit ${r.code}`;
    out.push({ id: '12a', metric: `campaign ${k(N)} rows (OVH test/line + RIP ND per row), C=${C}, quota ${QUOTA}/s per family: OVH req/s over the sending phase`, value: round(ovh), unit: 'req/s',
      budget: `≥ 0.9 × ${round(bound)}`, pass: ovh >= 0.9 * bound, note: `${round(ovh / bound, 2)} × bound min(${QUOTA}, ${C / 2}/RTT ${round(rtt)} ms); ${phaseNote}` });
    out.push({ id: '12b', metric: 'the same: Orange RIP req/s over the sending phase (+1 token request)', value: round(rip), unit: 'req/s', budget: `≥ 0.9 × ${round(bound)}`, pass: rip >= 0.9 * bound,
      note: `${round(rip / bound, 2)} × bound; requests: OVH ${fam('ovh').requests}, RIP ${fam('orange-rip').requests}, token ${fam('orange-token').requests}; peak RSS ${round(r.peakRssMb)} MB` });
    out.push({ id: '12c', metric: 'the same: 429 answers; report rows complete and in input order', value: c.quota429s, unit: '× 429', budget: '0 × 429, all rows in order',
      pass: c.quota429s === 0 && check.seen === N && check.order, note: `${check.seen}/${N} rows, order ${check.order ? 'ok' : 'WRONG'}; statuses ${JSON.stringify(c.statusCounts)}` });
    out.push({ id: '12c2', metric: 'the same: report rows wrong against the dataset (best, eligible codes, error per API)', value: check.wrong, unit: 'rows', budget: '0 wrong', pass: check.wrong === 0,
      note: `ground truth from src/sandbox/dataset directly; ${expected.filter(e => e.ovh.error || e.rip.error).length} rows expected to end in an API error (unknown NDs)${check.examples.length ? `; e.g. ${check.examples.join(' | ')}` : ''}` });

    // ---- 12d, 12e: the big campaign (campaign-big.ts), same sandbox and settings
    if (parts.includes('big')) {
      out.push(...await benchBig({ dir, url: sb.url, env, bigInput, bigRows: all.slice(0, BIG), template: TEMPLATE, sourceJournal: path.join(dir, 'a.csv.journal'), small: r, smallRows: N, args: base, log }));
    }
    if (parts.includes('kill')) out.push(await benchKill());
    // ---- 12g+: peers, same rows, same sandbox
    if (parts.includes('peers')) out.push(...await benchPeers({ dir, url: sb.url, rows: rows.slice(0, PEERS), env, log, base }));

    async function benchKill(): Promise<Row> {
    // ---- 12f: kill -9 at ~50 %, then --resume (same sandbox, counting every request by body)
    log(`kill -9 at ~50 % of ${k(N)} rows, then --resume`);
    await sandboxAdmin(sb.url, 'reset', {});
    await sandboxAdmin(sb.url, 'count-bodies', { on: true });
    const journal = path.join(dir, 'k.csv.journal');
    const killed = await runCampaign([...base(input, 'k.csv'), '--quiet', '--fresh'], env, dir, { journal, rows: Math.floor(N / 2) });
    const before = journaledNds(journal, rows);
    const res = await runCampaign([...base(input, 'k.csv'), '--quiet', '--resume'], env, dir);
    const bc = await sandboxAdmin(sb.url, 'body-counts') as BodyCounts;
    await sandboxAdmin(sb.url, 'count-bodies', { on: false });
    const resent = new Set<string>();
    for (const x of bc.repeated) { const nd = /"(?:lineNumber|value)":"(\d+)"/.exec(x.body ?? '')?.[1]; if (nd && x.family !== 'orange-token') resent.add(nd); }
    const resentJournaled = [...resent].filter(nd => before.has(nd)).length;
    const once = (f: string) => bc.histogram[f]?.['1'] ?? 0;
    const kcheck = await wrongRows(path.join(dir, 'k.csv'), rows, expected);
    const ids = reportIds(path.join(dir, 'k.csv'));
    const uniq = new Set(ids);
    return { id: '12f', metric: `kill -9 at ~50 % of ${k(N)} rows, then --resume: rows lost + duplicated in the report`, value: (N - uniq.size) + (ids.length - uniq.size), unit: 'rows',
      budget: '0 lost, 0 duplicated; no journaled row sent again', pass: killed.code === null && uniq.size === N && ids.length === N && resentJournaled === 0 && kcheck.order && kcheck.wrong === 0,
      note: `killed: ${killed.code === null ? `yes, ${before.size} rows journaled` : `no (exit ${killed.code})`}; resume exit ${res.code} (2 = some rows end in an API error, as expected); ${resent.size} rows re-sent (in flight at the kill, no result yet), ${resentJournaled} of them journaled; requests sent once: OVH ${once('ovh')}, RIP ${once('orange-rip')} of ${N}; ${kcheck.wrong} wrong rows after the resume` };
    }
  } finally { await sb.stop(); }
  try { if (parts.includes('sent')) out.push(await benchSent(dir, input, bigInput, N, BIG, log)); } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  return out;
}

/** 12d2: both sizes sent in full, no latency, no quota, C=32 (only the campaign's own costs). */
async function benchSent(dir: string, input: string, bigInput: string, N: number, BIG: number, log: (s: string) => void): Promise<Row> {
  const fast = await startSandboxProcess(['--pending-polls', '0']);
  try {
    const env = cliEnv(fast.url);
    const args = (inp: string, report: string) => [inp, '--request', 't.elig.json', '--concurrency', '32', '--out', report, '--quiet', '--fresh'];
    log(`sent in full: ${k(N)} rows then ${k(BIG)} rows, no latency`);
    const small = await runCampaign(args(input, 's1.csv'), env, dir);
    const big = await runCampaign(args(bigInput, 's2.csv'), env, dir);
    const ratio = big.peakRssMb / small.peakRssMb;
    return { id: '12d2', metric: `peak RSS, ${k(BIG)} rows vs ${k(N)} rows, every row sent (no latency, no quota, C=32)`, value: round(big.peakRssMb), unit: 'MB',
      budget: `≤ 200 MB and ≤ 1.15 × ${round(small.peakRssMb)}`, pass: big.peakRssMb <= 200 && ratio <= 1.15,
      note: `${round(ratio, 2)} ×; ${round(big.ms / 1000)} s for ${k(BIG)} rows (${round(BIG / (big.ms / 1000))} rows/s), ${round(small.ms / 1000)} s for ${k(N)}; exits ${small.code}/${big.code}` };
  } finally { await fast.stop(); }
}

function reportIds(file: string): string[] {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n').slice(1).filter(Boolean).map(l => l.split(',')[0]);
}

/** NDs of the rows a journal holds (read after the kill, before the resume). */
function journaledNds(journal: string, rows: { nd: string }[]): Set<string> {
  const out = new Set<string>();
  if (!fs.existsSync(journal)) return out;
  for (const line of fs.readFileSync(journal, 'utf8').split('\n').slice(1)) {
    const m = /^\{"i":(\d+),/.exec(line);
    if (m && line.endsWith('}')) out.add(rows[Number(m[1])].nd);
  }
  return out;
}


