/** `elig compare <place>`: one place asked of OVHcloud, Orange b2b and Orange RIP, as one matrix. */
import fs from 'node:fs';
import path from 'node:path';
import { createSharedState, type PollOptions } from '../core/apis/operation';
import { compare, compareExitCode, COMPARE_APIS, parsePlace, type CompareApi, type CompareResult } from '../core/compare';
import { EligError } from '../core/errors';
import { proxySettings, type ProxySettings } from '../core/http/proxy';
import { redactor } from '../core/log';
import { credentialHomes } from '../core/requests/endpoints';
import { createRunHttp } from '../core/requests/http';
import { parseRateFlag, type RateKey } from '../core/schedule/rates';
import { sandboxTarget, targetFromEnv, type Target } from '../core/target';
import { startSandbox } from '../sandbox';
import { markdownReport, prettyCompare } from './reporters/compare';
import { registerEnvSecrets, type CliIO } from './run';

export const COMPARE_EXIT = { ok: 0, apiFailed: 2, input: 3, ambiguous: 4, interrupted: 130 } as const;

export const COMPARE_USAGE = `elig compare <place> [options]
  Asks OVHcloud Connectivity, Orange Business Eligibility and Orange RIP about one place, concurrently,
  and prints one matrix: ADSL, VDSL, SDSL, FTTH, FTTE, FTTO × the three providers.
  <place>               an address "2 RUE DU VERGER, 91400 ORSAY", a building code IMB/91471/C/NT8X,
                        a 10-digit line number, or coordinates "48.6986,2.1873"
  --apis LIST           comma-separated subset of ovh,orange-b2b,orange-rip (default: all three)
  --reporter R          pretty (default) | json (the CompareResult, exactly) | markdown (for a ticket)
  --out FILE            write the report to FILE instead of stdout (atomically)
  --pick first          several localities, streets or buildings: take the first (default: list them, exit 4)
  --rate N[/s] | FAMILY=N[/s]   at most N HTTP requests per second (per family: ovh, orange…)
  --timeout S           seconds allowed for one HTTP attempt (default 30)
  --proxy URL           forward proxy for every request, e.g. http://proxy:3128 (default: HTTPS_PROXY /
                        HTTP_PROXY; NO_PROXY still applies; credentials in the URL are never printed)
  --sandbox             start the embedded sandbox and point every API at it
Credentials come from the environment (see elig --help).
Exit codes: 0 matrix complete · 2 an API failed (cell "error") · 3 bad input · 4 ambiguous place (cells "needs-choice") · 130 interrupted`;

interface CompareArgs {
  place: string; apis: CompareApi[]; reporter: 'pretty' | 'json' | 'markdown'; out?: string; pick: 'none' | 'first';
  sandbox: boolean; rate?: number; rates: Partial<Record<RateKey, number>>; timeoutSec?: number;
  /** forward proxy (replaces HTTPS_PROXY / HTTP_PROXY; NO_PROXY still applies) */
  proxy?: string;
}

function parseCompareArgs(argv: readonly string[]): CompareArgs {
  const a: CompareArgs = { place: '', apis: [...COMPARE_APIS], reporter: 'pretty', pick: 'none', sandbox: false, rates: {} };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === '--') { words.push(...argv.slice(i + 1)); break; }
    if (!raw.startsWith('--')) { words.push(raw); continue; }
    const eq = raw.indexOf('=');
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string => {
      const v = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new EligError({ kind: 'input', message: `${name} needs a value` });
      return v;
    };
    switch (name) {
      case '--apis': {
        const list = value().split(',').map(s => s.trim()).filter(Boolean);
        const bad = list.filter(x => !(COMPARE_APIS as readonly string[]).includes(x));
        if (bad.length || !list.length) throw new EligError({ kind: 'input', message: `--apis: unknown API ${JSON.stringify(bad[0] ?? '')}; expected a comma-separated subset of ${COMPARE_APIS.join(',')}` });
        a.apis = [...new Set(list)] as CompareApi[]; break;
      }
      case '--reporter': {
        const v = value();
        if (v !== 'pretty' && v !== 'json' && v !== 'markdown') throw new EligError({ kind: 'input', message: `--reporter must be pretty, json or markdown (got ${JSON.stringify(v)})` });
        a.reporter = v; break;
      }
      case '--out': a.out = value(); break;
      case '--proxy': a.proxy = value(); break;
      case '--pick': {
        const v = value();
        if (v !== 'first') throw new EligError({ kind: 'input', message: `--pick accepts "first" only (got ${JSON.stringify(v)})` });
        a.pick = 'first'; break;
      }
      case '--sandbox': a.sandbox = true; break;
      case '--rate': {
        const r = parseRateFlag(value());
        if (!r) throw new EligError({ kind: 'input', message: '--rate needs N, N/s, N/min or FAMILY=N (FAMILY ovh or orange)' });
        if (r.key) a.rates[r.key] = r.perSec; else a.rate = r.perSec;
        break;
      }
      case '--timeout': {
        const n = Number(value());
        if (!Number.isFinite(n) || n <= 0) throw new EligError({ kind: 'input', message: '--timeout needs a positive number of seconds' });
        a.timeoutSec = n; break;
      }
      default: throw new EligError({ kind: 'input', message: `unknown option ${name}` });
    }
  }
  a.place = words.join(' ').trim();
  if (!a.place) throw new EligError({ kind: 'input', message: 'a place is required' });
  return a;
}

