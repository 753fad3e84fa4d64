/**
 * Forward proxies, as curl and npm apply them: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and NO_PROXY
 * (upper or lower case) resolved by `proxy-from-env`; the tunnel (CONNECT for https, absolute
 * URIs for http) by `https-proxy-agent` / `http-proxy-agent`, keep-alive like our direct agents.
 *
 * Rules (curl's):
 *   - `--proxy URL` (or VS Code's `http.proxy`) replaces the *_PROXY variables; NO_PROXY still applies.
 *   - NO_PROXY: comma/space separated; `example.com` matches it and its subdomains, `.example.com`
 *     and `*.example.com` its subdomains, `host:port` only that port, `*` everything.
 *   - A proxy URL without scheme is `http://` (curl's default). Only http:// and https:// proxies.
 *   - Loopback targets (127.0.0.0/8, ::1, localhost: the embedded sandbox) never go through a proxy.
 * Proxy credentials (`http://user:pass@proxy:3128`) are registered as secrets with the one
 * redactor and never printed: `describeProxy` shows scheme, host and port only.
 */
import { HttpProxyAgent } from 'http-proxy-agent';
import type http from 'node:http';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';
import { EligError } from '../errors';
import { redactor } from '../log';
import { ConnectTimeoutError } from './agents';
import { isLoopbackHost } from './guard';

export interface ProxySettings {
  /** replaces HTTPS_PROXY / HTTP_PROXY / ALL_PROXY (the CLI's `--proxy`, VS Code's `http.proxy`) */
  proxy?: string;
  /** replaces NO_PROXY (VS Code's `http.noProxy`, joined with commas) */
  noProxy?: string;
  /** the environment read for the rest (default: process.env) */
  env?: NodeJS.ProcessEnv;
}

/**
 * The CLI's settings: `--proxy URL` over the environment's *_PROXY, every proxy URL validated now
 * (a typo is exit 3 before anything is sent) and its credentials registered as secrets.
 */
export function proxySettings(flag: string | undefined, env: NodeJS.ProcessEnv): ProxySettings {
  for (const v of ['https_proxy', 'http_proxy', 'all_proxy']) {
    const value = pick(env, v);
    if (value && flag === undefined) parseProxyUrl(value, env[v] ? v : v.toUpperCase());
  }
  return { env, ...(flag !== undefined ? { proxy: parseProxyUrl(flag, '--proxy').href } : {}) };
}

const VARS = ['http_proxy', 'https_proxy', 'all_proxy', 'no_proxy'] as const;

function pick(env: NodeJS.ProcessEnv, name: string): string | undefined {
  return env[name] || env[name.toUpperCase()] || undefined;
}

