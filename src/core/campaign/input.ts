/**
 * Campaign input: CSV (any of , ; TAB |, quoted fields, BOM, CRLF) read by csv-parse as a stream,
 * or JSON lines read line by line. Rows come out one at a time with their physical line number;
 * a row that cannot be read (wrong column count, broken quotes, bad JSON) comes out with a
 * `problem` instead of stopping the campaign.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { parse } from 'csv-parse';

export interface InputRow {
  /** 0-based data-row number (the row's identity in journals, shards and merges) */
  index: number;
  /** 1-based line of the file where the row starts */
  line: number;
  values: Record<string, string>;
  /** why the row is unreadable (the campaign goes on) */
  problem?: string;
}

export type InputFormat = 'csv' | 'jsonl';

export interface InputHead {
  format: InputFormat;
  /** CSV delimiter detected */
  delimiter?: string;
  columns: string[];
  /** the first rows, for a mapping preview */
  sample: InputRow[];
}

const DELIMITERS = [',', ';', '\t', '|'];
/** Bytes read to sniff the format and the delimiter. */
const SNIFF_BYTES = 64 * 1024;
/** Longest accepted input line / record, bytes (bounded memory on a hostile file). */
export const MAX_RECORD_BYTES = 1024 * 1024;

export function formatOf(file: string, head: string): InputFormat {
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'csv';
  return /^\s*\{/.test(head.replace(/^\uFEFF/, '')) ? 'jsonl' : 'csv';
}

/** The delimiter appearing most often outside quotes in the header line. */
export function sniffDelimiter(head: string): string {
  const text = head.replace(/^\uFEFF/, '');
  let inQuote = false, line = '';
  for (const ch of text) {
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && (ch === '\n' || ch === '\r')) break;
    else if (!inQuote) line += ch;
  }
  let best = ',', bestN = 0;
  for (const d of DELIMITERS) {
    const n = line.split(d).length - 1;
    if (n > bestN) { best = d; bestN = n; }
  }
  return best;
}

function readHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const n = fs.readSync(fd, buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally { fs.closeSync(fd); }
}

/** Format, columns and the first `n` rows (throws an Error with a readable message when unreadable). */
export async function readHeadOf(file: string, n = 5): Promise<InputHead> {
  const head = readHead(file);
  const format = formatOf(file, head);
  const delimiter = format === 'csv' ? sniffDelimiter(head) : undefined;
  const sample: InputRow[] = [];
  let columns: string[] = [];
  const rows = readRows(file, { format, delimiter, onColumns: c => { columns = c; } });
  for await (const r of rows) { sample.push(r); if (sample.length >= n) break; }
  return { format, delimiter, columns, sample };
}

export interface ReadOptions {
  format?: InputFormat;
  delimiter?: string;
  /** called once with the header (CSV) or the keys of the first object (JSONL) */
  onColumns?: (columns: string[]) => void;
}

/** Every row of the file, streamed. Throws (before the first row) if the file cannot be opened. */
export async function* readRows(file: string, opts: ReadOptions = {}): AsyncGenerator<InputRow> {
  const head = opts.format ? '' : readHead(file);
  const format = opts.format ?? formatOf(file, head);
  if (format === 'jsonl') yield* readJsonl(file, opts);
  else yield* readCsv(file, opts.delimiter ?? sniffDelimiter(head || readHead(file)), opts);
}

async function* readCsv(file: string, delimiter: string, opts: ReadOptions): AsyncGenerator<InputRow> {
  const skipped: { line: number; message: string }[] = [];
  const parser = fs.createReadStream(file).pipe(parse({
    bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false,
    skip_records_with_error: true, info: true, max_record_size: MAX_RECORD_BYTES, trim: false,
    on_skip: (err: (Error & { lines?: number }) | undefined) => { if (err) skipped.push({ line: err.lines ?? 0, message: err.message }); return undefined; },
  }));
  let header: string[] | undefined;
  let index = 0;
  /** physical line where the next record starts (csv-parse counts a quoted CRLF as two lines) */
  let next = 1;
  for await (const { record } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    while (skipped.length) {
      const s = skipped.shift()!;
      next = Math.max(next, s.line + 1);
      if (header) yield { index: index++, line: s.line, values: {}, problem: `line ${s.line}: unreadable CSV (${s.message.replace(/\s*$/, '')})` };
    }
    const line = next;
    next += 1 + physicalNewlines(record);
    if (record.length === 1 && record[0] === '') continue; // an empty line
    if (!header) {
      header = record.map(h => h.trim());
      opts.onColumns?.(header);
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => { values[h] = record[i] ?? ''; });
    const problem = record.length !== header.length
      ? `line ${line}: ${record.length} field${record.length === 1 ? '' : 's'}, the header has ${header.length}`
      : undefined;
    yield { index: index++, line, values, problem };
  }
  for (const s of skipped) if (header) yield { index: index++, line: s.line, values: {}, problem: `line ${s.line}: unreadable CSV (${s.message})` };
  if (!header) opts.onColumns?.([]);
}

/** Lines a record spans beyond its first (quoted fields with LF, CRLF or CR newlines). */
function physicalNewlines(record: string[]): number {
  let n = 0;
  for (const f of record) {
    if (f.length < 2 && f !== '\n' && f !== '\r') continue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 10 || (c === 13 && f.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

async function* readJsonl(file: string, opts: ReadOptions): AsyncGenerator<InputRow> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0, index = 0, announced = false;
  for await (const raw of rl) {
    line++;
    const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!text) continue;
    let obj: unknown;
    let problem: string | undefined;
    if (text.length > MAX_RECORD_BYTES) problem = `line ${line}: longer than ${MAX_RECORD_BYTES} bytes`;
    else try { obj = JSON.parse(text); } catch (e) { problem = `line ${line}: not JSON (${(e as Error).message})`; }
    if (!problem && (!obj || typeof obj !== 'object' || Array.isArray(obj))) problem = `line ${line}: not a JSON object`;
    const values: Record<string, string> = {};
    if (!problem) {
      for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
        values[k] = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
      }
      if (!announced) { announced = true; opts.onColumns?.(Object.keys(values)); }
    }
    yield { index: index++, line, values, problem };
  }
  if (!announced) opts.onColumns?.([]);
}
