/** Argument parsing for `elig campaign`, `elig merge` and `elig diff` (same conventions as `elig run`). */
import type { ApiId } from '../core/model/normalized';
import { CAMPAIGN_APIS } from '../core/campaign/record';
import { parseRateFlag, RateKey } from '../core/schedule/rates';
import { UsageError } from './args';

export interface CampaignArgs {
  input?: string;
  apis: ApiId[];
  request?: string;
  out?: string;
  jsonl?: string;
  html?: string;
  journal?: string;
  resume: boolean;
  retryFailed: boolean;
  fresh: boolean;
  rate?: number;
  rates: Partial<Record<RateKey, number>>;
  concurrency: number;
  shard?: { index: number; count: number };
  sandbox: boolean;
  map: Record<string, string>;
  timeoutSec?: number;
  /** forward proxy (replaces HTTPS_PROXY / HTTP_PROXY; NO_PROXY still applies) */
  proxy?: string;
  quiet: boolean;
  verbose: boolean;
  noProgress: boolean;
}

export const CAMPAIGN_USAGE = `elig campaign <input.csv|input.jsonl> [options]
  One report row per input row (in input order), resumable after a crash, within quota.
  Per row: the cross-provider compare of the row's place (default), or a request-file template.
  --apis LIST           ovh,orange-b2b,orange-rip (default: all three)
  --request T.elig.json a request-file template: {{column}} variables come from the row, expect per row
  --map COLUMN=FIELD    use COLUMN as FIELD (id, address, zip, city, street, number, building, line, otp, lat, lon);
                        COLUMN=- makes a column recognised by its header no field (it passes through)
  --out F.csv           CSV report (default: <input>.report.csv when no report is asked)
  --jsonl F             JSON-lines report (the same rows, with the full matrix)
  --html F              self-contained HTML report (charts, breakdown by zip/city, errors, filterable table)
  --journal F           the journal (default: <first report>.journal)
  --resume              finish a campaign from its journal (no finished row is sent again)
  --retry-failed        run again only the rows that ended in an API error
  --fresh               start over even if the journal exists
  --rate FAMILY=N[/s]   per API family: ovh, orange (or orange-b2b, orange-rip, orange-token); repeatable;
                        a plain --rate N caps every request together
  --concurrency N       HTTP requests in flight at once (default 8)
  --shard I/N           only rows with (row number - 1) mod N = I - 1 (CI matrices); join with elig merge
  --timeout S           seconds allowed for one HTTP attempt (default 30)
  --proxy URL           forward proxy for every request, e.g. http://proxy:3128 (default: HTTPS_PROXY /
                        HTTP_PROXY; NO_PROXY still applies; credentials in the URL are never printed)
  --sandbox             start the embedded sandbox and point every API at it
  --quiet | --no-progress | --verbose
Exit codes: 0 done · 1 template expect failed or unreadable rows · 2 API errors in some rows ·
3 unusable input (nothing sent) · 130 interrupted (finish with --resume)`;

export const MERGE_USAGE = `elig merge <shard reports...> [--out F.csv] [--jsonl F] [--html F]
  Joins shard reports (JSON lines, from elig campaign --jsonl) into one report in input order.
Exit codes: 0 · 3 bad input`;

export const DIFF_USAGE = `elig diff <before.jsonl> <after.jsonl> [--reporter pretty|markdown|csv] [--out F] [--fail-on-change]
  Rows whose eligibility changed between two campaign reports (matched by id): technologies
  gained or lost per API, rate changes, errors appearing or going.
Exit codes: 0 (1 with --fail-on-change when something changed) · 3 bad input`;

type Flag = (name: string) => string;

/** Shared loop: positional arguments and `--flag value` / `--flag=value`. */
export function parseFlags(argv: readonly string[], onFlag: (flag: string, value: Flag, hasInline: boolean) => void): string[] {
  const pos: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { pos.push(...argv.slice(i + 1)); break; }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
      pos.push(arg); continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value: Flag = name => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return v;
    };
    onFlag(flag, value, eq > 0);
  }
  return pos;
}

