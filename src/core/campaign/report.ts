/**
 * The campaign's reports, written from the journal in input order, in one pass, each file
 * atomically (a temporary file next to it, renamed at the end): CSV (csv-stringify), JSON lines
 * (the row record with the full matrix) and the self-contained HTML report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ApiId } from '../model/normalized';
import { HtmlAggregate, HtmlLabels, renderHtml } from './html';
import type { RowRecord } from './record';

export const API_COLUMNS = ['best', 'maxDownMbps', 'maxUpMbps', 'eligible', 'reason', 'error'] as const;

export interface ReportLayout {
  zipColumn?: string;
  cityColumn?: string;
  /** input columns that say where a row is (the HTML table's place) */
  placeColumns?: string[];
  /** input columns, in input order (the id column first when the input has one) */
  inputColumns: string[];
  /** input column holding the id, if any */
  idColumn?: string;
  apis: ApiId[];
  template: boolean;
}

export function csvHeader(l: ReportLayout): string[] {
  return ['id', ...l.inputColumns.filter(c => c !== l.idColumn), 'row.line',
    ...l.apis.flatMap(a => API_COLUMNS.map(c => `${a}.${c}`)), ...(l.template ? ['passed'] : []), 'row.problem'];
}

export function csvRow(r: RowRecord, l: ReportLayout): (string | number)[] {
  const out: (string | number)[] = [r.id, ...l.inputColumns.filter(c => c !== l.idColumn).map(c => r.input[c] ?? ''), r.line];
  for (const a of l.apis) {
    const c = r.apis[a];
    out.push(c?.best ?? '', c?.maxDownMbps ?? '', c?.maxUpMbps ?? '', (c?.eligible ?? []).join(';'), c?.reason ?? '', c?.error ?? '');
  }
  if (l.template) out.push(r.problem ? '' : r.passed ? 'true' : 'false');
  out.push(r.problem ?? '');
  return out;
}

export interface ReportTargets { csv?: string; jsonl?: string; html?: string }

/** Where a report may not go: onto the input or the journal. */
export function reportTargetProblem(targets: ReportTargets, forbidden: string[]): string | undefined {
  const real = (p: string) => { try { return fs.realpathSync(p); } catch { return path.resolve(p); } };
  const bad = new Set(forbidden.map(real));
  for (const [k, p] of Object.entries(targets)) if (p && bad.has(real(p))) return `--${k === 'csv' ? 'out' : k} ${p}: would overwrite an input (the CSV/JSON-lines input or the journal); choose another file`;
  return undefined;
}

class AtomicFile {
  readonly tmp: string;
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    this.fd = fs.openSync(this.tmp, 'w');
  }
  write(s: string): void {
    this.buf.push(s); this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  }
  private flush(): void { if (this.buf.length) fs.writeSync(this.fd, this.buf.join('')); this.buf = []; this.size = 0; }
  commit(): void { this.flush(); fs.fsyncSync(this.fd); fs.closeSync(this.fd); fs.renameSync(this.tmp, this.file); }
  abort(): void { try { fs.closeSync(this.fd); } catch { /* closed */ } fs.rmSync(this.tmp, { force: true }); }
}

export interface ReportStats { rows: number; failed: number; errors: number; bad: number }

/** Writes every asked report from the rows, in order. */
export async function writeReports(rows: Iterable<RowRecord> | AsyncIterable<RowRecord>, layout: ReportLayout, targets: ReportTargets, meta: { title: string; generatedAt: string; mapping: Record<string, string>; labels?: Partial<HtmlLabels>; lang?: string }): Promise<ReportStats> {
  const files: AtomicFile[] = [];
  const csv = targets.csv ? new AtomicFile(targets.csv) : undefined;
  const jsonl = targets.jsonl ? new AtomicFile(targets.jsonl) : undefined;
  const html = targets.html ? new HtmlAggregate(layout) : undefined;
  if (csv) files.push(csv);
  if (jsonl) files.push(jsonl);
  const stats: ReportStats = { rows: 0, failed: 0, errors: 0, bad: 0 };
  try {
    csv?.write('\uFEFF' + stringify([csvHeader(layout)], { record_delimiter: 'windows' }));
    for await (const r of rows) {
      stats.rows++;
      if (r.problem) stats.bad++;
      else if (Object.values(r.apis).some(a => a?.error)) stats.errors++;
      if (layout.template && !r.problem && r.passed === false) stats.failed++;
      csv?.write(stringify([csvRow(r, layout)], { record_delimiter: 'windows' }));
      jsonl?.write(JSON.stringify(r) + '\n');
      html?.add(r);
    }
    if (html) {
      const f = new AtomicFile(targets.html!);
      files.push(f);
      f.write(renderHtml(html, meta));
    }
    for (const f of files) f.commit();
  } catch (e) {
    for (const f of files) f.abort();
    throw e;
  }
  return stats;
}
