import fetch, { Headers } from 'node-fetch';
import { EligError } from '../errors';
import type { ExchangeSink } from '../har/exchange';
import { Logger, redactor, silentLogger } from '../log';
import { Agents, ConnectTimeoutError, createAgents } from './agents';
import { assertCredentialTarget } from './guard';
import type { ProxyOption } from './proxy';
import { proxyRefusal, transportError } from './tls';
import {
  backoffDelay, DEFAULT_RETRY, parseRetryAfter, RETRY_ALWAYS, RETRY_IDEMPOTENT, RetryPolicy, sleep,
} from './retry';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** exact bytes to send (the OVH signature covers them) */
  body?: string;
  /**
   * When the request carries credentials: the base URL those credentials were configured for.
   * The request is refused unless it goes over https (or loopback http) to that exact origin.
   */
  credentialBase?: string;
  signal?: AbortSignal;
  /** total time for one attempt, ms */
  timeoutMs?: number;
  /** safe to repeat after a network error or a 502/504 (GET, and OVH's re-postable tasks) */
  idempotent?: boolean;
  retry?: Partial<RetryPolicy>;
  /** short label for logs, e.g. "ovh test/line" */
  label?: string;
  /** gets every attempt, raw (it redacts on arrival): the support export's HAR (src/core/har) */
  recorder?: ExchangeSink;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** parsed body; undefined when the body is empty or not JSON (see parseError) */
  json: unknown;
  parseError?: string;
  durationMs: number;
  attempts: number;
}

export interface HttpClientOptions {
  logger?: Logger;
  connectTimeoutMs?: number;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  userAgent?: string;
  maxSockets?: number;
  /** largest decoded (decompressed) response body accepted, bytes (default DEFAULT_MAX_RESPONSE_MB) */
  maxResponseBytes?: number;
  /** the scheduler's rate buckets: a token before every attempt, a hold on 429/503 (see core/schedule) */
  pacer?: Pacer;
  /** forward proxy (./proxy): default HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment; false: none;
   *  a function is read on every request */
  proxy?: ProxyOption;
}

/** What the HTTP layer asks of a rate limiter: wait before each attempt; hear about throttling. */
export interface Pacer {
  take(req: HttpRequest): Promise<void>;
  throttled(req: HttpRequest, waitMs: number): void;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
export const DEFAULT_TIMEOUT_MS = 30000;
/** Default cap on one decoded response body (`elig run --max-response-mb`). */
export const DEFAULT_MAX_RESPONSE_MB = 32;

/**
 * The one HTTP layer under every API client: node-fetch (Node's http, so VS Code's proxy
 * support applies), explicit timeouts, safe retries with full jitter and Retry-After,
 * no redirects, a credential host guard and redacted logs.
 */
export class HttpClient {
  readonly logger: Logger;
  private readonly agents: Agents;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly userAgent: string;
  private readonly maxResponseBytes: number;
  private readonly pacer?: Pacer;

  constructor(opts: HttpClientOptions = {}) {
    this.pacer = opts.pacer;
    this.logger = opts.logger ?? silentLogger;
    this.agents = createAgents(opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, opts.maxSockets, opts.proxy);
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retry = { ...DEFAULT_RETRY, ...opts.retry };
    this.userAgent = opts.userAgent ?? 'eligibility-explorer';
    this.maxResponseBytes = opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_MB * 1024 * 1024;
  }

  dispose(): void { this.agents.destroy(); }

