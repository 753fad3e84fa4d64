/**
 * `npm run bench`: every performance budget of the product, one table, written to bench/results.json.
 * Ratios are measured within the same run, medians over repeated runs; `--quick` for one repeat.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleRows } from './bundle';
import { benchCampaign } from './campaign';
import { benchContext, printTable, ROOT, Row } from './lib';
import { benchReplay } from './replay';
import { benchSandbox } from './sandbox';
import { benchTokens } from './tokens';

type Section = [string, () => Promise<Row[]> | Row[]];

async function main(): Promise<void> {
  const ctx = benchContext();
  const only = process.argv.find(a => a.startsWith('--only='))?.slice(7).split(',');
  const sections: Section[] = [
    ['replay', () => benchReplay(ctx)],
    ['campaign', () => benchCampaign(ctx)],
    ['tokens', () => benchTokens()],
    ['bundle', () => bundleRows()],
    ['sandbox', () => benchSandbox(ctx)],
    ['compare', async () => (await import('./compare')).benchCompare(ctx)],
    ['host', async () => (await import('./activation')).benchHost(ctx)],
    ['panel', async () => (await import('./panel')).benchPanel(ctx)],
  ];
  const rows: Row[] = [];
  const loadStart = os.loadavg().map(x => Math.round(x * 100) / 100);
  const t0 = performance.now();
  for (const [name, fn] of sections) {
    if (only && !only.includes(name)) continue;
    const t = performance.now();
    try { rows.push(...(await fn()).map(r => ({ ...r, section: name }))); } catch (e) {
      rows.push({ section: name, id: name, metric: `${name}: benchmark failed`, value: NaN, unit: '', budget: 'runs', pass: false, note: String((e as Error).message).split('\n')[0] });
    }
    process.stderr.write(`[bench] ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  rows.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const machine = { cores: ctx.cores, cpu: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.arch()}`, memGiB: Math.round(os.totalmem() / 2 ** 30) };
  console.log(`Eligibility Explorer benchmarks — ${machine.cores} cores (${machine.cpu}), ${machine.node}, repeats ${ctx.repeats}; load average ${loadStart.join(' ')} at the start, ${os.loadavg().map(x => x.toFixed(2)).join(' ')} at the end\n`);
  console.log(printTable(rows));
  const failed = rows.filter(r => r.pass === false);
  console.log(`\n${rows.filter(r => r.pass).length} within budget, ${failed.length} over budget, ${rows.filter(r => r.pass === undefined).length} informative; ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const file = path.join(ROOT, 'bench', 'results.json');
  const load = os.loadavg().map(x => Math.round(x * 100) / 100);
  const run = { date: new Date().toISOString(), sections: only ?? sections.map(([n]) => n), repeats: ctx.repeats, loadAverage: { start: loadStart, end: load }, argv: process.argv.slice(2) };
  // --only: rows not measured again stay as they were (each row keeps the date of its run)
  let kept: Row[] = [], runs: unknown[] = [];
  if (only && fs.existsSync(file)) {
    const old = JSON.parse(fs.readFileSync(file, 'utf8')) as { date?: string; rows?: (Row & { section?: string; measured?: string })[]; runs?: unknown[] };
    const ids = new Set(rows.map(r => r.id));
    kept = (old.rows ?? []).filter(r => !ids.has(r.id)).map(r => ({ ...r, measured: r.measured ?? old.date }));
    runs = old.runs ?? [];
  }
  const all = [...kept, ...rows.map(r => ({ ...r, measured: run.date }))].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  fs.writeFileSync(file, JSON.stringify({ date: run.date, machine, repeats: ctx.repeats, runs: [...runs, run].slice(-10), rows: all }, null, 2) + '\n');
  process.exitCode = failed.length ? 1 : 0;
}

main();
