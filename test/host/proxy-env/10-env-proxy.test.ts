import * as assert from 'assert';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { HttpClient } from '../../../src/core/http/client';
import { vscodeProxySettings } from '../../../src/extension/proxySettings';
import { startForwardProxy, type ForwardProxy } from '../../unit/http/forward-proxy';
import { api } from '../helpers';

/**
 * VS Code started behind a corporate proxy given by its environment (HTTPS_PROXY / HTTP_PROXY, as on a
 * Linux desktop or a remote), with `http.proxy` empty: our calls, on our keep-alive agents, go through
 * that proxy; the embedded sandbox (loopback) never does. The harness names the proxy's port in
 * VS Code's environment; this test starts the proxy there. Only the proxy resolves env.example.test,
 * so a direct attempt cannot succeed by accident.
 */
describe('a proxy from VS Code\'s environment (HTTPS_PROXY, empty http.proxy)', function () {
  this.timeout(30000);
  let target: http.Server, port: number, proxy: ForwardProxy;
  const proxyUrl = process.env.ELIG_TEST_ENV_PROXY;

  before(async () => {
    assert.ok(proxyUrl, 'the harness names the proxy (ELIG_TEST_ENV_PROXY)');
    assert.strictEqual(process.env.HTTPS_PROXY, proxyUrl, 'the extension host has HTTPS_PROXY from VS Code\'s environment');
    assert.ok(!vscode.workspace.getConfiguration('http').get<string>('proxy'), 'http.proxy is empty');
    target = http.createServer((q, s) => s.end(JSON.stringify({ ok: true, path: q.url })));
    await new Promise<void>(r => target.listen(0, '127.0.0.1', r));
    port = (target.address() as AddressInfo).port;
    proxy = await startForwardProxy({ port: Number(new URL(proxyUrl!).port), hosts: { 'env.example.test': '127.0.0.1' } });
  });
  after(async () => {
    await proxy?.close();
    await new Promise<void>(r => (target ? target.close(() => r()) : r()));
  });

  it('a call goes through the environment\'s proxy', async () => {
    const client = new HttpClient({ proxy: vscodeProxySettings });
    try {
      const url = `http://env.example.test:${port}/through`;
      const r = await client.send({ method: 'GET', url });
      assert.strictEqual(r.status, 200);
      assert.ok(proxy.seen.some(s => s.target === url), JSON.stringify(proxy.seen.map(s => s.target)));
    } finally { client.dispose(); }
  });

  it('the embedded sandbox (loopback) is not sent through it: a building test answers, the proxy sees nothing of it', async () => {
    const url = await (await api()).sandboxUrl();
    await vscode.commands.executeCommand('eligibility.useSandbox');
    const r = await (await api()).runCall({ api: 'ovh', operation: 'test/building', params: { building: 'IMB/91471/C/NT8X' } });
    assert.ok(r.ok, JSON.stringify(r.error));
    const sandboxPort = new URL(url).port;
    const viaProxy = proxy.seen.filter(s => s.target.includes(`:${sandboxPort}`));
    assert.deepStrictEqual(viaProxy.map(s => s.target), [], 'no sandbox request through the proxy');
  });
});