  async send(req: HttpRequest): Promise<HttpResponse> {
    if (req.credentialBase) assertCredentialTarget(req.url, req.credentialBase);
    const policy: RetryPolicy = { ...this.retry, ...req.retry };
    const maxAttempts = Math.min(3, Math.max(1, policy.maxAttempts));
    const t0 = Date.now();
    for (let attempt = 1; ; attempt++) {
      if (req.signal?.aborted) throw cancelled();
      let res: HttpResponse | undefined;
      if (this.pacer) await this.pacer.take(req);
      try {
        res = await this.once(req, attempt, t0);
      } catch (e) {
        const retriable = e instanceof EligError && (e.kind === 'network' || e.kind === 'timeout') && req.idempotent;
        if (!retriable || attempt >= maxAttempts) throw e;
        const wait = backoffDelay(attempt, policy);
        this.logger.warn(`${label(req)} attempt ${attempt} failed (${(e as Error).message}); retrying in ${wait} ms`);
        await sleep(wait, req.signal).catch(() => { throw cancelled(); });
        continue;
      }
      const retriable = RETRY_ALWAYS.has(res.status) || (req.idempotent && RETRY_IDEMPOTENT.has(res.status));
      const after = parseRetryAfter(res.headers['retry-after']);
      if (RETRY_ALWAYS.has(res.status) && after !== undefined) this.pacer?.throttled(req, Math.min(after, policy.maxRetryAfterMs));
      if (!retriable || attempt >= maxAttempts) return { ...res, attempts: attempt, durationMs: Date.now() - t0 };
      if (after !== undefined && after > policy.maxRetryAfterMs) {
        this.logger.warn(`${label(req)} ${res.status}: Retry-After ${after} ms is beyond ${policy.maxRetryAfterMs} ms; not retrying`);
        return { ...res, attempts: attempt, durationMs: Date.now() - t0 };
      }
      const wait = after ?? backoffDelay(attempt, policy);
      if (after === undefined && RETRY_ALWAYS.has(res.status)) this.pacer?.throttled(req, wait);
      this.logger.info(`${label(req)} ${res.status}; retrying in ${wait} ms (attempt ${attempt + 1}/${maxAttempts})`);
      await sleep(wait, req.signal).catch(() => { throw cancelled(); });
    }
  }

  private async once(req: HttpRequest, attempt: number, t0: number): Promise<HttpResponse> {
    const timeoutMs = req.timeoutMs ?? this.timeoutMs;
    const ctl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; ctl.abort(); }, timeoutMs);
    const onAbort = () => ctl.abort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    const headers = new Headers({ 'User-Agent': this.userAgent, ...req.headers });
    const started = Date.now();
    if (this.logger.enabled?.('debug') !== false) {
      this.logger.debug(`→ ${req.method} ${req.url}${attempt > 1 ? ` (attempt ${attempt})` : ''} ${JSON.stringify(redactor.redactHeaders(Object.fromEntries(headers.entries())))}${req.body ? ' ' + truncate(req.body) : ''}`);
    }
    try {
      const res = await fetch(req.url, {
        method: req.method, headers, body: req.body, redirect: 'manual',
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        signal: ctl.signal as any, compress: true,
        agent: (u: URL) => this.agents.for(u),
      });
      const headersAt = Date.now();
      const text = await readCapped(res, this.maxResponseBytes, label(req), () => ctl.abort());
      const hdrs: Record<string, string> = {};
      res.headers.forEach((v, k) => { hdrs[k.toLowerCase()] = v; });
      const ms = Date.now() - started;
      req.recorder?.({ ...sent(req, headers, started, attempt), status: res.status, responseHeaders: hdrs, responseBody: text, waitMs: headersAt - started, receiveMs: Date.now() - headersAt });
      this.logger.info(`${req.method} ${req.url} → ${res.status} in ${ms} ms${hdrs['x-ovh-queryid'] ? ` [X-OVH-QUERYID ${hdrs['x-ovh-queryid']}]` : ''}`);
      if (this.logger.enabled?.('trace') !== false) this.logger.trace(`← ${res.status} ${truncate(text)}`);
      const proxy = res.status === 407 ? this.agents.proxyOf(req.url) : undefined;
      if (proxy) throw new EligError(proxyRefusal(407, new URL(req.url).host, proxy, label(req)));
      if (res.status >= 300 && res.status < 400) {
        throw new EligError({ kind: 'redirect', status: res.status, nextStep: 'check-endpoint',
          message: `The server redirected (${res.status}) to ${hdrs['location'] ? safeLocation(hdrs['location']) : 'another location'}; redirects are never followed so credentials cannot leak. Check the endpoint URL.` });
      }
      let json: unknown, parseError: string | undefined;
      if (text.trim()) {
        try { json = JSON.parse(text); } catch (e) { parseError = (e as Error).message; }
      } else if (text.length > 16) {
        // a body of nothing but whitespace is not an empty answer
        parseError = `the body is ${text.length} bytes of whitespace only`;
      }
      return { status: res.status, headers: hdrs, text, json, parseError, durationMs: Date.now() - t0, attempts: attempt };
    } catch (e) {
      if (e instanceof EligError) throw e;
      req.recorder?.({ ...sent(req, headers, started, attempt), waitMs: Date.now() - started, receiveMs: 0,
        error: req.signal?.aborted ? 'cancelled' : timedOut ? `no complete answer within ${timeoutMs} ms` : String((e as Error).message ?? e) });
      if (req.signal?.aborted) throw cancelled();
      if (timedOut) throw new EligError({ kind: 'timeout', message: `${label(req)}: no complete answer within ${Math.round(timeoutMs / 1000)} s` });
      const cause = (e as { code?: string; message?: string });
      if (e instanceof ConnectTimeoutError || /connect timeout/.test(cause.message ?? '')) {
        throw new EligError({ kind: 'timeout', message: `${label(req)}: ${cause.message}` });
      }
      const t = transportError(cause, req.url, label(req), this.agents.proxyOf(req.url));
      if (t) throw new EligError(t);
      throw new EligError({ kind: 'network', message: `${label(req)}: ${cause.code ?? ''} ${redactor.redact(cause.message ?? String(e))}`.replace(/\s+/g, ' ').trim() });
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
  }
}

