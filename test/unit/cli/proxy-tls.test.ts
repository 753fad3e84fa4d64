import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import tls from 'node:tls';
import { SANDBOX_CREDENTIALS } from '../../../src/core/target';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox';
import { startForwardProxy, tunnelProblems, type ForwardProxy } from '../http/forward-proxy';
import { makeTestCa, type TestCa } from '../http/test-ca';
import { runCli, tempFiles } from './helpers';

/**
 * Corporate networks, end to end with the CLI as a child process: a real forward proxy on
 * loopback (the only thing that resolves api.example.test), an https front signed by a private
 * CA generated here, and the embedded sandbox behind it as Orange.
 */
describe('elig behind a proxy and a private CA (HTTPS_PROXY, NO_PROXY, --proxy, NODE_EXTRA_CA_CERTS)', function () {
  this.timeout(60000);
  let sandbox: RunningSandbox, front: tls.Server, expiredFront: tls.Server, ca: TestCa, port: number, expiredPort: number, dir: string;
  const proxies: ForwardProxy[] = [];
  const proxy = async (o: Parameters<typeof startForwardProxy>[0] = {}) => {
    const p = await startForwardProxy({ hosts: { 'api.example.test': '127.0.0.1', 'other.example.test': '127.0.0.1' }, ...o });
    proxies.push(p);
    return p;
  };
  const creds = SANDBOX_CREDENTIALS.orange;
  const env = (base: string, extra: Record<string, string> = {}) => ({
    ELIG_ORANGE_BASE_URL: base, ELIG_ORANGE_CLIENT_ID: creds.clientId, ELIG_ORANGE_CLIENT_SECRET: creds.clientSecret, ELIG_ORANGE_API_KEY: creds.apiKey, ...extra,
  });
  const run = (e: Record<string, string>, ...flags: string[]) => runCli(['run', 'poi.elig.json', '--reporter', 'json', ...flags], { cwd: dir, env: e });
  const out = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

  before(async () => {
    ca = makeTestCa();
    sandbox = await startSandbox({ port: 0 });
    const sandboxPort = Number(new URL(sandbox.url).port);
    // TLS in front of the sandbox, with a certificate of the private CA
    const tlsFront = async (cert: string): Promise<[tls.Server, number]> => {
      const server = tls.createServer({ cert, key: ca.keyPem }, s => {
        const up = net.connect(sandboxPort, '127.0.0.1');
        s.pipe(up).pipe(s);
        s.on('error', () => up.destroy()); up.on('error', () => s.destroy());
      });
      await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
      return [server, (server.address() as AddressInfo).port];
    };
    [front, port] = await tlsFront(ca.certPem);
    [expiredFront, expiredPort] = await tlsFront(ca.expiredPem);
    dir = tempFiles({
      'poi.elig.json': JSON.stringify({ requests: [{ name: 'poi', api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' }, expect: { ok: true } }] }),
      'rows.csv': 'id,building\nr1,IMB/59378/X/013S\n',
    });
  });
  after(async () => {
    for (const p of proxies) await p.close();
    for (const s of [front, expiredFront]) await new Promise<void>(r => s.close(() => r()));
    await sandbox.close();
    ca.cleanup();
  });

  it('goes through HTTPS_PROXY: the proxy sees only CONNECT, never a credential', async () => {
    const p = await proxy();
    const r = await run(env(`https://api.example.test:${port}`, { HTTPS_PROXY: p.url, NODE_EXTRA_CA_CERTS: ca.caFile }));
    assert.equal(r.code, 0, out(r));
    assert.deepEqual(tunnelProblems(p.seen, `api.example.test:${port}`, creds), []);
  });

  it('NO_PROXY (lower case, a bare domain covers its subdomains as in curl) bypasses the proxy', async () => {
    const p = await proxy();
    const r = await run(env(`https://api.example.test:${port}`, { https_proxy: p.url, no_proxy: 'intranet.local, example.test', NODE_EXTRA_CA_CERTS: ca.caFile }));
    assert.equal(r.code, 2, out(r));
    assert.match(out(r), /ENOTFOUND/, 'a direct connection: only the proxy knows this name');
    assert.equal(p.seen.length, 0);
    // a NO_PROXY entry for another port does not apply
    const r2 = await run(env(`https://api.example.test:${port}`, { HTTPS_PROXY: p.url, NO_PROXY: `api.example.test:${port === 1 ? 2 : 1}`, NODE_EXTRA_CA_CERTS: ca.caFile }));
    assert.equal(r2.code, 0, out(r2));
    assert.ok(p.seen.length >= 1);
  });

  it('proxy authentication: 407 without credentials (a clear message), through with them, never printed', async () => {
    const p = await proxy({ auth: 'alice:pr0xy-s3cret' });
    const r = await run(env(`https://api.example.test:${port}`, { HTTPS_PROXY: p.url, NODE_EXTRA_CA_CERTS: ca.caFile }));
    assert.equal(r.code, 2, out(r));
    assert.match(out(r), /proxy http:\/\/127\.0\.0\.1:\d+ requires authentication \(407\)/);
    assert.doesNotMatch(out(r), /fetch failed/);
    const withCreds = p.url.replace('http://', 'http://alice:pr0xy-s3cret@');
    // DEBUG=*: the proxy agents' own tracing (which prints the proxy URL) is compiled out
    const ok = await run(env(`https://api.example.test:${port}`, { HTTPS_PROXY: withCreds, NODE_EXTRA_CA_CERTS: ca.caFile, DEBUG: '*' }), '--verbose');
    assert.equal(ok.code, 0, out(ok));
    for (const secret of ['pr0xy-s3cret', Buffer.from('alice:pr0xy-s3cret').toString('base64')]) assert.ok(!out(ok).includes(secret), `${secret} leaked`);
    assert.ok(p.seen.some(s => s.headers['proxy-authorization']), 'the proxy got the credentials');
  });

  it('--proxy URL overrides HTTPS_PROXY; a bad --proxy is exit 3 before anything is sent', async () => {
    const p = await proxy();
    const r = await run(env(`https://api.example.test:${port}`, { HTTPS_PROXY: 'http://127.0.0.1:9', NODE_EXTRA_CA_CERTS: ca.caFile }), '--proxy', p.url);
    assert.equal(r.code, 0, out(r));
    assert.ok(p.seen.length >= 1);
    const bad = await run(env(`https://api.example.test:${port}`), '--proxy', 'socks5://127.0.0.1:1080');
    assert.equal(bad.code, 3, out(bad));
    assert.match(out(bad), /socks5 proxies are not supported/);
  });

  it('a proxy that refuses the host: the message names the proxy and the host', async () => {
    const p = await proxy({ deny: ['api.example.test'] });
    const r = await run(env(`https://api.example.test:${port}`, { HTTPS_PROXY: p.url, NODE_EXTRA_CA_CERTS: ca.caFile }));
    assert.equal(r.code, 2, out(r));
    assert.match(out(r), new RegExp(`proxy http://127\\.0\\.0\\.1:${p.port} refused the connection to api\\.example\\.test:${port} \\(403\\)`));
  });

  it('a private CA: refused without NODE_EXTRA_CA_CERTS (host and what to set), accepted with it', async () => {
    const r = await run(env(`https://localhost:${port}`));
    assert.equal(r.code, 2, out(r));
    assert.match(out(r), new RegExp(`the certificate of localhost:${port} is not trusted \\(UNABLE_TO_VERIFY_LEAF_SIGNATURE\\)`));
    assert.match(out(r), /NODE_EXTRA_CA_CERTS/);
    assert.doesNotMatch(out(r), /fetch failed/);
    const ok = await run(env(`https://localhost:${port}`, { NODE_EXTRA_CA_CERTS: ca.caFile }));
    assert.equal(ok.code, 0, out(ok));
  });

  it('an expired certificate (trusted CA): the message names the host, says it expired and what to check', async () => {
    const r = await run(env(`https://localhost:${expiredPort}`, { NODE_EXTRA_CA_CERTS: ca.caFile }));
    assert.equal(r.code, 2, out(r));
    assert.match(out(r), new RegExp(`the certificate of localhost:${expiredPort} has expired \\(CERT_HAS_EXPIRED\\)`));
    assert.match(out(r), /has expired \(CERT_HAS_EXPIRED\): check this machine's date and time; otherwise the server must renew its certificate/);
    assert.doesNotMatch(out(r), /fetch failed/);
  });

  it('elig compare and elig campaign take --proxy too (over HTTPS_PROXY), and refuse a bad one with exit 3', async () => {
    const dead = { HTTPS_PROXY: 'http://127.0.0.1:9', NODE_EXTRA_CA_CERTS: ca.caFile };
    const p = await proxy();
    const cmp = await runCli(['compare', 'IMB/59378/X/013S', '--apis', 'orange-b2b', '--reporter', 'json', '--proxy', p.url],
      { cwd: dir, env: env(`https://api.example.test:${port}`, dead) });
    assert.equal(cmp.code, 0, out(cmp));
    assert.deepEqual(tunnelProblems(p.seen, `api.example.test:${port}`, creds), []);
    const before = p.seen.length;
    const camp = await runCli(['campaign', 'rows.csv', '--apis', 'orange-b2b', '--out', 'rows.report.csv', '--quiet', '--proxy', p.url],
      { cwd: dir, env: env(`https://api.example.test:${port}`, dead) });
    assert.equal(camp.code, 0, out(camp));
    assert.ok(p.seen.length > before, 'the campaign went through the proxy');
    for (const cmd of [['compare', 'IMB/59378/X/013S'], ['campaign', 'rows.csv']]) {
      const bad = await runCli([...cmd, '--proxy', 'socks5://127.0.0.1:1080'], { cwd: dir, env: env(`https://api.example.test:${port}`) });
      assert.equal(bad.code, 3, `${cmd[0]}: ${out(bad)}`);
      assert.match(out(bad), /socks5 proxies are not supported/);
    }
  });

  it('a certificate for another name: the message says so (through the proxy)', async () => {
    const p = await proxy();
    const r = await run(env(`https://other.example.test:${port}`, { HTTPS_PROXY: p.url, NODE_EXTRA_CA_CERTS: ca.caFile }));
    assert.equal(r.code, 2, out(r));
    assert.match(out(r), /the certificate of other\.example\.test:\d+ is for another name .*ERR_TLS_CERT_ALTNAME_INVALID/);
  });
});
