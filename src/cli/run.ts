import fs from 'node:fs';
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
import { progressPrinter } from './progress';
import { harOfRun } from './har';
import { jsonReport } from './reporters/json';
import { junitReport } from './reporters/junit';
import { prettyReport } from './reporters/pretty';

export const EXIT = { ok: 0, failures: 1, errors: 2, input: 3, interrupted: 130 } as const;

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** aborted on SIGINT */
  signal?: AbortSignal;
}

/** Registers every credential value of the environment with the process-wide redactor. */
export function registerEnvSecrets(env: NodeJS.ProcessEnv): void {
  for (const k of ['ELIG_OVH_APPLICATION_KEY', 'ELIG_OVH_APPLICATION_SECRET', 'ELIG_OVH_CONSUMER_KEY', 'ELIG_ORANGE_CLIENT_ID', 'ELIG_ORANGE_CLIENT_SECRET', 'ELIG_ORANGE_API_KEY']) {
    redactor.addSecret(env[k]);
  }
}

export async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  registerEnvSecrets(io.env);
  let args: RunArgs;
  try { args = parseRunArgs(argv); } catch (e) {
    io.stderr(`elig run: ${(e as Error).message}\nSee: elig run --help\n`);
    return EXIT.input;
  }
  let proxy: ProxySettings;
  try { proxy = proxySettings(args.proxy, io.env); } catch (e) {
    io.stderr(`elig run: ${redactor.redact((e as Error).message)}\n`);
    return EXIT.input;
  }
  const logger = cliLogger(args, io.stderr);
  const warn = (s: string) => { if (!args.quiet) io.stderr(`warning: ${redactor.redact(s)}\n`); };

  // 1. everything that can be wrong with the input, before anything is sent or written
  const loaded = loadRun(args.inputs, { cwd: io.cwd, envName: args.env, envFile: args.envFile, overrides: args.vars, processEnv: io.env });
  if (loaded.errors.length) {
    for (const w of loaded.warnings) warn(w);
    io.stderr(loaded.errors.map(e => redactor.redact(e)).join('\n') + '\n');
    io.stderr(`elig run: ${loaded.errors.length} input error(s); nothing was run.\n`);
    return EXIT.input;
  }
  for (const w of loaded.warnings) warn(w);
  if (args.har && loaded.files.some(f => path.resolve(io.cwd, f) === path.resolve(io.cwd, args.har!))) {
    io.stderr(`elig run: --har ${args.har} is one of the request files; choose another file (it would be overwritten)\n`);
    return EXIT.input;
  }

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
      io.stderr(`${loaded.envFile ? path.relative(io.cwd, loaded.envFile) + ': ' : ''}${(e as Error).message}\n`);
      return EXIT.input;
    }
  }

  const { http } = createRunHttp({
    homes: credentialHomes(configured), ratePerSec: args.rate, rates: args.rates, logger, proxy,
    timeoutMs: args.timeoutSec ? Math.round(args.timeoutSec * 1000) : undefined,
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
  const report = redactor.redact(args.reporter === 'json' ? jsonReport(outcomes)
    : args.reporter === 'junit' ? junitReport(outcomes, totalMs)
      : prettyReport(outcomes, summary, { color: !args.out && io.stdoutIsTTY && !io.env.NO_COLOR, totalMs }));
  if (args.har) {
    // every field was redacted when recorded (src/core/har/exchange.ts); a pass over the JSON text could break its escapes
    writeAtomic(path.resolve(io.cwd, args.har), harOfRun(outcomes));
    if (!args.quiet) io.stderr(`HTTP exchanges written to ${args.har} (HAR 1.2, secrets redacted)\n`);
  }
  if (args.out) {
    writeAtomic(path.resolve(io.cwd, args.out), report);
    if (!args.quiet) io.stderr(`${summary.passed} passed, ${summary.failed} failed, ${summary.errors} errors, ${summary.skipped} skipped; report written to ${args.out}\n`);
  } else io.stdout(report);
  if (io.signal?.aborted) return EXIT.interrupted;
  return summary.errors ? EXIT.errors : summary.failed ? EXIT.failures : EXIT.ok;
}

function writeAtomic(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
