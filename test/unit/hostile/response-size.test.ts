import assert from 'node:assert/strict';
import type http from 'node:http';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { HttpClient } from '../../../src/core/http/client';
import { EligError } from '../../../src/core/errors';
import { apiEnv, fakeApis, poi, requestFile, runCli, scriptedServer, type Scripted, sendJson, tempFiles } from './helpers';

/**
 * Class 7: response size. The decoded body is capped (default 32 MB, `--max-response-mb`), read
 * as a stream so a compression bomb costs no more than the cap, and reported as a protocol
 * error "response too large"; a body of whitespace is not an empty body. Every server here is
 * finite (at most 600 MB decoded), so even a client without a cap ends.
 */
const MB = 1024 * 1024;

/** `total` bytes of `byte`, in 1 MB chunks, stopping early when the client goes away. */
function filler(total: number, byte = 0): Readable {
  const chunk = Buffer.alloc(MB, byte);
  let sent = 0;
  return new Readable({ read() { if (sent >= total) { this.push(null); return; } sent += MB; this.push(chunk); } });
}

function bomb(encoding: 'gzip' | 'deflate' | 'br', decoded: number, byte = 0): (res: http.ServerResponse) => void {
  return res => {
    const z = encoding === 'gzip' ? zlib.createGzip({ level: 1 }) : encoding === 'deflate' ? zlib.createDeflate({ level: 1 })
      : zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
    const src = filler(decoded, byte);
    src.pipe(z).pipe(res);
    res.on('close', () => { src.destroy(); z.destroy(); });
  };
}

function stream(decoded: number, byte: number, headers: Record<string, string> = {}): (res: http.ServerResponse) => void {
  return res => {
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    const src = filler(decoded, byte);
    src.pipe(res);
    res.on('close', () => src.destroy());
  };
}

describe('hostile input (class 7): response bodies are capped once decoded', function () {
  this.timeout(120_000);
  let server: Scripted;
  let route: (res: http.ServerResponse) => void = res => sendJson(res, 200, {});
  before(async () => { server = await scriptedServer((_req, res) => route(res)); });
  after(async () => { await server.close(); });

  async function send(maxResponseBytes?: number) {
    const http = new HttpClient({ maxResponseBytes, retry: { maxAttempts: 1 } } as ConstructorParameters<typeof HttpClient>[0]);
    try { return await http.send({ method: 'GET', url: `${server.url}/x`, label: 'test' }); } finally { http.dispose(); }
  }
  async function tooLarge(maxResponseBytes: number | undefined, limitMb: number) {
    const e = await send(maxResponseBytes).then(() => undefined, (x: unknown) => x);
    assert.ok(e instanceof EligError, `expected an error, got ${e === undefined ? 'a response' : String(e)}`);
    assert.equal(e.kind, 'protocol');
    assert.match(e.message, new RegExp(`response too large \\(.*> ${limitMb} MB limit`));
  }

  it('a gzip bomb (64 MB of zeros) against a 4 MB cap', async () => { route = bomb('gzip', 64 * MB); await tooLarge(4 * MB, 4); });
  it('a deflate bomb against a 4 MB cap', async () => { route = bomb('deflate', 64 * MB); await tooLarge(4 * MB, 4); });
  it('a brotli bomb against a 4 MB cap', async () => { route = bomb('br', 64 * MB); await tooLarge(4 * MB, 4); });
  it('200 MB of spaces against the default 32 MB cap: too large, not "an empty body"', async () => { route = stream(200 * MB, 0x20); await tooLarge(undefined, 32); });
  it('a declared Content-Length of 100 MB is refused before reading', async () => {
    route = res => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(100 * MB) }); res.write('['); setTimeout(() => res.destroy(), 2000); };
    await tooLarge(undefined, 32);
  });
  it('an endless-looking JSON array (64 MB) against a 4 MB cap', async () => {
    route = res => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('['); const s = filler(64 * MB, 0x31); s.pipe(res); res.on('close', () => s.destroy()); };
    await tooLarge(4 * MB, 4);
  });
  it('1 MB of whitespace is not read as an empty answer', async () => {
    route = stream(MB, 0x20);
    const r = await send();
    assert.equal(r.json, undefined);
    assert.match(r.parseError ?? '', /whitespace/);
  });
  it('a body under the cap is read whole (gzip, 3 MB of JSON under a 4 MB cap)', async () => {
    const body = JSON.stringify({ items: 'x'.repeat(3 * MB) });
    route = res => { res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }); res.end(zlib.gzipSync(body)); };
    const r = await send(4 * MB);
    assert.equal(r.text.length, body.length);
  });

  it('the CLI: a 600 MB gzip bomb is a protocol error "response too large", exit 2', async () => {
    const apis = await fakeApis({ poi: (_req, res) => bomb('gzip', 600 * MB)(res) });
    try {
      const dir = tempFiles({ 'requests.elig.json': requestFile([poi('bomb')]) });
      const r = await runCli(['run', 'requests.elig.json', '--reporter', 'json'], { cwd: dir, env: apiEnv(apis.url) });
      assert.equal(r.code, 2, r.stderr);
      const rows = JSON.parse(r.stdout) as { error?: { kind: string; message: string } }[];
      assert.equal(rows[0].error?.kind, 'protocol');
      assert.match(rows[0].error!.message, /response too large \(.*> 32 MB limit/);
    } finally { await apis.close(); }
  });

  it('the CLI: --max-response-mb 1 refuses a 2 MB answer that the default accepts', async () => {
    const big = Array.from({ length: 2 * 1024 }, (_, i) => ({ id: i, pad: 'p'.repeat(1000) }));
    const apis = await fakeApis({ poi: (_req, res) => sendJson(res, 200, big) });
    try {
      const dir = tempFiles({ 'requests.elig.json': requestFile([poi('two megabytes')]) });
      const [small, dflt] = await Promise.all([
        runCli(['run', 'requests.elig.json', '--reporter', 'json', '--max-response-mb', '1'], { cwd: dir, env: apiEnv(apis.url) }),
        runCli(['run', 'requests.elig.json', '--reporter', 'json'], { cwd: dir, env: apiEnv(apis.url) }),
      ]);
      assert.equal(small.code, 2, small.stderr);
      assert.match(small.stdout, /response too large \(.*> 1 MB limit/);
      assert.doesNotMatch(dflt.stdout, /too large/);
    } finally { await apis.close(); }
  });
});
