import * as assert from 'assert';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { HttpClient } from '../../../src/core/http/client';
import { vscodeProxySettings } from '../../../src/extension/proxySettings';
import { startForwardProxy, type ForwardProxy } from '../../unit/http/forward-proxy';

/**
 * In the real extension host (where VS Code patches Node's http for its proxy support): with
 * `http.proxy` set, a call of our HTTP client, on our keep-alive agents, really goes through the
 * proxy; `http.noProxy` and `http.proxySupport: off` are honoured. Only the proxy resolves
 * api.example.test, so a direct attempt cannot succeed by accident.
 */
describe('VS Code proxy settings with our agents', function () {
  this.timeout(30000);
  let target: http.Server, port: number, proxy: ForwardProxy;
  const cfg = () => vscode.workspace.getConfiguration('http');
  const set = (k: string, v: unknown) => cfg().update(k, v, vscode.ConfigurationTarget.Global);

  before(async () => {
    target = http.createServer((_q, s) => s.end('{"ok":true}'));
    await new Promise<void>(r => target.listen(0, '127.0.0.1', r));
    port = (target.address() as AddressInfo).port;
    proxy = await startForwardProxy({ hosts: { 'api.example.test': '127.0.0.1' } });
  });
  after(async () => {
    for (const k of ['proxy', 'noProxy', 'proxySupport']) await set(k, undefined);
    await proxy.close();
    await new Promise<void>(r => target.close(() => r()));
  });

  it('http.proxy: the call goes through the proxy; http.noProxy and proxySupport off bypass it', async () => {
    const client = new HttpClient({ proxy: vscodeProxySettings });
    const url = `http://api.example.test:${port}/x`;
    try {
      await set('proxy', proxy.url);
      const r = await client.send({ method: 'GET', url });
      assert.strictEqual(r.status, 200);
      assert.ok(proxy.seen.some(s => s.target === url), JSON.stringify(proxy.seen.map(s => s.target)));
      const seen = proxy.seen.length;
      await set('noProxy', ['example.test']);
      await assert.rejects(client.send({ method: 'GET', url }), /ENOTFOUND|EAI_AGAIN/);
      await set('noProxy', undefined);
      await set('proxySupport', 'off');
      await assert.rejects(client.send({ method: 'GET', url }), /ENOTFOUND|EAI_AGAIN/);
      assert.strictEqual(proxy.seen.length, seen, 'the proxy saw nothing once bypassed');
    } finally {
      client.dispose();
    }
  });
});
