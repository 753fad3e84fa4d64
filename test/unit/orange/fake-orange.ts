import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient } from '../../../src/core/http/client';
import { createLogger, LogLevel } from '../../../src/core/log';
import { createSharedState, RunContext } from '../../../src/core/apis/operation';
import type { OrangeCredentials, Target } from '../../../src/core/target';

/**
 * A scripted Orange server on 127.0.0.1 (port 0): a token endpoint that counts requests and
 * checks Basic auth, the b2b and RIP endpoints that check the bearer token, the API key and
 * `Accept`, plus queues of scripted replies for faults. Every request is recorded.
 */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}
export interface Reply { status: number; body?: unknown; headers?: Record<string, string> }

export const CREDS: OrangeCredentials = { clientId: 'test-client-id', clientSecret: 'S3NTINEL-client-secret-9f2c', apiKey: 'S3NTINEL-api-key-77ab' };
export const TOKEN_PATH = '/oauth/v3/token';
export const POI_PATH = '/eligibility/b2b/v1/poi';
export const RIP_PATH = '/ripoperatoreligibility/v1/productRIPQualification';

export class FakeOrange {
  url = '';
  readonly requests: Recorded[] = [];
  /** tokens issued so far (token n is `S3NTINEL-token-<n>`) */
  readonly issued: string[] = [];
  /** tokens the server now answers 401/42 for */
  readonly expired = new Set<string>();
  tokenLifetimeSec: number | string | undefined = 3600;
  /** when set, token replies wait for this promise */
  tokenGate?: Promise<void>;
  /** scripted token replies (shifted one per token request), default: issue a token */
  readonly tokenReplies: Reply[] = [];
  /** scripted API replies (shifted one per API request), default: `apiDefault` */
  readonly apiReplies: Reply[] = [];
  apiDefault: (r: Recorded) => Reply = () => ({ status: 200, body: [] });
  private readonly server: http.Server;
  private readonly waiters: { pred: () => boolean; resolve: () => void }[] = [];

  constructor(private readonly creds: OrangeCredentials = CREDS) {
    this.server = http.createServer((req, res) => { void this.handle(req, res); });
  }

  async start(): Promise<this> {
    await new Promise<void>(r => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>(r => this.server.close(() => r()));
  }

  tokenRequests(): Recorded[] { return this.requests.filter(r => r.path === TOKEN_PATH); }
  apiRequests(): Recorded[] { return this.requests.filter(r => r.path !== TOKEN_PATH); }

  /** Resolves once `pred` holds (checked after every recorded request). */
  waitFor(pred: () => boolean): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise(resolve => this.waiters.push({ pred, resolve }));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const u = new URL(req.url ?? '/', 'http://x');
    const rec: Recorded = { method: req.method ?? '', path: u.pathname, query: u.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    this.requests.push(rec);
    for (const w of [...this.waiters]) if (w.pred()) { this.waiters.splice(this.waiters.indexOf(w), 1); w.resolve(); }
    const reply = rec.path === TOKEN_PATH ? await this.token(rec) : this.api(rec);
    const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'Content-Type': typeof reply.body === 'string' ? 'text/html' : 'application/json', 'Content-Length': String(Buffer.byteLength(text)), ...reply.headers });
    res.end(text);
  }

  private async token(r: Recorded): Promise<Reply> {
    if (this.tokenGate) await this.tokenGate;
    const scripted = this.tokenReplies.shift();
    if (scripted) return scripted;
    const basic = `Basic ${Buffer.from(`${this.creds.clientId}:${this.creds.clientSecret}`).toString('base64')}`;
    if (r.method !== 'POST' || r.headers.authorization !== basic) {
      return { status: 401, body: { code: 41, message: 'Invalid credentials', description: 'bad client credentials' } };
    }
    if (r.body !== 'grant_type=client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' } };
    const token = `S3NTINEL-token-${this.issued.length + 1}`;
    this.issued.push(token);
    return { status: 200, body: { token_type: 'Bearer', access_token: token, ...(this.tokenLifetimeSec === undefined ? {} : { expires_in: this.tokenLifetimeSec }) } };
  }

  private api(r: Recorded): Reply {
    if (r.headers.accept !== 'application/json') return { status: 406, body: { code: 406, message: 'Not Acceptable' } };
    const auth = r.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ')) return { status: 401, body: { code: 40, message: 'Missing credentials', description: 'no bearer token' } };
    const token = auth.slice(7);
    if (this.expired.has(token)) return { status: 401, body: { code: 42, message: 'Expired credentials', description: 'The requested service needs credentials, and the ones provided were out-of-date.' } };
    if (!this.issued.includes(token)) return { status: 401, body: { code: 41, message: 'Invalid credentials', description: 'unknown token' } };
    if (r.path === POI_PATH && r.headers['x-api-key'] !== this.creds.apiKey) {
      return { status: 401, body: { code: 41, message: 'Invalid credentials', description: 'bad API key' } };
    }
    const scripted = this.apiReplies.shift();
    return scripted ?? this.apiDefault(r);
  }
}

export interface TestContext { ctx: RunContext; logs: string[]; dispose(): void }

/** A RunContext pointed at `baseUrl` with the test credentials; logs captured (redacted). */
export function makeContext(baseUrl: string, creds: OrangeCredentials | null = CREDS): TestContext {
  const logs: string[] = [];
  const logger = createLogger((level: LogLevel, line: string) => { logs.push(`${level} ${line}`); });
  const httpClient = new HttpClient({ logger, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  const target: Target = { ovh: { baseUrl: 'https://eu.api.ovh.com/1.0' }, orange: { baseUrl, credentials: creds ?? undefined } };
  return { ctx: { http: httpClient, target, state: createSharedState() }, logs, dispose: () => httpClient.dispose() };
}

/** A promise with its resolver, to gate a scripted endpoint. */
export function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>(r => { open = r; });
  return { promise, open };
}

/**
 * Per test: a fresh scripted Orange server answering the Ajaccio POIs by default, and a context
 * pointed at it; both are torn down after the test. Read `srv` and `t` inside the tests.
 */
export function useFakeOrange(defaultBody: unknown): { readonly srv: FakeOrange; readonly t: TestContext } {
  const h = {} as { srv: FakeOrange; t: TestContext };
  beforeEach(async () => {
    h.srv = await new FakeOrange().start();
    h.srv.apiDefault = () => ({ status: 200, body: defaultBody });
    h.t = makeContext(h.srv.url);
  });
  afterEach(async () => { h.t.dispose(); await h.srv.close(); });
  return h;
}
