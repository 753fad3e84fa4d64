/** Small helpers shared by the benchmarks: statistics, a child-process sandbox, the result table. */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
export function round(x: number, digits = 1): number { const f = 10 ** digits; return Math.round(x * f) / f; }

export interface Row {
  /** the bench section that measured it (run.ts adds it) */
  section?: string;
  id: string;
  metric: string;
  value: number;
  unit: string;
  /** human budget, e.g. "≥ 0.9 × bound" */
  budget: string;
  /** undefined: informative only */
  pass?: boolean;
  note?: string;
}

export interface BenchContext { cores: number; repeats: number; quick: boolean }
export function benchContext(): BenchContext {
  const quick = process.argv.includes('--quick');
  return { cores: os.cpus().length, repeats: quick ? 1 : 3, quick };
}

/** `elig sandbox ...` in its own process (so load generation does not share its event loop). */
export async function startSandboxProcess(args: string[]): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [CLI, 'sandbox', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', d => { err += d; });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', d => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', code => reject(new Error(`sandbox exited with ${code}: ${err}`)));
  });
  return {
    url, child,
    stop: () => new Promise(r => { if (child.exitCode !== null) return r(); child.once('exit', () => r()); child.kill('SIGTERM'); }),
  };
}

export async function sandboxAdmin(url: string, p: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${url}/_sandbox/${p}`, body === undefined ? {} : {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`/_sandbox/${p} → ${res.status} ${await res.text()}`);
  return res.json();
}

export function printTable(rows: Row[]): string {
  const cells = rows.map(r => [r.id, r.metric, `${r.value} ${r.unit}`, r.budget, r.pass === undefined ? 'info' : r.pass ? 'PASS' : 'FAIL', r.note ?? '']);
  const head = ['#', 'metric', 'value', 'budget', 'verdict', 'note'];
  const w = head.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(w[i])).join('  ').trimEnd();
  return [line(head), line(w.map(n => '-'.repeat(n))), ...cells.map(line)].join('\n');
}
