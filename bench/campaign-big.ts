/**
 * 12d/12e: the 100,000-row campaign. Sending 200,000 requests takes this shared 2-core box longer
 * than a bench may (the throughput run's rows/s × 100,000), so the big campaign is a resume: its
 * journal holds BIG − 1 % rows, written by the product's own Journal (records of the N-row run,
 * re-numbered to the big input's rows), and the last 1 % are sent for real against the same
 * sandbox. What grows with rows (the journal index, reading the input, the BIG-row CSV and HTML
 * reports) is at full size; the sending part's memory is bounded by the scheduler's window.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Journal } from '../src/core/campaign/journal';
import { fingerprint } from '../src/core/campaign/run';
import type { BenchRow } from './campaign-rows';
import { CliRun, runCampaign } from './campaign-run';
import { round, Row, sandboxAdmin } from './lib';

interface PerApi { requests: number; firstMs: number; lastMs: number }

/** A journal for `bigInput` holding its first `done` rows, from the records of a finished journal (`source`). */
export function synthJournal(file: string, bigInput: string, template: string, source: string, rows: BenchRow[], done: number): void {
  const recs = fs.readFileSync(source, 'utf8').split('\n').slice(1).filter(l => l.endsWith('}')).map(l => JSON.parse(l) as Record<string, unknown> & { i: number; s: 'ok' | 'error' | 'bad' });
  if (!recs.length) throw new Error(`${source}: no rows to copy`);
  const j = Journal.create(file, { eligJournal: 1, campaign: { input: fingerprint(bigInput), mode: 'template', template, map: {} } });
  try {
    for (let i = 0; i < done; i++) {
      const { i: _i, s, ...rec } = recs[i % recs.length];
      const r = rows[i];
      j.append(i, s, { ...rec, id: r.id, line: i + 2, input: { id: r.id, nd: r.nd, status: r.status } });
    }
  } finally { j.close(); }
}

export async function benchBig(o: {
  dir: string; url: string; env: Record<string, string>; bigInput: string; bigRows: BenchRow[]; template: string; sourceJournal: string;
  small: CliRun; smallRows: number; args: (input: string, report: string) => string[]; log(s: string): void;
}): Promise<Row[]> {
  const BIG = o.bigRows.length, left = Math.ceil(BIG / 100), done = BIG - left;
  const k = (n: number) => n.toLocaleString('en');
  o.log(`big: ${k(BIG)}-row campaign, ${k(done)} rows from a journal, ${k(left)} sent`);
  const journal = path.join(o.dir, 'b.csv.journal');
  synthJournal(journal, o.bigInput, o.template, o.sourceJournal, o.bigRows, done);
  const mb = Math.round(fs.statSync(journal).size / 2 ** 20);
  await sandboxAdmin(o.url, 'reset', {});
  const t = await runCampaign([...o.args(o.bigInput, 'b.csv'), '--resume'], o.env, o.dir);
  const c = await sandboxAdmin(o.url, 'counters') as { perApi: Record<string, PerApi>; quota429s: number };
  const first = Math.min(...Object.values(c.perApi).map(a => a.firstMs));
  const startMs = first - t.spawnedAt;
  const opened = /journal: (\d+) rows done already/.exec(t.stderr);
  const reportRows = fs.readFileSync(path.join(o.dir, 'b.csv'), 'utf8').split('\r\n').length - 2;
  const ratio = t.peakRssMb / o.small.peakRssMb;
  return [
    { id: '12d', metric: `peak RSS, ${k(BIG)}-row campaign (${k(done)} from the journal, ${k(left)} sent, ${k(BIG)}-row report) vs the ${k(o.smallRows)}-row run (12a)`, value: round(t.peakRssMb), unit: 'MB',
      budget: `≤ 200 MB and ≤ 1.15 × ${round(o.small.peakRssMb)}`, pass: t.peakRssMb <= 200 && ratio <= 1.15 && reportRows === BIG,
      note: `${round(ratio, 2)} ×; same sandbox and settings as 12a; journal ${mb} MB (records of the 12a run, re-numbered); report ${k(reportRows)} rows; exit ${t.code}; ${c.quota429s} × 429` },
    { id: '12e', metric: `--resume on a ${k(done)}-row journal of a ${k(BIG)}-row input: process start → first new request`, value: round(startMs / 1000, 2), unit: 's', budget: '≤ 2 s',
      pass: startMs <= 2000 && opened?.[1] === String(done),
      note: `Node start, input hash, journal indexed (${opened?.[1] ?? '?'} rows, CLI said so at ${round((t.journalAt - t.spawnedAt) / 1000, 2)} s), ${k(done)} journaled rows skipped in the input; whole resume ${round(t.ms / 1000, 1)} s incl. sending ${k(left)} rows and writing the ${k(BIG)}-row report` },
  ];
}