function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new EligError({ kind: 'input', message: `--out ${file} is a directory` });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

export async function compareCommand(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { io.stdout(COMPARE_USAGE + '\n'); return COMPARE_EXIT.ok; }
  registerEnvSecrets(io.env);
  let args: CompareArgs;
  let target: Target;
  let proxy: ProxySettings;
  try {
    args = parseCompareArgs(argv);
    proxy = proxySettings(args.proxy, io.env);
    parsePlace(args.place); // bad input: exit 3 before anything starts
    target = targetFromEnv(io.env);
  } catch (e) {
    const msg = e instanceof EligError ? `${e.message}${e.hint ? `\n${e.hint}` : ''}` : 'ELIG_OVH_ENDPOINT is neither ovh-eu, ovh-ca, ovh-us nor a URL';
    io.stderr(`elig compare: ${redactor.redact(msg)}\nSee: elig compare --help\n`);
    return COMPARE_EXIT.input;
  }
  let sandbox: Awaited<ReturnType<typeof startSandbox>> | undefined;
  let poll: Partial<PollOptions> | undefined;
  if (args.sandbox) {
    sandbox = await startSandbox({ port: 0 });
    target = sandboxTarget(sandbox.url);
    poll = { initialDelayMs: 5, maxDelayMs: 50, deadlineMs: 30000 };
  }
  const { http } = createRunHttp({
    homes: credentialHomes(target), ratePerSec: args.rate, rates: args.rates, proxy,
    timeoutMs: args.timeoutSec ? Math.round(args.timeoutSec * 1000) : undefined,
  });
  const t0 = performance.now();
  let result: CompareResult;
  try {
    result = await compare(args.place, { ctx: { http, target, state: createSharedState(), poll }, apis: args.apis, pick: args.pick, signal: io.signal });
  } catch (e) {
    if (e instanceof EligError && e.kind === 'cancelled') { io.stderr('elig compare: interrupted\n'); return COMPARE_EXIT.interrupted; }
    io.stderr(`elig compare: ${redactor.redact(e instanceof Error ? e.message : String(e))}\n`);
    return e instanceof EligError && e.kind === 'input' ? COMPARE_EXIT.input : COMPARE_EXIT.apiFailed;
  } finally {
    http.dispose();
    await sandbox?.close();
  }
  const totalMs = Math.round(performance.now() - t0);
  const report = redactor.redact(args.reporter === 'json' ? JSON.stringify(result, null, 2) + '\n'
    : args.reporter === 'markdown' ? markdownReport(result)
      : prettyCompare(result, { color: !args.out && io.stdoutIsTTY && !io.env.NO_COLOR, totalMs }));
  const code = compareExitCode(result);
  if (args.out) {
    try { writeAtomically(path.resolve(io.cwd, args.out), report); } catch (e) {
      io.stderr(`elig compare: cannot write ${args.out}: ${(e as Error).message}\n`);
      return COMPARE_EXIT.input;
    }
    io.stderr(`matrix written to ${args.out}${code === 4 ? ' (ambiguous place: see the candidates)' : code === 2 ? ' (an API failed)' : ''}\n`);
  } else io.stdout(report);
  return code;
}
