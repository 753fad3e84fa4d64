/**
 * A whole campaign as the CLI and VS Code run it: checks (before anything is sent), the run on
 * the scheduler, then the reports from the journal. Both faces only add their own I/O.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HttpClient } from '../http/client';
import type { ApiId } from '../model/normalized';
import { parseRequestFile } from '../requests/parse';
import { ColumnMap, detectColumns, mappingProblem } from './columns';
import type { HtmlLabels } from './html';
import { InputHead, readHeadOf } from './input';
import type { RowRecord } from './record';
import { ReportLayout, reportTargetProblem, ReportTargets, ReportStats, writeReports } from './report';
import { compareWork, rowCompare, RowContext, RowWork, templateVariables, templateWork } from './rowwork';
import { CampaignInputError, CampaignProgress, CampaignSummary, runCampaign, Shard, type CampaignRunSettings } from './run';

export interface CampaignPlanOptions {
  input: string;
  apis: ApiId[];
  /** request-file template (path) instead of the compare */
  template?: string;
  map?: Record<string, string>;
  reports: ReportTargets;
  journal?: string;
  processEnv: Record<string, string | undefined>;
}

export interface CampaignPlan {
  input: string;
  head: InputHead;
  mapping: ColumnMap;
  work: RowWork;
  identity: Record<string, unknown>;
  reports: ReportTargets;
  journalFile: string;
  /** a journal exists already (resume, retry failed, or start over) */
  journalExists: boolean;
  layout: ReportLayout;
}

/** Everything that can be wrong before a request: throws CampaignInputError with a readable message. */
export async function planCampaign(o: CampaignPlanOptions): Promise<CampaignPlan> {
  const input = path.resolve(o.input);
  const name = path.basename(input);
  if (!fs.existsSync(input) || !fs.statSync(input).isFile()) throw new CampaignInputError(`${name}: no such file`);
  let head: InputHead;
  try { head = await readHeadOf(input, 5); } catch (e) { throw new CampaignInputError(`${name}: cannot be read (${(e as Error).message})`); }
  if (!head.columns.length) throw new CampaignInputError(`${name}: no header row (the first line must name the columns)`);
  let mapping: ColumnMap;
  try { mapping = detectColumns(head.columns, o.map); } catch (e) { throw new CampaignInputError((e as Error).message); }
  let work: RowWork, identity: Record<string, unknown>;
  if (o.template) {
    let text: string;
    try { text = fs.readFileSync(o.template, 'utf8'); } catch { throw new CampaignInputError(`${path.basename(o.template)}: cannot read the template`); }
    const parsed = parseRequestFile(text, { processEnv: {} });
    const declared = new Set(Object.keys(parsed.variables));
    const missing = templateVariables(text).filter(v => !head.columns.includes(v) && !declared.has(v));
    if (missing.length) throw new CampaignInputError(`${path.basename(o.template)}: {{${missing.join('}}, {{')}}} ${missing.length === 1 ? 'is' : 'are'} not a column of ${name} (columns: ${head.columns.join(', ')})`);
    if (!parsed.requests.length) throw new CampaignInputError(`${path.basename(o.template)}: no requests in the template`);
    work = templateWork(text, mapping, o.processEnv);
    identity = { mode: 'template', template: text, map: o.map ?? {} };
  } else {
    const p = mappingProblem(mapping, head.columns);
    if (p) throw new CampaignInputError(`${name}: ${p}`);
    work = compareWork(rowCompare, o.apis, mapping);
    identity = { mode: 'compare', apis: o.apis, map: o.map ?? {} };
  }
  const reports = { ...o.reports };
  if (!reports.csv && !reports.jsonl && !reports.html) reports.csv = input.replace(/\.[^./\\]+$/, '') + '.report.csv';
  const journalFile = o.journal ?? `${reports.csv ?? reports.jsonl ?? reports.html}.journal`;
  const clash = reportTargetProblem(reports, [input, journalFile, ...(o.template ? [o.template] : [])]);
  if (clash) throw new CampaignInputError(clash);
  if (path.resolve(journalFile) === input) throw new CampaignInputError('the journal would overwrite the input');
  const layout: ReportLayout = {
    inputColumns: head.columns, idColumn: mapping.id, apis: work.apis, template: !!o.template, zipColumn: mapping.zip, cityColumn: mapping.city,
    placeColumns: [mapping.address, mapping.number, mapping.street, mapping.zip, mapping.city, mapping.building, mapping.line, mapping.lat, mapping.lon].filter((c): c is string => !!c),
  };
  return { input, head, mapping, work, identity, reports, journalFile, journalExists: fs.existsSync(journalFile), layout };
}

export interface CampaignRunOptions extends CampaignRunSettings {
  /** the HTML report's labels in the user's language (default English) */
  labels?: Partial<HtmlLabels>;
  lang?: string;
}

export interface CampaignOutcome { summary: CampaignSummary; stats: ReportStats; interrupted: boolean }

/** Runs the plan, then writes every report from the journal (also after a cancel: the rows done so far). */
export async function executeCampaign(plan: CampaignPlan, o: CampaignRunOptions): Promise<CampaignOutcome> {
  const summary = await runCampaign({ input: plan.input, work: plan.work, identity: plan.identity, journalFile: plan.journalFile, ...o });
  const j = summary.journal;
  function* rows(): Generator<RowRecord> {
    for (const i of j.indices()) {
      const r = j.read<RowRecord & { i?: number; s?: string }>(i);
      if (r) { delete r.i; delete r.s; yield r; }
    }
  }
  try {
    const stats = await writeReports(rows(), plan.layout, plan.reports, { title: path.basename(plan.input), generatedAt: new Date().toISOString(), mapping: plan.mapping as Record<string, string>, labels: o.labels, lang: o.lang });
    return { summary, stats, interrupted: !!o.signal?.aborted || summary.stopped };
  } finally { j.close(); }
}

export { CampaignInputError } from './run';
export type { CampaignProgress } from './run';
