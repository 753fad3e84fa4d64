import { setMaxListeners } from 'node:events';
import path from 'node:path';
import { createSharedState, PollOptions } from '../core/apis/operation';
import { redactor } from '../core/log';
import { credentialHomes, retarget } from '../core/requests/endpoints';
import { createRunHttp } from '../core/requests/http';
import { proxySettings, type ProxySettings } from '../core/http/proxy';
import { loadRun } from '../core/requests/load';
import { RequestOutcome, runRequests, summarize } from '../core/requests/runner';
import { sandboxTarget, Target, targetFromEnv } from '../core/target';
import { startSandbox } from '../sandbox';
import { parseRunArgs, RunArgs } from './args';
import { cliLogger } from './log';
import { outFileProblem, writeAtomic } from './outFile';
import { progressPrinter } from './progress';
import { harOfRun } from './har';
import { jsonReport } from './reporters/json';
import { junitReport } from './reporters/junit';
import { prettyReport } from './reporters/pretty';
import { safe, safeLines } from './terminal';

export const EXIT = { ok: 0, failures: 1, errors: 2, input: 3, interrupted: 130, terminated: 143 } as const;

/** The exit code of a run stopped by `signal` (aborted with the signal's name as reason). */
export function interruptedExit(signal: AbortSignal): number {
  return signal.reason === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
}

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** aborted on SIGINT / SIGTERM (reason: the signal's name) */
  signal?: AbortSignal;
}

/** Registers every credential value of the environment with the process-wide redactor. */
export function registerEnvSecrets(env: NodeJS.ProcessEnv): void {
  for (const k of ['ELIG_OVH_APPLICATION_KEY', 'ELIG_OVH_APPLICATION_SECRET', 'ELIG_OVH_CONSUMER_KEY', 'ELIG_ORANGE_CLIENT_ID', 'ELIG_ORANGE_CLIENT_SECRET', 'ELIG_ORANGE_API_KEY']) {
    redactor.addSecret(env[k]);
  }
  // HTTP Basic of the Orange client: base64 of `id:secret`, in every form
  redactor.addSecretPair(env.ELIG_ORANGE_CLIENT_ID, env.ELIG_ORANGE_CLIENT_SECRET);
}

