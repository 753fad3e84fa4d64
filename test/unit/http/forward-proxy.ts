/**
 * A real forward proxy on loopback for the proxy tests: CONNECT tunnels (https) and absolute-URI
 * requests (http), optional Basic authentication, a deny list, and host names only it resolves
 * (as in a corporate network where only the proxy reaches the outside). It records what it saw.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';

export interface Seen { method: string; target: string; headers: http.IncomingHttpHeaders }

export interface ForwardProxy {
  url: string;
  port: number;
  seen: Seen[];
  /** TCP connections accepted (keep-alive: fewer than requests) */
  connections(): number;
  close(): Promise<void>;
}

export async function startForwardProxy(opts: {
  /** names the proxy resolves (name → 127.0.0.1) */
  hosts?: Record<string, string>;
  /** `user:password` the proxy requires (Basic) */
  auth?: string;
  /** hosts the proxy refuses (403) */
  deny?: string[];
  /** the port to listen on (default: any free one) */
  port?: number;
} = {}): Promise<ForwardProxy> {
  const seen: Seen[] = [];
  const sockets = new Set<net.Socket>();
  const resolve = (host: string) => opts.hosts?.[host.toLowerCase()] ?? host;
  const authorized = (h: http.IncomingHttpHeaders) => !opts.auth || h['proxy-authorization'] === `Basic ${Buffer.from(opts.auth).toString('base64')}`;
  const server = http.createServer((req, res) => {
    // plain http through the proxy: an absolute URI
    seen.push({ method: req.method ?? '', target: req.url ?? '', headers: req.headers });
    if (!authorized(req.headers)) { res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="test"', 'Content-Type': 'text/plain' }).end('proxy auth required'); return; }
    const u = new URL(req.url ?? '');
    if (opts.deny?.includes(u.hostname)) { res.writeHead(403).end('denied by policy'); return; }
    const headers = { ...req.headers };
    delete headers['proxy-authorization']; delete headers['proxy-connection'];
    const up = http.request({ host: resolve(u.hostname), port: u.port || 80, path: u.pathname + u.search, method: req.method, headers }, r => {
      res.writeHead(r.statusCode ?? 502, r.headers); r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end('bad gateway'));
    req.pipe(up);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '', headers: req.headers });
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (!authorized(req.headers)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n'); return;
    }
    const [host, port] = (req.url ?? '').split(/:(?=\d+$)/);
    if (opts.deny?.includes(host)) { client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n'); return; }
    const up = net.connect(Number(port), resolve(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(client); client.pipe(up);
    });
    sockets.add(up);
    up.on('close', () => { sockets.delete(up); client.destroy(); });
    up.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n'));
  });
  let connections = 0;
  server.on('connection', s => { connections++; sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((r, j) => { server.once('error', j); server.listen(opts.port ?? 0, '127.0.0.1', () => r()); });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`, port, seen, connections: () => connections,
    close: () => new Promise<void>(r => { for (const s of sockets) s.destroy(); server.close(() => r()); }),
  };
}

/**
 * What a proxy may see of an https call: CONNECT to the target and nothing of ours (no
 * Authorization, X-Api-Key or credential, raw or as Basic). Empty when so, else what is wrong.
 */
export function tunnelProblems(seen: readonly Seen[], target: string, creds: { clientId: string; clientSecret: string; apiKey: string }): string[] {
  const secrets = [creds.clientSecret, creds.apiKey, Buffer.from(`${creds.clientId}:${creds.clientSecret}`).toString('base64')];
  if (!seen.length) return ['the proxy saw nothing'];
  return seen.flatMap(s => {
    const text = JSON.stringify(s.headers);
    return [
      ...(s.method !== 'CONNECT' || s.target !== target ? [`${s.method} ${s.target}`] : []),
      ...(/authorization"|x-api-key/i.test(text) ? [`a credential header: ${text}`] : []),
      ...secrets.filter(x => text.includes(x)).map(() => 'a credential value in the headers'),
    ];
  });
}
