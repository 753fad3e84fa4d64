/**
 * `elig merge`: shard reports (JSON lines) back into one campaign, in input order (by line),
 * streamed: a k-way merge holding one row per shard.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { ApiId } from '../model/normalized';
import { detectColumns } from './columns';
import { CAMPAIGN_APIS, type RowRecord } from './record';
import type { ReportLayout } from './report';

export class MergeInputError extends Error {}

async function* records(file: string): AsyncGenerator<RowRecord> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    const text = raw.trim();
    if (!text) continue;
    let r: RowRecord;
    try { r = JSON.parse(text); } catch { throw new MergeInputError(`${file}:${n}: not JSON: is it a JSON-lines report of elig campaign (--jsonl)?`); }
    if (!r || typeof r !== 'object' || typeof r.line !== 'number' || typeof r.id !== 'string' || !r.input || !r.apis) {
      throw new MergeInputError(`${file}:${n}: not a campaign report row (needs line, id, input, apis)`);
    }
    yield r;
  }
}

/** The report layout of a JSON-lines report, from its first row. */
export async function layoutOf(file: string): Promise<ReportLayout | undefined> {
  for await (const r of records(file)) return layoutFromRecord(r);
  return undefined;
}

export function layoutFromRecord(r: RowRecord): ReportLayout {
  const columns = Object.keys(r.input);
  const m = detectColumns(columns);
  const apis = CAMPAIGN_APIS.filter(a => a in r.apis) as ApiId[];
  return { inputColumns: columns, idColumn: m.id, apis: apis.length ? apis : [...CAMPAIGN_APIS], template: r.requests !== undefined || r.passed !== undefined,
    zipColumn: m.zip, cityColumn: m.city, placeColumns: [m.address, m.number, m.street, m.zip, m.city, m.building, m.line].filter((c): c is string => !!c) };
}

/** Rows of every shard in line order; a line present twice is an error (the same shard given twice?). */
export async function* mergeShards(files: readonly string[], onDuplicate: (line: number) => void): AsyncGenerator<RowRecord> {
  const its = files.map(f => records(f)[Symbol.asyncIterator]());
  const heads: (RowRecord | undefined)[] = await Promise.all(its.map(async it => (await it.next()).value ?? undefined));
  let lastLine = -1;
  for (;;) {
    let k = -1;
    for (let i = 0; i < heads.length; i++) if (heads[i] && (k < 0 || heads[i]!.line < heads[k]!.line)) k = i;
    if (k < 0) return;
    const r = heads[k]!;
    heads[k] = (await its[k].next()).value ?? undefined;
    if (r.line === lastLine) { onDuplicate(r.line); continue; }
    lastLine = r.line;
    yield r;
  }
}