export async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  registerEnvSecrets(io.env);
  let args: RunArgs;
  try { args = parseRunArgs(argv); } catch (e) {
    io.stderr(`elig run: ${safe((e as Error).message)}\nSee: elig run --help\n`);
    return EXIT.input;
  }
  let proxy: ProxySettings;
  try { proxy = proxySettings(args.proxy, io.env); } catch (e) {
    io.stderr(`elig run: ${redactor.redact((e as Error).message)}\n`);
    return EXIT.input;
  }
  const logger = cliLogger(args, io.stderr);
  const warn = (s: string) => { if (!args.quiet) io.stderr(`warning: ${safe(s)}\n`); };
  // every request in flight listens to the run's signal: 64 of them are expected, not a leak
  if (io.signal) setMaxListeners(Math.max(64, args.concurrency * 4 + 16), io.signal);

  // 1. everything that can be wrong with the input, before anything is sent or written
  const loaded = loadRun(args.inputs, { cwd: io.cwd, envName: args.env, envFile: args.envFile, overrides: args.vars, processEnv: io.env, allowEnv: args.allowEnv });
  // output files (the report, the HAR): never an input, a directory or an unwritable place; checked before sending
  const out = args.out ? path.resolve(io.cwd, args.out) : undefined;
  const har = args.har ? path.resolve(io.cwd, args.har) : undefined;
  const inputs = [...loaded.files, ...(loaded.envFile ? [loaded.envFile] : [])];
  if (!loaded.errors.length) {
    for (const [flag, file, shown] of [['--out', out, args.out], ['--har', har, args.har]] as const) {
      const problem = file && outFileProblem(file, inputs, shown!, flag);
      if (problem) loaded.errors.push(problem);
    }
    if (out && har && out === har) loaded.errors.push(`--out and --har name the same file (${args.out}); give each its own`);
  }
  if (loaded.errors.length) {
    for (const w of loaded.warnings) warn(w);
    io.stderr(loaded.errors.map(e => safe(e)).join('\n') + '\n');
    io.stderr(`elig run: ${loaded.errors.length} input error(s); nothing was run.\n`);
    return EXIT.input;
  }
  for (const w of loaded.warnings) warn(w);

  let configured: Target;
  try { configured = targetFromEnv(io.env); } catch {
    io.stderr(`elig run: ELIG_OVH_ENDPOINT is neither ovh-eu, ovh-ca, ovh-us nor a URL\n`);
    return EXIT.input;
  }
  let target = configured;
  let poll: Partial<PollOptions> | undefined;
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | undefined;
  if (args.sandbox) {
    if (loaded.environment?.ovhEndpoint || loaded.environment?.orangeBaseUrl) warn('--sandbox: the endpoints of the environment are ignored');
    sandbox = await startSandbox({ port: 0, logger });
    logger.info(`sandbox on ${sandbox.url}`);
    target = sandboxTarget(sandbox.url);
    configured = target;
    poll = { initialDelayMs: 5, maxDelayMs: 50, deadlineMs: 30000 };
  } else {
    try {
      const r = retarget(configured, loaded.environment);
      target = r.target;
      r.warnings.forEach(warn);
    } catch (e) {
      io.stderr(`${safe(`${loaded.envFile ? path.relative(io.cwd, loaded.envFile) + ': ' : ''}${(e as Error).message}`)}\n`);
      return EXIT.input;
    }
  }

  const { http } = createRunHttp({
    homes: credentialHomes(configured), ratePerSec: args.rate, rates: args.rates, logger, proxy,
    timeoutMs: args.timeoutSec ? Math.round(args.timeoutSec * 1000) : undefined,
    maxResponseBytes: args.maxResponseMb ? Math.round(args.maxResponseMb * 1024 * 1024) : undefined,
  });
  const progress = args.noProgress || !io.stderrIsTTY || args.quiet ? undefined : progressPrinter(io.stderr);
  const t0 = performance.now();
  let outcomes: RequestOutcome[];
  try {
    outcomes = await runRequests(loaded.items, {
      ctx: { http, target, state: createSharedState(), poll, recordExchanges: !!args.har },
      concurrency: args.concurrency, bail: args.bail, signal: io.signal,
      environment: loaded.environment && loaded.environment.name !== '$shared' ? loaded.environment.name : undefined,
      tags: args.tags, grep: args.grep, onProgress: progress?.update,
    });
  } finally {
    progress?.done();
    http.dispose();
    await sandbox?.close();
  }
  const totalMs = Math.round(performance.now() - t0);
  const summary = summarize(outcomes);
  // redaction works on values: every string of the outcomes is redacted before any serialization
  // (the reporters never print the full result); the finished text is redacted once more
  // the raw body and the exchange stay out (no reporter prints them); normalized results and drift stay in
  const shown = outcomes.map(o => redactor.redactValue({ ...o, result: o.result && { ...o.result, raw: undefined, exchange: undefined } } as RequestOutcome));
  const report = redactor.redact(args.reporter === 'json' ? jsonReport(shown)
    : args.reporter === 'junit' ? junitReport(shown, totalMs)
      : prettyReport(shown, summary, { color: !args.out && io.stdoutIsTTY && !io.env.NO_COLOR, totalMs }));
  if (har) {
    // every field was redacted when recorded (src/core/har/exchange.ts); a pass over the JSON text could break its escapes
    try { writeAtomic(har, harOfRun(outcomes)); } catch (e) {
      io.stderr(`elig run: cannot write the HAR to ${safe(args.har!)} (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
    }
    if (!args.quiet) io.stderr(`HTTP exchanges written to ${safe(args.har!)} (HAR 1.2, secrets redacted)\n`);
  }
  if (out) {
    try { writeAtomic(out, report); } catch (e) {
      io.stderr(`elig run: cannot write the report to ${safe(args.out!)} (${(e as NodeJS.ErrnoException).code ?? 'error'}); here it is on stdout instead\n`);
      io.stdout(report);
      return EXIT.errors;
    }
    if (!args.quiet) io.stderr(`${summary.passed} passed, ${summary.failed} failed, ${summary.errors} errors, ${summary.skipped} skipped; report written to ${safe(args.out!)}\n`);
  } else io.stdout(report);
  if (io.signal?.aborted) {
    if (!args.quiet) io.stderr(safeLines(`elig run: stopped by ${io.signal.reason === 'SIGTERM' ? 'SIGTERM' : 'an interrupt'}; the report holds what finished\n`));
    return interruptedExit(io.signal);
  }
  return summary.errors ? EXIT.errors : summary.failed ? EXIT.failures : EXIT.ok;
}

