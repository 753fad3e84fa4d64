import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on 127.0.0.1 (port 0) with scripted behaviour, recording every request. */
export interface Recorded {
  method: string;
  /** path + query, e.g. `/1.0/connectivity/eligibility/test?eligibilityReference=x` */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** 1-based arrival index */
  n: number;
}

export type Handler = (req: Recorded, res: http.ServerResponse) => void | Promise<void>;

export interface TestServer {
  url: string;
  port: number;
  requests: Recorded[];
  /** resolves as soon as `pred()` holds (checked now and after every request/event) */
  waitFor(pred: () => boolean): Promise<void>;
  /** resolves when `count` requests have arrived */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Recorded[] = [];
  const events = new EventEmitter();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c as Buffer));
    req.on('end', () => {
      const rec: Recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), n: requests.length + 1 };
      requests.push(rec);
      events.emit('change');
      Promise.resolve(handler(rec, res)).catch(e => { res.statusCode = 599; res.end(String(e)); });
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const waitFor = (pred: () => boolean) => new Promise<void>(resolve => {
    if (pred()) { resolve(); return; }
    const check = () => { if (pred()) { events.off('change', check); resolve(); } };
    events.on('change', check);
  });
  return {
    url: `http://127.0.0.1:${port}`, port, requests, waitFor,
    waitForRequests: (count: number) => waitFor(() => requests.length >= count),
    close: () => new Promise<void>(resolve => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Sends a JSON answer. */
export function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Resolves when `emitter`-like predicate flips; small helper for callbacks (progress, logs). */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>(r => { resolve = r; });
  return { promise, resolve };
}
