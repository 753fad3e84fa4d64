/**
 * What one campaign row does: the cross-provider compare of its place (default), or a request-
 * file template whose `{{column}}` variables come from the row, with its `expect` evaluated.
 * Both return a RowRecord and never throw.
 */
import type { RunContext } from '../apis/operation';
import { compare } from '../compare';
import { execute } from '../execute';
import type { ApiId } from '../model/normalized';
import { parseRequestFile } from '../requests/parse';
import { toOutcome } from '../requests/runner';
import { PLACEHOLDER } from '../requests/variables';
import { ColumnMap, placeOf } from './columns';
import type { InputRow } from './input';
import { CAMPAIGN_APIS, columnsFromCells, columnsFromOffers, CompareResultLike, errorColumns, RowRecord } from './record';

/** The compare of issue 11, as the campaign calls it (wired by the CLI / extension). */
export type CompareFn = (place: string, opts: { ctx: RowContext; apis: ApiId[] }) => Promise<CompareResultLike>;

/** Issue 11's compare for one row: ambiguity is reported (cells `needs-choice` with candidates), never guessed. */
export const rowCompare: CompareFn = async (place, { ctx, apis }) => {
  const { signal, ...c } = ctx;
  const r = await compare(place, { ctx: c, apis, pick: 'none', signal });
  // the JSON-lines report keeps the matrix, the disagreements and each API's resolution trace, not every raw answer
  const resolved = Object.fromEntries(Object.entries(r.resolved).map(([api, v]) => {
    const { calls, ...rest } = v as { calls?: unknown[] } & Record<string, unknown>;
    return [api, { ...rest, calls: calls?.length ?? 0 }];
  }));
  return { ...r, resolved };
};

export type RowContext = Omit<RunContext, 'onProgress'>;

export interface RowWork {
  /** the APIs whose columns the report has, in report order */
  apis: ApiId[];
  /** the row's record before anything is asked (id, line, input) */
  base(row: InputRow): RowRecord;
  run(row: InputRow, ctx: RowContext): Promise<RowRecord>;
}

export function baseRecord(row: InputRow, m: ColumnMap): RowRecord {
  const id = (m.id ? row.values[m.id] : '')?.trim() || String(row.index + 1);
  return { line: row.line, id, input: row.values, apis: {} };
}

/** The work of each row: its record starts from the input, and a row unreadable on input is reported as it is. */
function rowWork(apis: ApiId[], m: ColumnMap, body: (row: InputRow, ctx: Parameters<RowWork['run']>[1], rec: RowRecord) => Promise<RowRecord>): RowWork {
  return {
    apis,
    base: row => baseRecord(row, m),
    run: async (row, ctx) => {
      const rec = baseRecord(row, m);
      return row.problem ? { ...rec, problem: row.problem } : body(row, ctx, rec);
    },
  };
}

export function compareWork(compare: CompareFn, apis: ApiId[], m: ColumnMap): RowWork {
  return rowWork(apis, m, async (row, ctx, rec) => {
    const where = placeOf(row.values, m, row.line);
    if ('problem' in where) return { ...rec, problem: where.problem };
    try {
      const result = await compare(where.place, { ctx, apis });
      for (const a of apis) rec.apis[a] = columnsFromCells(result, a);
      rec.compare = result;
    } catch (e) {
      const message = (e as Error)?.message ?? String(e);
      if ((e as { kind?: string }).kind === 'input') return { ...rec, problem: `line ${row.line}: ${message}` };
      if ((e as { kind?: string }).kind === 'cancelled') throw e;
      for (const a of apis) rec.apis[a] = errorColumns(`${(e as { code?: string; kind?: string }).code ?? (e as { kind?: string }).kind ?? 'error'}: ${message}`);
    }
    return rec;
  });
}

/** `{{name}}` placeholders a template uses (without `env:` ones). */
export function templateVariables(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) { const n = m[1].trim(); if (n && !n.startsWith('env:')) names.add(n); }
  return [...names];
}

export function templateWork(text: string, m: ColumnMap, processEnv: Record<string, string | undefined>): RowWork {
  const first = parseRequestFile(text, { processEnv: {} });
  const used = new Set(first.requests.map(r => r.api).filter((a): a is ApiId => (CAMPAIGN_APIS as string[]).includes(a ?? '')));
  const apis = CAMPAIGN_APIS.filter(a => used.has(a));
  return rowWork(apis, m, async (row, ctx, rec) => {
    const parsed = parseRequestFile(text, { overrides: row.values, processEnv });
    const errors = parsed.diagnostics.filter(d => d.severity === 'error');
    if (errors.length) return { ...rec, problem: `line ${row.line}: ${errors.map(e => e.message).join('; ')}` };
    rec.requests = [];
    let passed = true;
    for (const [index, pr] of parsed.requests.entries()) {
      const r = pr.request!;
      if (r.skip) continue;
      const res = await execute({ ...ctx, poll: { ...ctx.poll, ...r.poll } }, { api: r.api, operation: r.operation, params: r.params });
      const o = toOutcome({ file: 'template', index, request: r }, res);
      passed &&= o.passed;
      rec.requests.push({ name: o.name, api: r.api, operation: r.operation, ok: o.ok, passed: o.passed, assertions: o.assertions, error: o.error });
      if (!rec.apis[r.api] || (res.normalized && !rec.apis[r.api]!.technologies.length)) {
        rec.apis[r.api] = columnsFromOffers(res.normalized?.offers ?? [], o.expectedFailure ? undefined : o.error);
      }
      if (ctx.signal?.aborted) break;
    }
    rec.passed = passed;
    return rec;
  });
}
