import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { HttpClient } from '../../../src/core/http/client';
import { json, startServer, type TestServer } from './server';

/**
 * A listening socket whose accept queue is full: a child process listens with backlog 1 and then
 * blocks its event loop, so it never accepts; once two connections fill the queue, the kernel
 * drops further SYNs and a new connection stays "connecting" (what a black-holed host does).
 */
async function fullBacklog(): Promise<{ port: number; close(): void }> {
  const child: ChildProcess = spawn(process.execPath, ['-e',
    "const s=require('net').createServer();s.listen({port:0,host:'127.0.0.1',backlog:1},()=>{require('fs').writeSync(1,s.address().port+'\\n');Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0);});"],
  { stdio: ['ignore', 'pipe', 'ignore'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', d => resolve(Number(String(d).trim())));
    child.once('error', reject);
  });
  const fillers: net.Socket[] = [];
  let connected = 0;
  await new Promise<void>(resolve => {
    for (let i = 0; i < 4; i++) {
      const s = net.connect(port, '127.0.0.1');
      s.on('error', () => { /* ignored */ });
      s.on('connect', () => { if (++connected === 2) resolve(); });
      fillers.push(s);
    }
  });
  return { port, close() { for (const s of fillers) s.destroy(); child.kill('SIGKILL'); } };
}

describe('http: timeouts', () => {
  let server: TestServer | undefined;
  afterEach(async () => { await server?.close(); server = undefined; });

  it('total timeout: a server that never answers fails with kind timeout', async () => {
    server = await startServer(() => { /* never answers */ });
    const http = new HttpClient({ timeoutMs: 150 });
    try {
      await assert.rejects(http.send({ method: 'GET', url: `${server.url}/hang` }), (e: { kind: string; message: string }) => {
        assert.equal(e.kind, 'timeout');
        assert.match(e.message, /no complete answer/);
        return true;
      });
      assert.equal(server.requests.length, 1);
    } finally { http.dispose(); }
  });

  it('total timeout applies per attempt and an idempotent call is retried (≤3 attempts)', async () => {
    server = await startServer((req, res) => { if (req.n >= 2) json(res, 200, { ok: 1 }); });
    const http = new HttpClient({ timeoutMs: 150, retry: { baseDelayMs: 1, maxDelayMs: 2 } });
    try {
      const r = await http.send({ method: 'GET', url: `${server.url}/slow`, idempotent: true });
      assert.equal(r.status, 200);
      assert.equal(r.attempts, 2);
    } finally { http.dispose(); }
  });

  it('connect timeout: a host that never completes the handshake fails with kind timeout', async function () {
    if (process.platform !== 'linux') this.skip(); // relies on Linux dropping SYNs on a full accept queue
    const blackHole = await fullBacklog();
    const http = new HttpClient({ connectTimeoutMs: 200, timeoutMs: 15000 });
    try {
      await assert.rejects(http.send({ method: 'GET', url: `http://127.0.0.1:${blackHole.port}/` }), (e: { kind: string; message: string }) => {
        assert.equal(e.kind, 'timeout');
        assert.match(e.message, /connect timeout/);
        return true;
      });
    } finally { http.dispose(); blackHole.close(); }
  });

  it('a refused connection is a network error', async () => {
    const s = await startServer(() => { /* unused */ });
    const url = s.url;
    await s.close();
    const http = new HttpClient();
    try {
      await assert.rejects(http.send({ method: 'GET', url: `${url}/` }), { kind: 'network' });
    } finally { http.dispose(); }
  });
});
