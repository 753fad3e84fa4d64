/**
 * 8. Compare (issue 11), sandbox in its own process with 50 ± 10 ms latency (40–60 ms, uniform):
 *  8a one compare of a text address: wall time vs the longest single-API chain measured in the same run
 *     (each API alone, interleaved with the full compares), HTTP calls counted, no call repeated.
 *  8b 2,000 generated addresses compared at concurrency 16 (the one scheduler), cells vs the dataset's
 *     ground truth: 0 wrong.
 */
import { createSharedState } from '../src/core/apis/operation';
import { compare, COMPARE_APIS, type CompareApi, type CompareResult } from '../src/core/compare';
import { credentialHomes } from '../src/core/requests/endpoints';
import { createRunHttp } from '../src/core/requests/http';
import { schedule } from '../src/core/schedule/scheduler';
import { sandboxTarget } from '../src/core/target';
import { GroundTruth } from '../src/sandbox/dataset/ground-truth';
import { BenchContext, median, round, Row, sandboxAdmin, startSandboxProcess } from './lib';

const PLACE = '1 RUE DES EXEMPLES, 69003 LYON';
const POLL = { initialDelayMs: 5, maxDelayMs: 50, deadlineMs: 60000 };
interface Counters { requests: number; requestsPerPath: Record<string, number> }

function calls(r: CompareResult): string[] {
  return COMPARE_APIS.flatMap(a => r.resolved[a].calls.map(c => `${a} ${c.call.operation} ${JSON.stringify(c.call.params)}`));
}

function wrong(r: CompareResult, t: ReturnType<GroundTruth['matrix']>): number {
  if (!t) return 18;
  let n = 0;
  for (const row of r.matrix) for (const a of COMPARE_APIS) {
    const got = row.cells[a], want = t[row.technology][a];
    if (got.status !== want.status || (want.offers && JSON.stringify([...got.offers].sort()) !== JSON.stringify(want.offers))) n++;
  }
  return n;
}

export async function benchCompare(ctx: BenchContext): Promise<Row[]> {
  const sb = await startSandboxProcess(['--latency', '40', '--jitter', '20']);
  const target = sandboxTarget(sb.url);
  const { http } = createRunHttp({ homes: credentialHomes(target) });
  const run = { http, target, state: createSharedState(), poll: POLL };
  try {
    // ---- 8a: one compare vs each chain alone, interleaved, warm tokens
    await compare(PLACE, { ctx: run });
    const walls: number[] = [];
    const alone: Record<CompareApi, number[]> = { ovh: [], 'orange-b2b': [], 'orange-rip': [] };
    let logical = 0, repeated = 0, httpRequests = 0;
    const n = ctx.quick ? 5 : 11;
    for (let i = 0; i < n; i++) {
      await sandboxAdmin(sb.url, 'reset', {});
      const before = (await sandboxAdmin(sb.url, 'counters') as Counters).requests;
      let t = performance.now();
      const r = await compare(PLACE, { ctx: run });
      walls.push(performance.now() - t);
      const after = (await sandboxAdmin(sb.url, 'counters') as Counters).requests;
      const keys = calls(r);
      logical = keys.length; repeated = keys.length - new Set(keys).size; httpRequests = after - before - 1; // minus the counters call itself
      for (const api of COMPARE_APIS) {
        t = performance.now();
        await compare(PLACE, { ctx: run, apis: [api] });
        alone[api].push(performance.now() - t);
      }
    }
    const wall = median(walls);
    const chains = Object.fromEntries(COMPARE_APIS.map(a => [a, median(alone[a])])) as Record<CompareApi, number>;
    const longest = Math.max(...Object.values(chains));
    const ratio = wall / longest;

    // ---- 8b: 2,000 addresses at concurrency 16 through the scheduler, vs the ground truth
    const truth = new GroundTruth();
    const list = truth.sample(Number(process.env.ELIG_BENCH_COMPARE_N) || (ctx.quick ? 500 : 2000), 'bench');
    let wrongCells = 0, failedCompares = 0, errorCells = 0;
    let firstError = '';
    const batch = { ...run, state: createSharedState() }; // fresh token cache: the admin resets above forgot the sandbox's tokens
    const t0 = performance.now();
    await schedule(list, {
      http, concurrency: 16,
      run: async (a, io) => {
        try {
          const r = await compare(a.text, { ctx: { ...batch, http: io.http }, signal: io.signal, pick: 'first' });
          const w = wrong(r, truth.matrix(a.streetCode, a.number));
          for (const row of r.matrix) for (const x of COMPARE_APIS) {
            const c = row.cells[x];
            if (c.status === 'error') { errorCells++; firstError ||= `${x}: ${c.error?.message ?? ''}`; }
          }
          return w;
        } catch { failedCompares++; return 18; }
      },
      onComplete: w => { wrongCells += w; },
    });
    const batchS = (performance.now() - t0) / 1000;
    return [
      { id: '8a', metric: `compare of a text address (${PLACE}) / longest single-API chain, same run`, value: round(ratio, 2), unit: '×',
        budget: '≤ 1.2 ×', pass: ratio <= 1.2,
        note: `compare ${Math.round(wall)} ms; alone: OVH ${Math.round(chains.ovh)} ms, b2b ${Math.round(chains['orange-b2b'])} ms, RIP ${Math.round(chains['orange-rip'])} ms (medians of ${n}, latency 40–60 ms, 1 pending poll per OVH task)` },
      { id: '8a2', metric: 'compare: calls per place (HTTP requests incl. OVH polls), repeated calls', value: repeated, unit: 'repeated',
        budget: '0 repeated', pass: repeated === 0, note: `${logical} calls, ${httpRequests} HTTP requests (polls included)` },
      { id: '8b', metric: `${list.length} generated addresses compared at concurrency 16: wrong cells vs ground truth`, value: wrongCells, unit: 'cells',
        budget: '0 wrong', pass: wrongCells === 0 && failedCompares === 0,
        note: `${list.length * 18} cells, ${errorCells} error cells${firstError ? ` (first: ${firstError.slice(0, 80)})` : ''}, ${failedCompares} failed compares, ${round(batchS, 1)} s (${round(list.length / batchS, 1)} compares/s), the one scheduler` },
    ];
  } finally { http.dispose(); await sb.stop(); }
}
