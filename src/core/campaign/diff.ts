/**
 * `elig diff`: rows whose eligibility changed between two campaign reports (JSON lines),
 * matched by id: technologies gained or lost per API, best-rate changes, errors appearing or
 * going, rows added or removed. The first report is indexed compactly; the second streamed.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { stringify } from 'csv-stringify/sync';
import type { ApiId, Technology } from '../model/normalized';
import { MergeInputError } from './merge';
import type { ApiColumns, RowRecord } from './record';

export interface ApiChange {
  api: ApiId;
  gained: Technology[];
  lost: Technology[];
  down?: { from?: number; to?: number };
  up?: { from?: number; to?: number };
  error?: { from: string; to: string };
}
export interface RowChange { id: string; line: number; kind: 'changed' | 'added' | 'removed'; apis: ApiChange[] }
export interface DiffResult { changes: RowChange[]; compared: number; unchanged: number }

type Compact = { line: number; apis: Partial<Record<ApiId, Pick<ApiColumns, 'technologies' | 'maxDownMbps' | 'maxUpMbps' | 'error'>>> };

async function* rows(file: string): AsyncGenerator<RowRecord> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    if (!raw.trim()) continue;
    let r: RowRecord;
    try { r = JSON.parse(raw); } catch { throw new MergeInputError(`${file}:${n}: not JSON (elig diff compares JSON-lines reports of elig campaign --jsonl)`); }
    if (!r || typeof r.id !== 'string' || !r.apis) throw new MergeInputError(`${file}:${n}: not a campaign report row (needs id and apis)`);
    yield r;
  }
}

const compact = (r: RowRecord): Compact => ({ line: r.line, apis: Object.fromEntries(Object.entries(r.apis).map(([a, c]) => [a, { technologies: c?.technologies ?? [], maxDownMbps: c?.maxDownMbps, maxUpMbps: c?.maxUpMbps, error: c?.error ?? '' }])) });

export function compareRows(before: Compact, after: Compact): ApiChange[] {
  const out: ApiChange[] = [];
  const apis = [...new Set([...Object.keys(before.apis), ...Object.keys(after.apis)])] as ApiId[];
  for (const api of apis) {
    const b = before.apis[api], a = after.apis[api];
    if (!b || !a) continue; // an API asked in one campaign only is not a change of eligibility
    const bt = new Set(b.technologies), at = new Set(a.technologies);
    const ch: ApiChange = { api, gained: [...at].filter(t => !bt.has(t)), lost: [...bt].filter(t => !at.has(t)) };
    if (!b.error && !a.error) {
      if (b.maxDownMbps !== a.maxDownMbps) ch.down = { from: b.maxDownMbps, to: a.maxDownMbps };
      if (b.maxUpMbps !== a.maxUpMbps) ch.up = { from: b.maxUpMbps, to: a.maxUpMbps };
    }
    const be = (b.error ?? '').split(':')[0], ae = (a.error ?? '').split(':')[0];
    if (be !== ae) ch.error = { from: b.error ?? '', to: a.error ?? '' };
    if (ch.error) { ch.gained = b.error ? [] : ch.gained; ch.lost = a.error ? [] : ch.lost; }
    if (ch.gained.length || ch.lost.length || ch.down || ch.up || ch.error) out.push(ch);
  }
  return out;
}

export async function diffReports(beforeFile: string, afterFile: string): Promise<DiffResult> {
  const before = new Map<string, Compact>();
  for await (const r of rows(beforeFile)) before.set(r.id, compact(r));
  const res: DiffResult = { changes: [], compared: 0, unchanged: 0 };
  for await (const r of rows(afterFile)) {
    const b = before.get(r.id);
    if (!b) { res.changes.push({ id: r.id, line: r.line, kind: 'added', apis: [] }); continue; }
    before.delete(r.id);
    res.compared++;
    const apis = compareRows(b, compact(r));
    if (apis.length) res.changes.push({ id: r.id, line: r.line, kind: 'changed', apis }); else res.unchanged++;
  }
  for (const [id, b] of before) res.changes.push({ id, line: b.line, kind: 'removed', apis: [] });
  return res;
}

const rate = (x?: { from?: number; to?: number }) => (x ? `${x.from ?? '–'} → ${x.to ?? '–'} Mb/s` : '');
function describe(c: ApiChange): string {
  const parts: string[] = [];
  if (c.gained.length) parts.push(`+${c.gained.join(' +')}`);
  if (c.lost.length) parts.push(`-${c.lost.join(' -')}`);
  if (c.down) parts.push(`down ${rate(c.down)}`);
  if (c.up) parts.push(`up ${rate(c.up)}`);
  if (c.error) parts.push(c.error.to ? `error: ${c.error.to}` : `error gone (was ${c.error.from})`);
  return parts.join(', ');
}

export function formatDiff(d: DiffResult, reporter: 'pretty' | 'markdown' | 'csv'): string {
  if (reporter === 'csv') {
    const recs: (string | number)[][] = [['id', 'line', 'change', 'api', 'gained', 'lost', 'downFrom', 'downTo', 'upFrom', 'upTo', 'errorFrom', 'errorTo']];
    for (const c of d.changes) {
      if (!c.apis.length) recs.push([c.id, c.line, c.kind, '', '', '', '', '', '', '', '', '']);
      for (const a of c.apis) recs.push([c.id, c.line, c.kind, a.api, a.gained.join(';'), a.lost.join(';'), a.down?.from ?? '', a.down?.to ?? '', a.up?.from ?? '', a.up?.to ?? '', a.error?.from ?? '', a.error?.to ?? '']);
    }
    return stringify(recs);
  }
  const total = `${d.changes.length} row${d.changes.length === 1 ? '' : 's'} changed, ${d.unchanged} unchanged`;
  if (reporter === 'markdown') {
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const lines = [`**${total}**`, ''];
    if (d.changes.length) {
      lines.push('| id | line | API | change |', '|---|---|---|---|');
      for (const c of d.changes) {
        if (!c.apis.length) lines.push(`| ${cell(c.id)} | ${c.line} | | row ${c.kind} |`);
        for (const a of c.apis) lines.push(`| ${cell(c.id)} | ${c.line} | ${a.api} | ${cell(describe(a))} |`);
      }
    }
    return lines.join('\n') + '\n';
  }
  const lines: string[] = [];
  for (const c of d.changes) {
    if (!c.apis.length) { lines.push(`${c.id} (line ${c.line}): row ${c.kind}`); continue; }
    for (const a of c.apis) lines.push(`${c.id} (line ${c.line}) ${a.api}: ${describe(a)}`);
  }
  lines.push(total);
  return lines.join('\n') + '\n';
}
