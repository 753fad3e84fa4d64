/**
 * A campaign: rows in, one record per row out through the journal, on the one scheduler.
 * Fresh, `resume` (rows already journaled are neither sent nor recorded again) and
 * `retryFailed` (only rows that ended in error run again) share one path. Cancelling stops
 * reading rows; rows in flight end unrecorded, so `resume` picks them up.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { HttpClient } from '../http/client';
import { schedule } from '../schedule/scheduler';
import type { InputRow } from './input';
import { readRows } from './input';
import { Journal, JournalMismatch } from './journal';
import { errorColumns, statusOf, type RowRecord } from './record';
import type { RowContext, RowWork } from './rowwork';

export interface Shard { index: number; count: number }

export interface CampaignProgress {
  done: number;
  /** rows to do in this run (an estimate from the line count until the end) */
  total?: number;
  rowsPerSec: number;
  etaSec?: number;
  errorsPerApi: Record<string, number>;
  bad: number;
  fromJournal: number;
}

/** How a campaign runs, whoever starts it (the CLI, the extension through job.ts). */
export interface CampaignRunSettings {
  resume?: boolean;
  retryFailed?: boolean;
  shard?: Shard;
  http: HttpClient;
  ctx: Omit<RowContext, 'http' | 'signal'>;
  concurrency: number;
  /** aborts the rows in flight (they end unrecorded, so resume sends them again) */
  signal?: AbortSignal;
  /** a graceful stop: no new row starts, the rows in flight finish and are journaled (resume sends nothing twice) */
  stop?: AbortSignal;
  onProgress?: (p: CampaignProgress) => void;
  onJournal?: (info: { rows: number; tornBytes: number; badLines: number; openMs: number }) => void;
}

export interface CampaignOptions extends CampaignRunSettings {
  input: string;
  work: RowWork;
  /** identity of the campaign besides the input (mode, apis, template, map): a journal of another one is refused */
  identity: Record<string, unknown>;
  journalFile: string;
}

export interface CampaignSummary {
  journal: Journal;
  /** rows in the report (journal) */
  rows: number;
  ran: number;
  fromJournal: number;
  ok: number;
  errors: number;
  bad: number;
  failed: number;
  stopped: boolean;
}

export class CampaignInputError extends Error {}

/** sha256 of the file (the journal belongs to this exact input). */
export function fingerprint(file: string): string {
  const h = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) h.update(buf.subarray(0, n));
  } finally { fs.closeSync(fd); }
  return h.digest('hex');
}

/** Newlines in the file: the number of rows, give or take quoted newlines (for ETA only). */
export function estimateRows(file: string): number {
  const fd = fs.openSync(file, 'r');
  let n = 0, last = 10;
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let k; (k = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) {
      for (let i = buf.indexOf(10); i >= 0 && i < k; i = buf.indexOf(10, i + 1)) n++;
      last = buf[k - 1];
    }
  } finally { fs.closeSync(fd); }
  return Math.max(0, n + (last === 10 ? 0 : 1) - 1);
}

export const inShard = (index: number, s?: Shard) => !s || index % s.count === s.index - 1;

export async function runCampaign(o: CampaignOptions): Promise<CampaignSummary> {
  const identity = { input: fingerprint(o.input), shard: o.shard ? `${o.shard.index}/${o.shard.count}` : undefined, ...o.identity };
  let journal: Journal;
  const t0 = performance.now();
  if ((o.resume || o.retryFailed) && fs.existsSync(o.journalFile)) {
    try {
      const r = Journal.open(o.journalFile, identity);
      journal = r.journal;
      o.onJournal?.({ rows: r.rows, tornBytes: r.tornBytes, badLines: r.badLines, openMs: performance.now() - t0 });
    } catch (e) {
      if (e instanceof JournalMismatch) throw new CampaignInputError(e.message);
      throw e;
    }
  } else {
    journal = Journal.create(o.journalFile, { eligJournal: 1, campaign: identity });
  }
  const keep = (i: number) => {
    const s = journal.statusOf(i);
    return s !== undefined && !(o.retryFailed && s === 'error');
  };
  const estimate = Math.ceil(estimateRows(o.input) / (o.shard?.count ?? 1));
  const already = journal.rows;
  const total = Math.max(0, estimate - already + (o.retryFailed ? countErrors(journal) : 0));
  const s: CampaignSummary = { journal, rows: 0, ran: 0, fromJournal: 0, ok: 0, errors: 0, bad: 0, failed: 0, stopped: false };
  const errorsPerApi: Record<string, number> = {};
  const started = performance.now();
  const recent: number[] = [];
  let cancelled = 0;

  async function* rows(): AsyncGenerator<InputRow> {
    for await (const row of readRows(o.input)) {
      if (!inShard(row.index, o.shard)) continue;
      if (keep(row.index)) { s.fromJournal++; continue; }
      yield row;
    }
  }

  const progress = () => {
    const now = performance.now();
    while (recent.length && now - recent[0] > 10_000) recent.shift();
    const span = Math.max(1, Math.min(10_000, now - started));
    const rowsPerSec = recent.length / (span / 1000);
    o.onProgress?.({
      done: s.ran, total, rowsPerSec, etaSec: rowsPerSec > 0 && total > s.ran ? (total - s.ran) / rowsPerSec : undefined,
      errorsPerApi, bad: s.bad, fromJournal: s.fromJournal,
    });
  };

  type Done = { rec: RowRecord; cancelled: boolean };
  const sum = await schedule<InputRow, Done>(rows(), {
    http: o.http, concurrency: o.concurrency, signal: o.signal,
    stopWhen: () => !!(o.signal?.aborted || o.stop?.aborted),
    run: async (row, io) => {
      try {
        const rec = await o.work.run(row, { ...o.ctx, http: io.http, signal: io.signal });
        return { rec, cancelled: !!o.signal?.aborted };
      } catch (e) {
        if (o.signal?.aborted) return { rec: o.work.base(row), cancelled: true };
        const rec = o.work.base(row);
        const error = `${(e as { kind?: string }).kind ?? 'error'}: ${(e as Error)?.message ?? String(e)}`;
        for (const a of o.work.apis) rec.apis[a] = errorColumns(error);
        return { rec, cancelled: false };
      }
    },
    journal: {
      has: () => false, // rows already journaled are filtered out of the source (shards keep their global index)
      append: (_i, d, row) => {
        if (d.cancelled) { cancelled++; return; }
        const st = statusOf(d.rec);
        journal.append(row.index, st, d.rec);
        s.ran++;
        recent.push(performance.now());
        if (st === 'bad') s.bad++;
        for (const [api, c] of Object.entries(d.rec.apis)) if (c?.error) errorsPerApi[api] = (errorsPerApi[api] ?? 0) + 1;
      },
    },
    onProgress: p => { if (p.index !== undefined) progress(); },
  });
  s.stopped = sum.stopped || cancelled > 0;
  journal.sync();
  for (const i of journal.indices()) {
    const st = journal.statusOf(i);
    s.rows++;
    if (st === 'ok') s.ok++; else if (st === 'error') s.errors++; else s.bad++;
  }
  s.bad = Math.min(s.bad, s.rows);
  progress();
  return s;
}

function countErrors(j: Journal): number {
  let n = 0;
  for (const i of j.indices()) if (j.statusOf(i) === 'error') n++;
  return n;
}
