/** 3. Token single flight: 100 concurrent Orange calls on an expired token, and a long replay. */
import { createSharedState, type RunContext } from '../src/core/apis/operation';
import { execute } from '../src/core/execute';
import { HttpClient } from '../src/core/http/client';
import { sandboxTarget } from '../src/core/target';
import { startSandbox } from '../src/sandbox';
import { Row } from './lib';

const poi = { api: 'orange-b2b' as const, operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' } };

export async function benchTokens(): Promise<Row[]> {
  const rows: Row[] = [];
  // (a) 100 concurrent calls right after every token was expired server-side (401 code 42 for all)
  {
    const sb = await startSandbox({ port: 0 });
    const http = new HttpClient({ maxSockets: 128 });
    try {
      const ctx: RunContext = { http, target: sandboxTarget(sb.url), state: createSharedState() };
      const first = await execute(ctx, poi);
      if (!first.ok) throw new Error(`warm-up failed: ${first.error?.message}`);
      sb.expireTokens();
      const before = sb.counters().tokenRequests;
      const results = await Promise.all(Array.from({ length: 100 }, () => execute(ctx, poi)));
      const tokenRequests = sb.counters().tokenRequests - before;
      const failed = results.filter(r => !r.ok).length;
      rows.push({ id: '3a', metric: '100 concurrent calls on an expired token: token requests', value: tokenRequests, unit: '',
        budget: '= 1 (and 100 ok)', pass: tokenRequests === 1 && failed === 0, note: `${100 - failed}/100 calls ok` });
    } finally { http.dispose(); await sb.close(); }
  }
  // (b) 1,000 calls, 20 at a time, with a 2 s token lifetime: ≤ 1 token request per lifetime
  {
    const lifetimeS = 2;
    const sb = await startSandbox({ port: 0, tokenLifetimeSec: lifetimeS, latencyMs: 20 });
    const http = new HttpClient({ maxSockets: 64 });
    try {
      const ctx: RunContext = { http, target: sandboxTarget(sb.url), state: createSharedState() };
      const t0 = performance.now();
      let next = 0, failed = 0;
      await Promise.all(Array.from({ length: 20 }, async () => {
        while (next++ < 1000) if (!(await execute(ctx, poi)).ok) failed++;
      }));
      const seconds = (performance.now() - t0) / 1000;
      const tokenRequests = sb.counters().tokenRequests;
      // a token is refreshed 10% before its end, so one per 0.9 lifetime, plus the first
      const allowed = Math.ceil(seconds / (lifetimeS * 0.9)) + 1;
      rows.push({ id: '3b', metric: '1,000-call replay: token requests', value: tokenRequests, unit: '',
        budget: `≤ 1 per lifetime (${allowed} for ${seconds.toFixed(1)} s)`, pass: tokenRequests <= allowed && failed === 0,
        note: `lifetime ${lifetimeS} s, ${failed} failed calls` });
    } finally { http.dispose(); await sb.close(); }
  }
  return rows;
}
