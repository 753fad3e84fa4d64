import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { createProxyAgents, proxyFor, proxyOption, type ProxyOption } from './proxy';

/**
 * Keep-alive agents with an explicit connect timeout: a socket that has not connected
 * within `connectTimeoutMs` is destroyed with a `ConnectTimeoutError`.
 */
export class ConnectTimeoutError extends Error {
  constructor(ms: number) { super(`connect timeout after ${ms} ms`); this.name = 'ConnectTimeoutError'; }
}

function guardConnect<S extends net.Socket>(socket: S, ms: number, connectedEvent: string): S {
  if (ms > 0) {
    const t = setTimeout(() => socket.destroy(new ConnectTimeoutError(ms)), ms);
    t.unref();
    socket.once(connectedEvent, () => clearTimeout(t));
    socket.once('close', () => clearTimeout(t));
  }
  return socket;
}

class TimedHttpAgent extends http.Agent {
  constructor(private readonly connectTimeoutMs: number, opts: http.AgentOptions) { super(opts); }
  override createConnection(options: net.NetConnectOpts, cb?: (err: Error | null, s: net.Socket) => void): net.Socket {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const s = (http.Agent.prototype as any).createConnection.call(this, options, cb) as net.Socket;
    return guardConnect(s, this.connectTimeoutMs, 'connect');
  }
}

class TimedHttpsAgent extends https.Agent {
  constructor(private readonly connectTimeoutMs: number, opts: https.AgentOptions) { super(opts); }
  override createConnection(options: tls.ConnectionOptions, cb?: (err: Error | null, s: net.Socket) => void): net.Socket {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const s = (https.Agent.prototype as any).createConnection.call(this, options, cb) as tls.TLSSocket;
    return guardConnect(s, this.connectTimeoutMs, 'secureConnect');
  }
}

export interface Agents {
  http: http.Agent;
  https: https.Agent;
  /** The agent for a URL: a proxy's (see ./proxy) or the direct keep-alive one. */
  for(url: URL): http.Agent;
  /** The proxy a URL goes through, if any (for messages; never with credentials when printed via describeProxy). */
  proxyOf(url: string): URL | undefined;
  destroy(): void;
}

/**
 * `maxSockets` stays unbounded (Node's default) on purpose: with keep-alive, node-fetch 2's
 * chunked-ending check misfires on a socket handed to a queued request ("Premature close").
 * Concurrency is bounded by the callers (runner --concurrency, tree), not by the agent.
 */
/**
 * No `ca` option anywhere, on purpose: Node's default trust store plus NODE_EXTRA_CA_CERTS (read
 * by Node at start-up) apply, and in VS Code its system-certificates support patches the default.
 * `proxy`: undefined reads HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment (curl's rules),
 * false never uses a proxy.
 */
export function createAgents(connectTimeoutMs: number, maxSockets = Infinity, proxy?: ProxyOption): Agents {
  const opts = { keepAlive: true, maxSockets, keepAliveMsecs: 1000 };
  const a = new TimedHttpAgent(connectTimeoutMs, opts);
  const b = new TimedHttpsAgent(connectTimeoutMs, opts);
  const proxies = createProxyAgents(proxy, connectTimeoutMs);
  return {
    http: a, https: b,
    for: u => proxies.agentFor(u) ?? (u.protocol === 'http:' ? a : b),
    proxyOf: url => { const p = proxyOption(proxy); return p === false ? undefined : proxyFor(url, p); },
    destroy() { a.destroy(); b.destroy(); proxies.destroy(); },
  };
}
