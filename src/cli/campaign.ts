/** `elig campaign`: thin face of src/core/campaign (arguments, target, progress, exit codes). */
import path from 'node:path';
import { createSharedState, PollOptions } from '../core/apis/operation';
import { CampaignInputError, executeCampaign, planCampaign } from '../core/campaign/job';
import { proxySettings, type ProxySettings } from '../core/http/proxy';
import { redactor } from '../core/log';
import { credentialHomes } from '../core/requests/endpoints';
import { createRunHttp } from '../core/requests/http';
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
  let proxy: ProxySettings;
  try { proxy = proxySettings(args.proxy, io.env); } catch (e) { return fail((e as Error).message); }
  const logger = cliLogger(args, io.stderr);
  const abs = (f?: string) => (f ? path.resolve(io.cwd, f) : undefined);

  // 1. everything that can be wrong with the input, before anything is sent or written
  let plan;
  try {
    plan = await planCampaign({ input: abs(args.input)!, apis: args.apis, template: abs(args.request), map: args.map, journal: abs(args.journal),
      reports: { csv: abs(args.out), jsonl: abs(args.jsonl), html: abs(args.html) }, processEnv: io.env });
  } catch (e) {
    if (e instanceof CampaignInputError) return fail(e.message);
    throw e;
  }
  const rel = (f: string) => path.relative(io.cwd, f) || f;
  if (plan.journalExists && !args.resume && !args.retryFailed && !args.fresh) {
    return fail(`the journal ${rel(plan.journalFile)} exists: --resume to finish that campaign, --retry-failed to re-run its failed rows, or --fresh to start over`);
  }
  if (!plan.journalExists && (args.resume || args.retryFailed)) io.stderr(`warning: no journal ${rel(plan.journalFile)} yet: starting the campaign from the first row\n`);

  // 2. target and HTTP
  let target: Target;
  try { target = targetFromEnv(io.env); } catch { return fail('ELIG_OVH_ENDPOINT is neither ovh-eu, ovh-ca, ovh-us nor a URL'); }
  let poll: Partial<PollOptions> | undefined;
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | undefined;
  if (args.sandbox) {
    sandbox = await startSandbox({ port: 0, logger });
    target = sandboxTarget(sandbox.url);
    poll = { initialDelayMs: 5, maxDelayMs: 50, deadlineMs: 30000 };
  }
  const { http } = createRunHttp({ homes: credentialHomes(target), ratePerSec: args.rate, rates: args.rates, logger, proxy,
    timeoutMs: args.timeoutSec ? Math.round(args.timeoutSec * 1000) : undefined });
  const progress = args.quiet || args.noProgress ? undefined : campaignProgress(io.stderr, io.stderrIsTTY);
  let out;
  try {
    out = await executeCampaign(plan, {
      resume: args.resume, retryFailed: args.retryFailed, shard: args.shard, http,
      ctx: { target, state: createSharedState(), poll }, concurrency: args.concurrency, signal: io.signal,
      onProgress: progress?.update,
      onJournal: j => { if (!args.quiet) io.stderr(`journal: ${j.rows} rows done already${j.tornBytes ? `; a torn last line (${j.tornBytes} bytes) was dropped` : ''}${j.badLines ? `; ${j.badLines} unreadable lines ignored (those rows run again)` : ''}\n`); },
    });
  } catch (e) {
    if (e instanceof CampaignInputError) return fail(e.message);
    throw e;
  } finally {
    progress?.done();
    http.dispose();
    await sandbox?.close();
  }

  // 3. the summary and the exit code
  const { summary, stats, interrupted } = out;
  if (!args.quiet) {
    const written = Object.values(plan.reports).filter((f): f is string => !!f).map(rel).join(', ');
    io.stderr(`${stats.rows} rows (${summary.ran} run now, ${summary.fromJournal} from the journal): ${stats.errors} with an API error, ${stats.bad} unreadable${args.request ? `, ${stats.failed} failed expect` : ''}; report${written.includes(',') ? 's' : ''}: ${written}\n`);
    if (interrupted) io.stderr('interrupted: finish with the same command and --resume\n');
  }
  if (interrupted) return EXIT.interrupted;
  return stats.errors ? EXIT.errors : stats.failed || stats.bad ? EXIT.failures : EXIT.ok;
}
