/** `elig campaign`: thin face of src/core/campaign (checks, target, progress, exit codes). */
import fs from 'node:fs';
import path from 'node:path';
import { createSharedState, PollOptions } from '../core/apis/operation';
import { detectColumns, mappingProblem } from '../core/campaign/columns';
import { readHeadOf } from '../core/campaign/input';
import { CampaignInputError, runCampaign } from '../core/campaign/run';
import { reportTargetProblem, writeReports } from '../core/campaign/report';
import { compareWork, rowCompare, RowWork, templateVariables, templateWork } from '../core/campaign/rowwork';
import type { RowRecord } from '../core/campaign/record';
import { redactor } from '../core/log';
import { credentialHomes } from '../core/requests/endpoints';
import { createRunHttp } from '../core/requests/http';
import { parseRequestFile } from '../core/requests/parse';
import { sandboxTarget, Target, targetFromEnv } from '../core/target';
import { startSandbox } from '../sandbox';
import { CampaignArgs, parseCampaignArgs } from './campaignArgs';
import { campaignProgress } from './campaignProgress';
import { cliLogger } from './log';
import { CliIO, EXIT, registerEnvSecrets } from './run';

export async function campaignCommand(argv: readonly string[], io: CliIO): Promise<number> {
  registerEnvSecrets(io.env);
  let args: CampaignArgs;
  try { args = parseCampaignArgs(argv); } catch (e) {
    io.stderr(`elig campaign: ${(e as Error).message}\nSee: elig campaign --help\n`);
    return EXIT.input;
  }
  const fail = (msg: string) => { io.stderr(`elig campaign: ${redactor.redact(msg)}\nNothing was sent.\n`); return EXIT.input; };
  const logger = cliLogger(args, io.stderr);
  const input = path.resolve(io.cwd, args.input!);

  // 1. everything that can be wrong with the input, before anything is sent or written
  if (!fs.existsSync(input) || !fs.statSync(input).isFile()) return fail(`${args.input}: no such file`);
  let head;
  try { head = await readHeadOf(input, 5); } catch (e) { return fail(`${args.input}: cannot be read (${(e as Error).message})`); }
  if (!head.columns.length) return fail(`${args.input}: no header row (the first line must name the columns)`);
  let mapping;
  try { mapping = detectColumns(head.columns, args.map); } catch (e) { return fail((e as Error).message); }
  let work: RowWork;
  let identity: Record<string, unknown>;
  if (args.request) {
    const tfile = path.resolve(io.cwd, args.request);
    let text: string;
    try { text = fs.readFileSync(tfile, 'utf8'); } catch { return fail(`--request ${args.request}: cannot read the template`); }
    const parsed = parseRequestFile(text, { processEnv: {} });
    const declared = new Set(Object.keys(parsed.variables));
    const missing = templateVariables(text).filter(v => !head!.columns.includes(v) && !declared.has(v));
    if (missing.length) return fail(`${args.request}: {{${missing.join('}}, {{')}}} ${missing.length === 1 ? 'is' : 'are'} not a column of ${args.input} (columns: ${head.columns.join(', ')})`);
    if (!parsed.requests.length) return fail(`${args.request}: no requests in the template`);
    work = templateWork(text, mapping, io.env);
    identity = { mode: 'template', template: text, map: args.map };
  } else {
    const p = mappingProblem(mapping, head.columns);
    if (p) return fail(`${args.input}: ${p}`);
    work = compareWork(rowCompare, args.apis, mapping);
    identity = { mode: 'compare', apis: args.apis, map: args.map };
  }
  const stem = path.basename(input).replace(/\.[^.]+$/, '');
  const targets = {
    csv: args.out ? path.resolve(io.cwd, args.out) : (!args.jsonl && !args.html ? path.resolve(io.cwd, `${stem}.report.csv`) : undefined),
    jsonl: args.jsonl ? path.resolve(io.cwd, args.jsonl) : undefined,
    html: args.html ? path.resolve(io.cwd, args.html) : undefined,
  };
  const journalFile = args.journal ? path.resolve(io.cwd, args.journal) : `${targets.csv ?? targets.jsonl ?? targets.html}.journal`;
  const clash = reportTargetProblem(targets, [input, journalFile, ...(args.request ? [path.resolve(io.cwd, args.request)] : [])]);
  if (clash) return fail(clash);
  if (path.resolve(journalFile) === input) return fail('--journal would overwrite the input');
  const exists = fs.existsSync(journalFile);
  if (exists && !args.resume && !args.retryFailed && !args.fresh) {
    return fail(`the journal ${path.relative(io.cwd, journalFile)} exists: --resume to finish that campaign, --retry-failed to re-run its failed rows, or --fresh to start over`);
  }
  if (!exists && (args.resume || args.retryFailed)) io.stderr(`warning: no journal ${path.relative(io.cwd, journalFile)} yet: starting the campaign from the first row\n`);

  // 2. target and HTTP
  let configured: Target;
  try { configured = targetFromEnv(io.env); } catch { return fail('ELIG_OVH_ENDPOINT is neither ovh-eu, ovh-ca, ovh-us nor a URL'); }
  let poll: Partial<PollOptions> | undefined;
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | undefined;
  if (args.sandbox) {
    sandbox = await startSandbox({ port: 0, logger });
    configured = sandboxTarget(sandbox.url);
    poll = { initialDelayMs: 5, maxDelayMs: 50, deadlineMs: 30000 };
  }
  const { http } = createRunHttp({ homes: credentialHomes(configured), ratePerSec: args.rate, rates: args.rates, logger,
    timeoutMs: args.timeoutSec ? Math.round(args.timeoutSec * 1000) : undefined });
  const progress = args.quiet || args.noProgress ? undefined : campaignProgress(io.stderr, io.stderrIsTTY);
  let summary;
  try {
    summary = await runCampaign({
      input, work, identity, journalFile, resume: args.resume, retryFailed: args.retryFailed, shard: args.shard,
      http, ctx: { target: configured, state: createSharedState(), poll }, concurrency: args.concurrency, signal: io.signal,
      onProgress: progress?.update,
      onJournal: j => { if (!args.quiet) io.stderr(`journal: ${j.rows} rows done already${j.tornBytes ? `; a torn last line (${j.tornBytes} bytes) was dropped` : ''}${j.badLines ? `; ${j.badLines} unreadable lines ignored (those rows run again)` : ''}\n`); },
    });
  } catch (e) {
    progress?.done(); http.dispose(); await sandbox?.close();
    if (e instanceof CampaignInputError) return fail(e.message);
    throw e;
  }
  progress?.done();
  http.dispose();
  await sandbox?.close();

  // 3. reports, from the journal, in input order
  const j = summary.journal;
  const layout = { inputColumns: head.columns, idColumn: mapping.id, apis: work.apis, template: !!args.request, zipColumn: mapping.zip, cityColumn: mapping.city,
    placeColumns: [mapping.address, mapping.number, mapping.street, mapping.zip, mapping.city, mapping.building, mapping.line, mapping.lat, mapping.lon].filter((c): c is string => !!c) };
  function* rows(): Generator<RowRecord> {
    for (const i of j.indices()) { const r = j.read<RowRecord & { i?: number; s?: string }>(i); if (r) { delete r.i; delete r.s; yield r; } }
  }
  const stats = await writeReports(rows(), layout, targets, { title: path.basename(input), generatedAt: new Date().toISOString(), mapping: mapping as Record<string, string> });
  j.close();
  const interrupted = !!io.signal?.aborted || summary.stopped;
  if (!args.quiet) {
    const written = Object.values(targets).filter(Boolean).map(f => path.relative(io.cwd, f!)).join(', ');
    io.stderr(`${stats.rows} rows (${summary.ran} run now, ${summary.fromJournal} from the journal): ${stats.errors} with an API error, ${stats.bad} unreadable${args.request ? `, ${stats.failed} failed expect` : ''}; report${written.includes(',') ? 's' : ''}: ${written}\n`);
    if (interrupted) io.stderr(`interrupted: finish with the same command and --resume\n`);
  }
  if (interrupted) return EXIT.interrupted;
  return stats.errors ? EXIT.errors : stats.failed || stats.bad ? EXIT.failures : EXIT.ok;
}
