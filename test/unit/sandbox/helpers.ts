/** Test helpers: start a sandbox in-process on a free port and talk to it over HTTP only. */
import { createHash } from 'node:crypto';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox/index';
import { SANDBOX_CREDENTIALS } from '../../../src/core/target';

export const CREDS = SANDBOX_CREDENTIALS;
export const ELIG = '/1.0/connectivity/eligibility';

export interface Res { status: number; headers: Headers; text: string; json: unknown }

export async function call(sb: RunningSandbox, method: string, path: string, init: { headers?: Record<string, string>; body?: string | object } = {}): Promise<Res> {
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  const r = await fetch(sb.url + path, { method, headers: { 'Content-Type': 'application/json', ...init.headers }, body });
  const text = await r.text();
  let json: unknown;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: r.status, headers: r.headers, text, json };
}

export const admin = {
  counters: async (sb: RunningSandbox) => (await call(sb, 'GET', '/_sandbox/counters')).json as import('../../../src/sandbox/index').CountersSnapshot,
  faults: (sb: RunningSandbox, faults: object) => call(sb, 'POST', '/_sandbox/faults', { body: faults }),
};

/** POSTs an OVH operation until the task is no longer pending; returns every task seen. */
export async function pollTask(sb: RunningSandbox, operation: string, body: object, headers?: () => Record<string, string>, max = 10): Promise<{ status: string; result: unknown; error: unknown }[]> {
  const seen: { status: string; result: unknown; error: unknown }[] = [];
  for (let i = 0; i < max; i++) {
    const r = await call(sb, 'POST', `${ELIG}/${operation}`, { body, headers: headers?.() });
    if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${r.text}`);
    const t = r.json as { status: string; result: unknown; error: unknown };
    seen.push(t);
    if (t.status !== 'pending') return seen;
  }
  return seen;
}

export function sign(o: { secret: string; ck: string; method: string; url: string; body: string; ts: number }): string {
  return '$1$' + createHash('sha1').update([o.secret, o.ck, o.method, o.url, o.body, o.ts].join('+')).digest('hex');
}

/** Signed OVH headers for `method` (POST by default) `path` with `body`, as a correct client computes them. */
export function signedHeaders(sb: RunningSandbox, path: string, body: string, over: Partial<{ appKey: string; secret: string; ck: string; ts: number; url: string; method: string }> = {}): Record<string, string> {
  const appKey = over.appKey ?? CREDS.ovh.applicationKey;
  const secret = over.secret ?? CREDS.ovh.applicationSecret;
  const ck = over.ck ?? CREDS.ovh.consumerKey;
  const ts = over.ts ?? Math.round(Date.now() / 1000);
  const url = over.url ?? sb.url + path;
  return {
    'X-Ovh-Application': appKey, 'X-Ovh-Consumer': ck, 'X-Ovh-Timestamp': String(ts),
    'X-Ovh-Signature': sign({ secret, ck, method: over.method ?? 'POST', url, body, ts }),
  };
}

export async function orangeToken(sb: RunningSandbox, id: string = CREDS.orange.clientId, secret: string = CREDS.orange.clientSecret, form = 'grant_type=client_credentials'): Promise<Res> {
  return call(sb, 'POST', '/oauth/v3/token', {
    headers: { Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: form,
  });
}

export async function bearer(sb: RunningSandbox): Promise<string> {
  const r = await orangeToken(sb);
  if (r.status !== 200) throw new Error(`token: ${r.status} ${r.text}`);
  return (r.json as { access_token: string }).access_token;
}

export function orangeHeaders(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'X-Api-Key': CREDS.orange.apiKey, Accept: 'application/json', ...extra };
}

/** mocha hooks: a fresh sandbox per suite, reset between tests. */
export function useSandbox(opts: SandboxOptions = {}): () => RunningSandbox {
  let sb: RunningSandbox | undefined;
  before(async () => { sb = await startSandbox(opts); });
  afterEach(() => sb?.reset());
  after(async () => { await sb?.close(); });
  return () => { if (!sb) throw new Error('sandbox not started'); return sb; };
}
