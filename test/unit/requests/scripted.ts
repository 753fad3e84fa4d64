import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a scripted server saw it. */
export interface Seen { method: string; url: string; host: string; headers: http.IncomingHttpHeaders; body: string }

export type Handler = (req: Seen, res: http.ServerResponse) => void;

export interface Scripted {
  url: string;
  port: number;
  seen: Seen[];
  /** resolves when `n` requests have arrived */
  waitFor(n: number): Promise<void>;
  close(): Promise<void>;
}

/** A local HTTP server that records every request (headers and body) and answers through `handler`. */
export async function scriptedServer(handler: Handler, host = '127.0.0.1', port = 0): Promise<Scripted> {
  const seen: Seen[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const s: Seen = { method: req.method ?? '', url: req.url ?? '', host: req.headers.host ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(s);
      for (const w of waiters.filter(x => seen.length >= x.n)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(); }
      handler(s, res);
    });
  });
  server.listen(port, host);
  await new Promise<void>((resolve, reject) => { server.once('listening', resolve); server.once('error', reject); });
  const p = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${p}`, port: p, seen,
    waitFor: n => seen.length >= n ? Promise.resolve() : new Promise(resolve => waiters.push({ n, resolve })),
    close: () => new Promise(resolve => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** An OVH-like task answer: `pending` the first time a body is seen, then `ok` with `result`. */
export function ovhTasks(result: (path: string, body: unknown) => unknown, pendingFirst = true): Handler {
  const seenBodies = new Set<string>();
  return (req, res) => {
    const key = `${req.url} ${req.body}`;
    if (pendingFirst && !seenBodies.has(key)) { seenBodies.add(key); sendJson(res, 200, { status: 'pending', result: null, error: null }); return; }
    let body: unknown;
    try { body = JSON.parse(req.body || 'null'); } catch { body = null; }
    sendJson(res, 200, { status: 'ok', result: result(req.url, body), error: null });
  };
}
