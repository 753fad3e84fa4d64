/**
 * Argument parsing for `elig sandbox` (the CLI prints `listening on <url>` after startSandbox).
 *   elig sandbox [--port N] [--latency MS] [--jitter MS] [--pending-polls N]
 *                [--token-lifetime S] [--seed N] [--fault SPEC]...
 */
import { parseFaultConfig, type FaultConfig, type FaultRule } from './faultConfig';
import { SANDBOX_APIS, type SandboxApi } from './apiOf';
import type { SandboxOptions } from './index';

export const FAULT_SPEC_HELP = `--fault SPEC (repeatable)   SPEC = NAME[,key=value]...
  NAME
    429 | 500 | 503 | any 4xx/5xx   answer that status in the API's own error shape
    reset                          destroy the connection (the client sees ECONNRESET)
    hang                           accept the request and never answer
    truncate                       cut the response body in half
    invalid-json                   answer a body that is not JSON
    stuck-pending                  OVH tasks never leave 'pending' (path= narrows it)
    html                           append an HTML/<script> payload to text fields of answers
    quota                          per-API rate limit: api=ovh|orange-token|orange-b2b|orange-rip,rps=N (429 beyond)
    latency                        ms=N[,jitter=N]  (same as --latency/--jitter)
  keys
    rate=0..1        probability per matching request (default 1; seeded, deterministic)
    path=/prefix     URL path prefix, e.g. path=/eligibility/b2b or path=/1.0/connectivity/eligibility/test
    times=N          fire at most N times
    retry-after=S    send Retry-After: S (status faults only; absent = no header)
  examples
    --fault 503,rate=0.1   --fault 429,retry-after=2,path=/eligibility/b2b,times=3
    --fault reset,times=1  --fault quota,api=ovh,rps=5   --fault stuck-pending,path=/1.0/connectivity/eligibility/test`;

export const SANDBOX_USAGE = `elig sandbox [--port N] [--latency MS] [--jitter MS] [--pending-polls N] [--token-lifetime S] [--seed N] [--fault SPEC]...
Runs the local simulator of the OVHcloud and Orange eligibility APIs on 127.0.0.1 until stopped.
${FAULT_SPEC_HELP}
Run-time control: GET/POST /_sandbox/faults, POST /_sandbox/reset, GET /_sandbox/counters,
POST /_sandbox/count-bodies, GET /_sandbox/body-counts,
POST /_sandbox/expire-tokens, GET/POST /_sandbox/config, GET /_sandbox/stats.`;

type Mutable = { -readonly [K in keyof FaultConfig]: FaultConfig[K] };

function num(name: string, v: string | undefined, min = 0): number {
  const n = Number(v);
  if (v === undefined || v === '' || !Number.isFinite(n) || n < min) throw new Error(`${name} needs a number ≥ ${min} (got ${v === undefined ? 'nothing' : JSON.stringify(v)})`);
  return n;
}

/** Adds one --fault SPEC to `into`. Throws an Error with a readable message on bad input. */
export function parseFaultSpec(spec: string, into: Mutable): void {
  const [name, ...pairs] = spec.split(',').map(s => s.trim());
  const kv = new Map<string, string>();
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i <= 0) throw new Error(`--fault ${spec}: expected key=value, got "${p}"`);
    kv.set(p.slice(0, i).trim(), p.slice(i + 1).trim());
  }
  const allowed = (keys: string[]) => {
    for (const k of kv.keys()) if (!keys.includes(k)) throw new Error(`--fault ${spec}: unknown key "${k}" (allowed: ${keys.join(', ')})`);
  };
  const common = (): Partial<FaultRule> => ({
    ...(kv.has('rate') ? { rate: num('rate', kv.get('rate')) } : {}),
    ...(kv.has('path') ? { path: kv.get('path') } : {}),
    ...(kv.has('times') ? { times: num('times', kv.get('times'), 1) } : {}),
  });
  if (/^\d{3}$/.test(name)) {
    allowed(['rate', 'path', 'times', 'retry-after']);
    const status = Number(name);
    if (status < 400 || status > 599) throw new Error(`--fault ${spec}: status must be 4xx or 5xx`);
    into.rules.push({ kind: 'status', status, rate: 1, ...common(), ...(kv.has('retry-after') ? { retryAfter: num('retry-after', kv.get('retry-after')) } : {}) });
  } else if (name === 'reset' || name === 'hang' || name === 'truncate' || name === 'invalid-json') {
    allowed(['rate', 'path', 'times']);
    into.rules.push({ kind: name, rate: 1, ...common() });
  } else if (name === 'stuck-pending') {
    allowed(['path']);
    into.stuckPending.push(kv.get('path') ?? '/');
  } else if (name === 'html') {
    allowed([]);
    into.htmlPayload = true;
  } else if (name === 'quota') {
    allowed(['api', 'rps']);
    const api = kv.get('api') as SandboxApi;
    if (!SANDBOX_APIS.includes(api)) throw new Error(`--fault ${spec}: api must be one of ${SANDBOX_APIS.join(', ')}`);
    into.quota[api] = num('rps', kv.get('rps'), 1);
  } else if (name === 'latency') {
    allowed(['ms', 'jitter']);
    into.latencyMs = num('ms', kv.get('ms'));
    if (kv.has('jitter')) into.jitterMs = num('jitter', kv.get('jitter'));
  } else {
    throw new Error(`--fault ${spec}: unknown fault "${name}"\n${FAULT_SPEC_HELP}`);
  }
}

export interface ParsedSandboxArgs { options: Omit<SandboxOptions, 'logger'>; help: boolean }

/** Parses `elig sandbox` arguments (without the leading `sandbox`). Throws Error on bad input. */
export function parseSandboxArgs(argv: readonly string[]): ParsedSandboxArgs {
  const faults: Mutable = parseFaultConfig({});
  const options: Omit<SandboxOptions, 'logger'> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': options.port = Math.floor(num('--port', value())); if (options.port > 65535) throw new Error('--port must be ≤ 65535'); break;
      case '--latency': faults.latencyMs = Math.floor(num('--latency', value())); break;
      case '--jitter': faults.jitterMs = Math.floor(num('--jitter', value())); break;
      case '--pending-polls': options.pendingPolls = Math.floor(num('--pending-polls', value())); break;
      case '--token-lifetime': options.tokenLifetimeSec = Math.floor(num('--token-lifetime', value())); break;
      case '--seed': options.seed = Math.floor(num('--seed', value())); break;
      case '--fault': parseFaultSpec(value(), faults); break;
      case '-h': case '--help': help = true; break;
      default: throw new Error(`unknown option ${a}\n${SANDBOX_USAGE}`);
    }
  }
  options.faults = parseFaultConfig(faults);
  return { options, help };
}