/** A proxy URL as curl reads it (`host:3128` → `http://host:3128`), validated; credentials registered as secrets. */
export function parseProxyUrl(raw: string, from: string): URL {
  const text = raw.trim();
  let u: URL;
  try { u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`); } catch {
    throw new EligError({ kind: 'input', nextStep: 'fix-input', message: `${from} is not a proxy URL (expected http://host:port)` });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new EligError({ kind: 'input', nextStep: 'fix-input', message: `${from}: ${u.protocol.replace(':', '')} proxies are not supported (use an http:// or https:// proxy)` });
  }
  registerProxySecrets(u);
  return u;
}

/** The proxy's user and password, in every form they can appear in (raw, decoded, Basic). */
function registerProxySecrets(u: URL): void {
  if (!u.username && !u.password) return;
  const user = safeDecode(u.username), pass = safeDecode(u.password);
  for (const s of [u.password, pass, `${u.username}:${u.password}`, `${user}:${pass}`, Buffer.from(`${user}:${pass}`).toString('base64')]) redactor.addSecret(s);
}
const safeDecode = (s: string) => { try { return decodeURIComponent(s); } catch { return s; } };

/** `http://proxy.corp:3128` — never the credentials. */
export function describeProxy(u: URL): string { return `${u.protocol}//${u.host}`; }

/** curl's NO_PROXY: a bare `example.com` also covers its subdomains; proxy-from-env needs `.example.com` for that. */
export function curlNoProxy(list: string): string {
  const out: string[] = [];
  for (const e of list.split(/[,\s]+/).filter(Boolean)) {
    out.push(e);
    if (e !== '*' && !/^[.*]/.test(e) && !/^[\d.]+(:\d+)?$/.test(e) && !e.startsWith('[')) out.push(`.${e}`);
  }
  return out.join(',');
}

/**
 * The proxy for `url`, or undefined for a direct connection. proxy-from-env reads process.env;
 * the settings are put in place for the (synchronous) call and the environment restored at once.
 */
export function proxyFor(url: string, s: ProxySettings = {}): URL | undefined {
  let target: URL;
  try { target = new URL(url); } catch { return undefined; }
  if (isLoopbackHost(target.hostname)) return undefined;
  const env = s.env ?? process.env;
  const want: Record<(typeof VARS)[number], string | undefined> = {
    http_proxy: s.proxy ?? pick(env, 'http_proxy'),
    https_proxy: s.proxy ?? pick(env, 'https_proxy'),
    all_proxy: s.proxy ?? pick(env, 'all_proxy'),
    no_proxy: s.noProxy ?? pick(env, 'no_proxy'),
  };
  if (!want.http_proxy && !want.https_proxy && !want.all_proxy) return undefined;
  const saved = new Map<string, string | undefined>();
  for (const v of VARS) for (const k of [v, v.toUpperCase()]) { saved.set(k, process.env[k]); delete process.env[k]; }
  let found: string;
  try {
    for (const v of VARS) {
      const value = v === 'no_proxy' ? want[v] && curlNoProxy(want[v]) : want[v] && parseProxyUrl(want[v], v.toUpperCase()).href;
      if (value) process.env[v] = value;
    }
    found = getProxyForUrl(target.href);
  } finally {
    for (const [k, v] of saved) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
  }
  return found ? parseProxyUrl(found, 'proxy') : undefined;
}

/** A proxy's refusal (CONNECT answered non-200, or 407 from the proxy), mapped by the HTTP layer's errors. */
export class ProxyRefusedError extends Error {
  readonly code: string;
  constructor(readonly proxy: string, readonly status: number, readonly statusText: string) {
    super(`the proxy ${proxy} refused the connection (${status}${statusText ? ` ${statusText}` : ''})`);
    this.code = `ERR_ELIG_PROXY_${status}`;
  }
}

/** Bounds the connection to the proxy (and, for CONNECT, the tunnel's answer); a late socket is destroyed. */
async function withConnectTimeout<T extends { destroy(): void }>(p: Promise<T>, ms: number): Promise<T> {
  if (!(ms > 0)) return p;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new ConnectTimeoutError(ms)), ms); });
  try {
    return await Promise.race([p, late]);
  } catch (e) {
    p.then(s => s.destroy(), () => undefined);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** CONNECT tunnels that fail loudly: a non-200 answer is an error naming the proxy (never a replayed response). */
class TunnelAgent extends HttpsProxyAgent<string> {
  constructor(proxy: string, opts: ConstructorParameters<typeof HttpsProxyAgent<string>>[1], private readonly connectTimeoutMs: number) { super(proxy, opts); }
  override async connect(req: http.ClientRequest, opts: Parameters<HttpsProxyAgent<string>['connect']>[1]) {
    let status = 0, text = '';
    req.once('proxyConnect', (c: { statusCode: number; statusText?: string }) => { status = c.statusCode; text = c.statusText ?? ''; });
    const socket = await withConnectTimeout(super.connect(req, opts), this.connectTimeoutMs);
    if (status !== 200) { socket.destroy(); throw new ProxyRefusedError(describeProxy(this.proxy), status, text); }
    return socket;
  }
}

class PlainProxyAgent extends HttpProxyAgent<string> {
  constructor(proxy: string, opts: ConstructorParameters<typeof HttpProxyAgent<string>>[1], private readonly connectTimeoutMs: number) { super(proxy, opts); }
  override async connect(...args: Parameters<HttpProxyAgent<string>['connect']>) {
    return withConnectTimeout(super.connect(...args), this.connectTimeoutMs);
  }
}

export interface ProxyAgents { agentFor(url: URL): http.Agent | undefined; destroy(): void }

/**
 * Agents per proxy (cached: one keep-alive pool per proxy and scheme). `connectTimeoutMs` bounds
 * the TCP connect to the proxy; the CONNECT answer is bounded by the request's own timeout.
 */
export type ProxyOption = ProxySettings | false | undefined | (() => ProxySettings | false);

/** The settings in force now (a function is read on every request: VS Code's settings can change). */
export const proxyOption = (o: ProxyOption): ProxySettings | false | undefined => (typeof o === 'function' ? o() : o);

export function createProxyAgents(option: ProxyOption, connectTimeoutMs: number): ProxyAgents {
  const cache = new Map<string, http.Agent>();
  return {
    agentFor(url: URL) {
      const settings = proxyOption(option);
      if (settings === false) return undefined;
      const p = proxyFor(url.href, settings);
      if (!p) return undefined;
      const key = `${url.protocol}${p.href}`;
      let a = cache.get(key);
      if (!a) {
        const opts = { keepAlive: true, keepAliveMsecs: 1000 };
        a = url.protocol === 'http:' ? new PlainProxyAgent(p.href, opts, connectTimeoutMs) : new TunnelAgent(p.href, opts, connectTimeoutMs);
        cache.set(key, a);
      }
      return a;
    },
    destroy() { for (const a of cache.values()) a.destroy(); cache.clear(); },
  };
}