export function parseCampaignArgs(argv: readonly string[]): CampaignArgs {
  const a: CampaignArgs = { apis: [...CAMPAIGN_APIS], rates: {}, concurrency: 8, resume: false, retryFailed: false, fresh: false, sandbox: false, map: {}, quiet: false, verbose: false, noProgress: false };
  const bool = (flag: string, inline: boolean) => { if (inline) throw new UsageError(`${flag} takes no value`); return true; };
  const pos = parseFlags(argv, (flag, value, inline) => {
    switch (flag) {
      case '--apis': {
        const list = value(flag).split(',').map(s => s.trim()).filter(Boolean);
        const bad = list.filter(x => !(CAMPAIGN_APIS as string[]).includes(x));
        if (bad.length || !list.length) throw new UsageError(`--apis takes a list of ${CAMPAIGN_APIS.join(', ')} (got ${JSON.stringify(bad.join(',') || '')})`);
        a.apis = CAMPAIGN_APIS.filter(x => list.includes(x)); break;
      }
      case '--request': a.request = value(flag); break;
      case '--out': a.out = value(flag); break;
      case '--jsonl': a.jsonl = value(flag); break;
      case '--html': a.html = value(flag); break;
      case '--journal': a.journal = value(flag); break;
      case '--proxy': a.proxy = value(flag); break;
      case '--resume': a.resume = bool(flag, inline); break;
      case '--retry-failed': a.retryFailed = bool(flag, inline); break;
      case '--fresh': a.fresh = bool(flag, inline); break;
      case '--sandbox': a.sandbox = bool(flag, inline); break;
      case '--quiet': a.quiet = bool(flag, inline); break;
      case '--verbose': a.verbose = bool(flag, inline); break;
      case '--no-progress': a.noProgress = bool(flag, inline); break;
      case '--rate': {
        const v = value(flag), r = parseRateFlag(v);
        if (!r) throw new UsageError(`--rate needs FAMILY=N[/s|/min] with FAMILY ovh or orange (or a plain N for every request; got ${JSON.stringify(v)})`);
        if (r.key) a.rates[r.key] = r.perSec; else a.rate = r.perSec;
        break;
      }
      case '--concurrency': {
        const v = value(flag), n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--concurrency needs an integer from 1 to 1000 (got ${JSON.stringify(v)})`);
        a.concurrency = n; break;
      }
      case '--shard': {
        const v = value(flag), m = /^(\d+)\/(\d+)$/.exec(v.trim());
        const i = m ? Number(m[1]) : NaN, n = m ? Number(m[2]) : NaN;
        if (!m || n < 1 || i < 1 || i > n || n > 10000) throw new UsageError(`--shard needs I/N with 1 ≤ I ≤ N, e.g. 2/4 (got ${JSON.stringify(v)})`);
        a.shard = { index: i, count: n }; break;
      }
      case '--map': {
        const v = value(flag), k = v.lastIndexOf('=');
        if (k <= 0 || k === v.length - 1) throw new UsageError(`--map needs COLUMN=FIELD (got ${JSON.stringify(v)})`);
        a.map[v.slice(0, k)] = v.slice(k + 1).trim(); break;
      }
      case '--timeout': {
        const v = value(flag), n = Number(v);
        if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--timeout needs a positive number of seconds (got ${JSON.stringify(v)})`);
        a.timeoutSec = n; break;
      }
      default: throw new UsageError(`unknown option ${flag}`);
    }
  });
  if (pos.length !== 1) throw new UsageError(pos.length ? `one input file, got ${pos.length}: ${pos.join(' ')}` : 'no input file given');
  a.input = pos[0];
  if ([a.resume, a.retryFailed, a.fresh].filter(Boolean).length > 1 && !(a.resume && a.retryFailed)) throw new UsageError('--fresh cannot go with --resume or --retry-failed');
  return a;
}
