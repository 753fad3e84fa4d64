/**
 * 1. Bulk replay at the physical limit (concurrency C, then rate limit R), in-process runner
 *    against a sandbox in its own process with 50 ± 10 ms of latency.
 * 2. Side by side with httpYac: the same searches, both tools as CLIs, same sandbox, same run.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createSharedState } from '../src/core/apis/operation';
import { credentialHomes } from '../src/core/requests/endpoints';
import { createRunHttp } from '../src/core/requests/http';
import { loadRun } from '../src/core/requests/load';
import { runRequests } from '../src/core/requests/runner';
import { sandboxTarget } from '../src/core/target';
import { BenchContext, CLI, median, ROOT, round, Row, sandboxAdmin, startSandboxProcess } from './lib';
import { writeMixedWorkload, writeSearchWorkload } from './workload';

const run = promisify(execFile);
const LATENCY = 50, JITTER = 10;

interface Counters { requests: number; quota429s: number; statusCounts: Record<string, number> }

/** Median round trip of one request at concurrency 1 (latency + loopback + server work). */
export async function measureRtt(url: string): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    const r = await fetch(`${url}/1.0/connectivity/eligibility/search/cities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ zipCode: `9140${i % 10}` }) });
    await r.text();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

async function replayOnce(url: string, dir: string, concurrency: number, rate?: number) {
  const loaded = loadRun([dir], { cwd: ROOT, processEnv: {} });
  if (loaded.errors.length) throw new Error(loaded.errors.join('\n'));
  const target = sandboxTarget(url);
  const { http } = createRunHttp({ homes: credentialHomes(target), ratePerSec: rate });
  await sandboxAdmin(url, 'reset', {});
  const t0 = performance.now();
  const outcomes = await runRequests(loaded.items, { ctx: { http, target, state: createSharedState() }, concurrency });
  const seconds = (performance.now() - t0) / 1000;
  http.dispose();
  const c = await sandboxAdmin(url, 'counters') as Counters;
  return { seconds, outcomes, counters: c, wrong: outcomes.filter(o => !o.ok || !o.passed).length };
}

export async function benchReplay(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const total = ctx.quick ? 200 : 500;
  const w = writeMixedWorkload(total);
  const C = 16, R = 150;
  const latency = ['--latency', String(LATENCY), '--jitter', String(JITTER), '--pending-polls', '1'];
  // (a) concurrency C, no rate limit: bound = C / RTT (HTTP round trips per second)
  let rtt = 0;
  {
    const sb = await startSandboxProcess(latency);
    try {
      rtt = await measureRtt(sb.url);
      const a = [];
      for (let i = 0; i < ctx.repeats; i++) a.push(await replayOnce(sb.url, w.dir, C));
      const aMed = a.sort((x, y) => x.seconds - y.seconds)[a.length >> 1];
      const achievedA = aMed.counters.requests / aMed.seconds, boundA = C / (rtt / 1000);
      rows.push({ id: '1a', metric: `replay ${total} mixed requests, concurrency ${C}`, value: round(achievedA / boundA, 2), unit: '× bound',
        budget: '≥ 0.9, all correct', pass: achievedA >= 0.9 * boundA && aMed.wrong === 0,
        note: `${Math.round(achievedA)} HTTP req/s vs bound ${Math.round(boundA)} (C/RTT, RTT ${round(rtt)} ms); ${aMed.counters.requests} round trips (polls incl.), ${round(aMed.seconds, 2)} s, ${aMed.wrong} wrong` });
    } finally { await sb.stop(); }
  }
  // (b) rate limit R (HTTP requests/s, polls and tokens included), the sandbox's per-API quota at R
  {
    const quota = ['ovh', 'orange-b2b', 'orange-rip', 'orange-token'].flatMap(api => ['--fault', `quota,api=${api},rps=${R}`]);
    const sb = await startSandboxProcess([...latency, ...quota]);
    try {
      const b = [];
      for (let i = 0; i < ctx.repeats; i++) b.push(await replayOnce(sb.url, w.dir, 64, R));
      const bMed = b.sort((x, y) => x.seconds - y.seconds)[b.length >> 1];
      const achievedB = bMed.counters.requests / bMed.seconds, boundB = Math.min(R, 64 / (rtt / 1000));
      const q429 = Math.max(...b.map(x => x.counters.quota429s));
      rows.push({ id: '1b', metric: `replay ${total} mixed requests, --rate ${R}/s (quota ${R}/s)`, value: round(achievedB / boundB, 2), unit: '× bound',
        budget: '≥ 0.9, 0 × 429, all correct', pass: achievedB >= 0.9 * boundB && q429 === 0 && bMed.wrong === 0,
        note: `${Math.round(achievedB)} req/s vs bound ${Math.round(boundB)} = min(R, C/RTT), C 64; quota 429s: ${q429}; ${bMed.wrong} wrong` });
    } finally { await sb.stop(); }
  }
  fs.rmSync(w.dir, { recursive: true, force: true });
  rows.push(...await benchVsHttpyac(ctx));
  return rows;
}

async function timeCli(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const t0 = performance.now();
  await run(cmd, args, { env: { ...process.env, ...env }, cwd, maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - t0;
}

async function benchVsHttpyac(ctx: BenchContext): Promise<Row[]> {
  const n = ctx.quick ? 100 : 300;
  const w = writeSearchWorkload(n);
  const sb = await startSandboxProcess(['--latency', String(LATENCY), '--jitter', String(JITTER), '--pending-polls', '0']);
  const httpyac = path.join(ROOT, 'node_modules', '.bin', 'httpyac');
  const env = { ELIG_OVH_ENDPOINT: sb.url, NO_COLOR: '1' };
  const elig = (c: number) => timeCli(process.execPath, [CLI, 'run', w.eligFile, '--concurrency', String(c), '--reporter', 'json', '--out', path.join(w.dir, 'r.json'), '--quiet'], env, w.dir);
  const yac = (c: number) => timeCli(httpyac, ['send', w.httpFile, '--all', '--parallel', String(c), '--var', `base=${sb.url}`, '-o', 'none', '--silent'], env, w.dir);
  try {
    // correctness first: both tools see n × 200
    await sandboxAdmin(sb.url, 'reset', {});
    await elig(8);
    const cE = await sandboxAdmin(sb.url, 'counters') as Counters;
    await sandboxAdmin(sb.url, 'reset', {});
    await yac(8);
    const cY = await sandboxAdmin(sb.url, 'counters') as Counters;
    const sends = (c: Counters) => c.statusCounts['200'] ?? 0;
    const levels = ctx.quick ? [8, 32] : [1, 8, 32, 64];
    const tE: Record<number, number> = {}, tY: Record<number, number> = {};
    for (const c of levels) {
      const e: number[] = [], y: number[] = [];
      for (let i = 0; i < ctx.repeats; i++) { e.push(await elig(c)); y.push(await yac(c)); }
      tE[c] = median(e); tY[c] = median(y);
    }
    const eq = 32;
    const bestE = Math.min(...Object.values(tE)), bestY = Math.min(...Object.values(tY));
    const bestEc = levels.find(c => tE[c] === bestE), bestYc = levels.find(c => tY[c] === bestY);
    return [
      { id: '2a', metric: `elig / httpYac time, ${n} searches, both at concurrency ${eq}`, value: round(tE[eq] / tY[eq], 2), unit: '×',
        budget: '< 1 (elig faster)', pass: tE[eq] < tY[eq],
        note: `elig ${Math.round(tE[eq])} ms, httpYac ${Math.round(tY[eq])} ms (whole CLI runs); 200s seen: elig ${sends(cE)}, httpYac ${sends(cY)} of ${n}` },
      { id: '2b', metric: `elig / httpYac time, each at its best concurrency`, value: round(bestE / bestY, 2), unit: '×',
        budget: '< 1 (elig faster)', pass: bestE < bestY,
        note: `elig ${Math.round(bestE)} ms @${bestEc}, httpYac ${Math.round(bestY)} ms @${bestYc}; levels ${levels.join('/')}` },
    ];
  } finally { await sb.stop(); fs.rmSync(w.dir, { recursive: true, force: true }); }
}
