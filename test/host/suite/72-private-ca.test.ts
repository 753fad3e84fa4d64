import * as assert from 'assert';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import tls from 'node:tls';
import * as vscode from 'vscode';
import type { ResultEntry } from '../../../src/extension/run/history';
import { startForwardProxy, tunnelProblems, type ForwardProxy } from '../../unit/http/forward-proxy';
import { makeTestCa, type TestCa } from '../../unit/http/test-ca';
import { api } from '../helpers';

// the sandbox's documented credentials (src/core/target.ts SANDBOX_CREDENTIALS)
const ORANGE = { clientId: 'sandbox-client-id', clientSecret: 'sandbox-client-secret', apiKey: 'sandbox-api-key' };

/**
 * Corporate networks through the extension's own call path (a profile, its credentials in
 * SecretStorage, a command), in the real extension host: an https front before the embedded
 * sandbox acting as Orange, signed by a private CA, reached through a forward proxy set in
 * `http.proxy` (the only thing that resolves api.example.test). The host tier starts VS Code with
 * that CA in NODE_EXTRA_CA_CERTS (test/harness/run-host-tests.mjs): the OS store that
 * `http.systemCertificates` reads (/etc/ssl/certs) is not for a test to change, and VS Code 1.100's
 * system-certificate patch builds TLS contexts without Node's extra CAs, so the CA given that way
 * counts only with `http.systemCertificates` off (README › Troubleshooting). The OS-store path
 * itself: test/harness/run-host-system-ca.sh runs this file with the CA in the store instead.
 */
describe('a private CA and http.proxy on the extension\'s own call path', function () {
  this.timeout(60000);
  let trusted: TestCa, other: TestCa, proxy: ForwardProxy, front: tls.Server, port: number, profile: string | undefined;
  const sockets = new Set<tls.TLSSocket>();
  const http = () => vscode.workspace.getConfiguration('http');
  const set = (k: string, v: unknown) => http().update(k, v, vscode.ConfigurationTarget.Global);
  const poi = () => vscode.commands.executeCommand<ResultEntry>('eligibility.orangePoi', 'IMB/59378/X/013S');

  before(async () => {
    const dir = process.env.ELIG_TEST_CA_DIR;
    assert.ok(dir, 'the host tier gives the extension host a CA (ELIG_TEST_CA_DIR, NODE_EXTRA_CA_CERTS)');
    trusted = makeTestCa(dir);
    other = makeTestCa();
    proxy = await startForwardProxy({ hosts: { 'api.example.test': '127.0.0.1' } });
    const sandboxPort = Number(new URL(await (await api()).sandboxUrl()).port);
    front = tls.createServer({ cert: trusted.certPem, key: trusted.keyPem }, s => {
      sockets.add(s); s.on('close', () => sockets.delete(s));
      const up = net.connect(sandboxPort, '127.0.0.1');
      s.pipe(up).pipe(s);
      s.on('error', () => up.destroy()); up.on('error', () => s.destroy());
    });
    await new Promise<void>(r => front.listen(0, '127.0.0.1', r));
    port = (front.address() as AddressInfo).port;
    await set('proxy', proxy.url);
    // ELIG_TEST_CA_SYSTEM_STORE=1: the CA is in the OS store itself (a one-off run in a mount
    // namespace, see README › Troubleshooting), so VS Code's own system certificates are tried
    if (process.env.ELIG_TEST_CA_SYSTEM_STORE !== '1') await set('systemCertificates', false);
    profile = await vscode.commands.executeCommand<string>('eligibility.addProfile', { name: 'Orange behind the proxy', apis: { orange: { endpoint: `https://api.example.test:${port}` } } });
    // Set Credentials checks them with a real token call: through the proxy, over the private CA
    assert.strictEqual(await vscode.commands.executeCommand('eligibility.setCredentials', { profileId: profile, credentials: ORANGE }), true);
  });
  after(async () => {
    for (const k of ['proxy', 'systemCertificates']) await set(k, undefined);
    await vscode.commands.executeCommand('eligibility.useSandbox');
    if (profile) await vscode.commands.executeCommand('eligibility.removeProfile', profile);
    for (const s of sockets) s.destroy();
    if (front) await new Promise<void>(r => front.close(() => r()));
    await proxy?.close();
    trusted?.cleanup(); other?.cleanup();
  });

  it('the CA given to VS Code: the private-CA host answers, through http.proxy (the proxy sees only CONNECT, no credential)', async () => {
    const e = await poi();
    assert.ok(e.result.ok, JSON.stringify(e.result.error));
    assert.ok(e.result.normalized!.offers.length > 0);
    assert.deepStrictEqual(tunnelProblems(proxy.seen, `api.example.test:${port}`, ORANGE), []);
  });

  it('a certificate of a CA VS Code was not given: the error names the host, says it is not trusted and what to add; never "fetch failed"', async () => {
    // the same host now presents a certificate of another CA; open connections are closed so the next call handshakes again
    front.setSecureContext({ cert: other.certPem, key: other.keyPem });
    for (const s of sockets) s.destroy();
    const e = await poi();
    assert.strictEqual(e.result.ok, false);
    const msg = e.result.error?.message ?? '';
    assert.match(msg, new RegExp(`the certificate of api\\.example\\.test:${port} is not trusted \\((UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\\) through the proxy`), msg);
    assert.match(msg, /add the CA to the system certificates \(VS Code\)/);
    assert.match(e.result.error?.hint ?? '', /http\.systemCertificates/);
    assert.doesNotMatch(msg, /fetch failed/);
  });
});
