/**
 * The HTTP server: reads the request, counts it, applies faults (latency, reset, hang, quota,
 * injected status), dispatches to the routes, applies body faults and writes the answer.
 * Bound to 127.0.0.1 only. close() also destroys keep-alive and hanging sockets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import type { Logger } from '../core/log';
import { apiOf, SANDBOX_APIS, type SandboxApi } from './apiOf';
import { adminRoutes, type AdminExtras } from './admin';
import { errorFor } from './errorShapes';
import { withHtmlPayload } from './dataset/xss';
import { ovhRoutes } from './routes/ovh';
import { orangeRoutes } from './routes/orange';
import { json, type Reply, type SandboxContext, type SandboxRequest } from './types';

const MAX_BODY = 1024 * 1024;

/** Unique per response: a random per-process prefix and a counter (no crypto call per request). */
const queryIdPrefix = `EU.ext-1.${randomBytes(4).toString('hex')}`;
let queryIdCounter = 0;
export function ovhQueryId(): string {
  return `${queryIdPrefix}.${(++queryIdCounter).toString(16).padStart(24, '0')}`;
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface SandboxServer {
  server: Server;
  close(): Promise<void>;
}

export function createSandboxServer(ctx: SandboxContext, logger: Logger, extras: AdminExtras): SandboxServer {
  const sockets = new Set<Socket>();
  const timers = new Set<{ t: NodeJS.Timeout; done: () => void }>();
  let closed = false;

  const delay = (ms: number) => new Promise<void>(resolve => {
    const entry = { t: setTimeout(() => { timers.delete(entry); resolve(); }, ms), done: resolve };
    timers.add(entry);
  });

  function route(req: SandboxRequest): Reply {
    const family = apiOf(req.pathname);
    if (family === 'ovh') return ovhRoutes(ctx, req);
    if (family === 'orange-token' || family === 'orange-b2b' || family === 'orange-rip') return orangeRoutes(ctx, req);
    return json(404, { message: `Nothing is served at ${req.method} ${req.pathname}` });
  }

  function write(res: ServerResponse, r: SandboxRequest, reply: Reply, bodyFault: 'truncate' | 'invalid-json' | undefined, started: number): void {
    const family = apiOf(r.pathname);
    let payload = reply.json;
    if (ctx.faults.get().htmlPayload && reply.status < 300 && payload !== undefined && family !== 'admin' && family !== 'orange-token') {
      payload = withHtmlPayload(payload);
    }
    let text = reply.text ?? (payload === undefined ? '' : JSON.stringify(payload));
    if (bodyFault === 'truncate') text = text.slice(0, Math.floor(text.length / 2));
    if (bodyFault === 'invalid-json') text = `<html><body>502 Bad Gateway</body></html>{"status":`;
    const headers: Record<string, string> = {
      'Content-Type': reply.text !== undefined ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...reply.headers,
    };
    if (family === 'ovh') headers['X-OVH-QUERYID'] = ovhQueryId();
    ctx.counters.status(reply.status);
    res.writeHead(reply.status, { ...headers, 'Content-Length': String(Buffer.byteLength(text)) });
    res.end(text);
    logger.debug(`sandbox ${r.method} ${r.rawUrl} → ${reply.status} (${Date.now() - started} ms)${bodyFault ? ` [${bodyFault}]` : ''}`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const rawUrl = req.url ?? '/';
    const url = new URL(rawUrl, 'http://sandbox.invalid');
    const pathname = url.pathname;
    ctx.counters.request(pathname, req.headers);
    const raw = await readBody(req);
    const r: SandboxRequest = { method: req.method ?? 'GET', pathname, query: url.searchParams, headers: req.headers, rawBody: raw === 'too-large' ? Buffer.alloc(0) : raw, rawUrl };
    if (raw === 'too-large') return write(res, r, json(413, { message: 'Request body too large' }), undefined, started);
    const family = apiOf(pathname);
    ctx.counters.body(family, r.method, rawUrl, r.rawBody);
    if (family === 'admin') return write(res, r, adminRoutes(ctx, r, extras), undefined, started);

    const d = ctx.faults.decide(pathname);
    if (d.delayMs > 0) await delay(d.delayMs);
    if (closed) { req.socket.destroy(); return; }
    if (d.connection === 'reset') {
      ctx.counters.fault('reset');
      logger.debug(`sandbox ${r.method} ${rawUrl} → connection reset (fault)`);
      req.socket.destroy();
      return;
    }
    if (d.connection === 'hang') {
      ctx.counters.fault('hang');
      logger.debug(`sandbox ${r.method} ${rawUrl} → hang (fault)`);
      return; // never answered; close() destroys the socket
    }
    if (SANDBOX_APIS.includes(family as SandboxApi)) {
      const limit = ctx.faults.get().quota[family as SandboxApi];
      if (limit !== undefined && !ctx.quotas.allow(family, limit)) {
        ctx.counters.quota429();
        return write(res, r, errorFor(family, 429, 1), d.body, started);
      }
    }
    if (d.status) {
      ctx.counters.fault(`status-${d.status.status}`);
      return write(res, r, errorFor(family, d.status.status, d.status.retryAfter), d.body, started);
    }
    if (d.body) ctx.counters.fault(d.body);
    let reply: Reply;
    try {
      reply = route(r);
    } catch (e) {
      logger.error(`sandbox ${r.method} ${rawUrl} failed: ${(e as Error).stack ?? String(e)}`);
      reply = errorFor(family, 500);
    }
    write(res, r, reply, d.body, started);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(e => {
      logger.error(`sandbox: ${(e as Error).message}`);
      if (!res.headersSent) { res.writeHead(500); res.end(); } else res.destroy();
    });
  });
  server.on('connection', s => { sockets.add(s); s.on('close', () => sockets.delete(s)); });

  return {
    server,
    close: () => new Promise<void>(resolve => {
      closed = true;
      for (const e of timers) { clearTimeout(e.t); e.done(); }
      timers.clear();
      server.close(() => resolve());
      server.closeAllConnections();
      for (const s of sockets) s.destroy();
    }),
  };
}
