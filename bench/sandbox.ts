/** 7. The sandbox itself: start-up time with the generated dataset, and requests/s on loopback. */
import http from 'node:http';
import { startSandbox } from '../src/sandbox';
import { BenchContext, median, round, Row, startSandboxProcess } from './lib';

async function startupMs(repeats: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < Math.max(5, repeats * 3); i++) {
    const s = await startSandbox({ port: 0, seed: i + 1 });
    xs.push(s.startupMs);
    await s.close();
  }
  return median(xs);
}

/** Fires `total` POSTs with `concurrency` keep-alive connections; returns requests/s. */
async function load(url: string, total: number, concurrency: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const u = new URL(`${url}/1.0/connectivity/eligibility/search/streets`);
  const body = JSON.stringify({ inseeCode: '91471' });
  const one = () => new Promise<void>((resolve, reject) => {
    const req = http.request({ agent, host: u.hostname, port: u.port, path: u.pathname, method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, res => {
      res.resume(); res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject); req.end(body);
  });
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => { while (next++ < total) await one(); }));
  const s = (performance.now() - t0) / 1000;
  agent.destroy();
  return total / s;
}

export async function benchSandbox(ctx: BenchContext): Promise<Row[]> {
  const start = await startupMs(ctx.repeats);
  const sb = await startSandboxProcess(['--pending-polls', '0']);
  try {
    await load(sb.url, 500, 16); // warm-up
    const rps: number[] = [];
    for (let i = 0; i < ctx.repeats; i++) rps.push(await load(sb.url, ctx.quick ? 3000 : 10000, 32));
    return [
      { id: '7a', metric: 'sandbox start-up (dataset included)', value: round(start), unit: 'ms', budget: '< 200 ms', pass: start < 200 },
      { id: '7b', metric: 'sandbox requests/s, loopback, no latency', value: Math.round(median(rps)), unit: 'req/s', budget: 'informative',
        note: `search/streets ORSAY, 32 keep-alive connections, separate process` },
    ];
  } finally { await sb.stop(); }
}
