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
  const t0 = performance.now();
  for (const [name, fn] of sections) {
    if (only && !only.includes(name)) continue;
    const t = performance.now();
    try { rows.push(...await fn()); } catch (e) {
      rows.push({ id: name, metric: `${name}: benchmark failed`, value: NaN, unit: '', budget: 'runs', pass: false, note: String((e as Error).message).split('\n')[0] });
    }
    process.stderr.write(`[bench] ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  rows.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const machine = { cores: ctx.cores, cpu: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.arch()}`, memGiB: Math.round(os.totalmem() / 2 ** 30) };
  console.log(`Eligibility Explorer benchmarks — ${machine.cores} cores (${machine.cpu}), ${machine.node}, repeats ${ctx.repeats}\n`);
  console.log(printTable(rows));
  const failed = rows.filter(r => r.pass === false);
  console.log(`\n${rows.filter(r => r.pass).length} within budget, ${failed.length} over budget, ${rows.filter(r => r.pass === undefined).length} informative; ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify({ date: new Date().toISOString(), machine, repeats: ctx.repeats, rows }, null, 2) + '\n');
  process.exitCode = failed.length ? 1 : 0;
}

main();