const MB = 1024 * 1024;
const mb = (n: number) => (n / MB >= 10 ? Math.round(n / MB) : Math.round((n / MB) * 10) / 10).toString();

/**
 * The decoded body, read as a stream (node-fetch inflates gzip/deflate/br chunk by chunk), given up
 * as soon as it passes `max` bytes: a gzip bomb or an endless answer costs at most `max` of memory.
 */
async function readCapped(res: import('node-fetch').Response, max: number, what: string, abort: () => void): Promise<string> {
  const tooLarge = (declared?: number) => new EligError({ kind: 'protocol', status: res.status, nextStep: 'open-log',
    message: `${what}: response too large (${declared !== undefined ? `${mb(declared)} MB` : 'the decoded body passed'} > ${mb(max)} MB limit; elig run --max-response-mb raises it)` });
  const declared = Number(res.headers.get('content-length'));
  if (!res.headers.get('content-encoding') && Number.isFinite(declared) && declared > max) { abort(); throw tooLarge(declared); }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      (res.body as unknown as { destroy?: () => void }).destroy?.();
      abort();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

function sent(req: HttpRequest, headers: Headers, startedAt: number, attempt: number) {
  return { startedAt, method: req.method, url: req.url, requestHeaders: Object.fromEntries(headers.entries()), requestBody: req.body, label: req.label, attempt };
}
function cancelled(): EligError { return new EligError({ kind: 'cancelled', message: 'Cancelled' }); }
function label(req: HttpRequest): string { return redactor.redact(req.label ?? `${req.method} ${new URL(req.url).pathname}`); }
function truncate(s: string, n = 2000): string { return s.length > n ? s.slice(0, n) + `… (${s.length} bytes)` : s; }
function safeLocation(loc: string): string {
  try { const u = new URL(loc); u.username = ''; u.password = ''; u.search = ''; return u.toString(); } catch { return 'another location'; }
}
