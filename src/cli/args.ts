/** Hand-rolled argument parsing for `elig run` (no dependency): `--flag value`, `--flag=value`. */
import { parseRateFlag, RateKey } from '../core/schedule/rates';
import type { VariableValue } from '../core/requests/schema';

export const REPORTERS = ['pretty', 'json', 'junit'] as const;
export type ReporterName = typeof REPORTERS[number];

export interface RunArgs {
  inputs: string[];
  env?: string;
  envFile?: string;
  reporter: ReporterName;
  out?: string;
  /** `--har FILE`: every HTTP exchange of the run as HAR 1.2 */
  har?: string;
  concurrency: number;
  /** requests per second, or undefined for no limit */
  rate?: number;
  /** per API family (`--rate ovh=10/s`) */
  rates: Partial<Record<RateKey, number>>;
  bail: boolean;
  sandbox: boolean;
  /** per HTTP attempt, seconds */
  timeoutSec?: number;
  /** forward proxy for every request (replaces HTTPS_PROXY / HTTP_PROXY; NO_PROXY still applies) */
  proxy?: string;
  vars: Record<string, VariableValue>;
  tags: string[];
  grep?: string;
  verbose: boolean;
  quiet: boolean;
  noProgress: boolean;
}

export class UsageError extends Error {}

export const RUN_USAGE = `elig run <files|dirs|globs...> [options]
  Replays request files (*.elig.json; directories are searched recursively).
  --env NAME            environment from the environments file (elig.env.json)
  --env-file FILE       environments file (default: the nearest elig.env.json above the first input)
  --var NAME=VALUE      set a variable (wins over the environment and the file); repeatable
  --tag TAG             run only requests with this tag; repeatable
  --grep TEXT           run only requests whose name contains TEXT
  --reporter R          pretty (default) | json | junit
  --out FILE            write the report to FILE instead of stdout
  --har FILE            also write every HTTP exchange of the run (token requests and polls
                        included, secrets redacted) as a HAR 1.2 file, for a support ticket
  --concurrency N       HTTP requests in flight at once (default 4); a request waiting
                        between two OVH polls holds none (with --bail: whole requests)
  --rate N[/s|/min]     at most N HTTP requests per second, polls, token requests and retries included
  --rate FAMILY=N[/s]   the same per API family (ovh, orange, or orange-b2b / orange-rip / orange-token); repeatable
  --timeout S           seconds allowed for one HTTP attempt (default 30)
  --proxy URL           forward proxy for every request, e.g. http://proxy:3128 (default: HTTPS_PROXY /
                        HTTP_PROXY; NO_PROXY still applies; credentials in the URL are never printed)
  --bail                stop starting requests after the first failure
  --sandbox             start the embedded sandbox and point every API at it
  --no-progress         no progress line (it only shows on a terminal anyway)
  --verbose             debug log on stderr (secrets redacted)
  --quiet               only errors on stderr
Exit codes: 0 all passed · 1 assertion failures · 2 request errors · 3 bad input · 130 interrupted`;

export function parseRunArgs(argv: readonly string[]): RunArgs {
  const a: RunArgs = { inputs: [], reporter: 'pretty', concurrency: 4, rates: {}, bail: false, sandbox: false, vars: {}, tags: [], verbose: false, quiet: false, noProgress: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg === '--') { a.inputs.push(...argv.slice(i + 1)); break; }
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
      a.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--env': a.env = value(); break;
      case '--env-file': a.envFile = value(); break;
      case '--reporter': {
        const r = value();
        if (!(REPORTERS as readonly string[]).includes(r)) throw new UsageError(`--reporter must be one of ${REPORTERS.join(', ')} (got ${JSON.stringify(r)})`);
        a.reporter = r as ReporterName; break;
      }
      case '--out': a.out = value(); break;
      case '--har': a.har = value(); break;
      case '--concurrency': {
        const v = value(), n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--concurrency needs an integer from 1 to 1000 (got ${JSON.stringify(v)})`);
        a.concurrency = n; break;
      }
      case '--rate': {
        const v = value(), r = parseRateFlag(v);
        if (r === undefined) throw new UsageError(`--rate needs a positive number of requests per second, e.g. 10 or 10/s or 600/min, or FAMILY=N with FAMILY ovh or orange (got ${JSON.stringify(v)})`);
        if (r.key) a.rates[r.key] = r.perSec; else a.rate = r.perSec;
        break;
      }
      case '--timeout': {
        const v = value(), n = Number(v);
        if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--timeout needs a positive number of seconds (got ${JSON.stringify(v)})`);
        a.timeoutSec = n; break;
      }
      case '--var': {
        const v = value(), k = v.indexOf('=');
        if (k <= 0) throw new UsageError(`--var needs NAME=VALUE (got ${JSON.stringify(v)})`);
        a.vars[v.slice(0, k)] = v.slice(k + 1); break;
      }
      case '--tag': a.tags.push(value()); break;
      case '--grep': a.grep = value(); break;
      case '--proxy': a.proxy = value(); break;
      case '--bail': a.bail = true; break;
      case '--sandbox': a.sandbox = true; break;
      case '--verbose': a.verbose = true; break;
      case '--quiet': a.quiet = true; break;
      case '--no-progress': a.noProgress = true; break;
      default: throw new UsageError(`unknown option ${flag}`);
    }
    if (eq > 0 && ['--bail', '--sandbox', '--verbose', '--quiet', '--no-progress'].includes(flag)) throw new UsageError(`${flag} takes no value`);
  }
  if (!a.inputs.length) throw new UsageError('no request files given');
  return a;
}
