import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient } from '../../../src/core/http/client';
import { curlNoProxy, describeProxy, parseProxyUrl, proxyFor } from '../../../src/core/http/proxy';
import { transportError } from '../../../src/core/http/tls';
import { redactor } from '../../../src/core/log';
import { startForwardProxy } from './forward-proxy';

const via = (url: string, env: Record<string, string>, extra: { proxy?: string; noProxy?: string } = {}) => proxyFor(url, { env, ...extra })?.href;

describe('proxy selection (curl\'s rules through proxy-from-env)', () => {
  it('HTTPS_PROXY for https, HTTP_PROXY for http, either case, ALL_PROXY as the fallback', () => {
    assert.equal(via('https://api.orange.com/x', { HTTPS_PROXY: 'http://p:3128' }), 'http://p:3128/');
    assert.equal(via('https://api.orange.com/x', { https_proxy: 'http://lower:1' }), 'http://lower:1/');
    assert.equal(via('http://api.orange.com/x', { HTTPS_PROXY: 'http://p:3128' }), undefined);
    assert.equal(via('http://api.orange.com/x', { HTTP_PROXY: 'http://h:8080' }), 'http://h:8080/');
    assert.equal(via('https://eu.api.ovh.com/1.0', { ALL_PROXY: 'http://all:3128' }), 'http://all:3128/');
    assert.equal(via('https://eu.api.ovh.com/1.0', {}), undefined);
  });

  it('a proxy without scheme is http:// (curl), not the target\'s scheme; socks is refused clearly', () => {
    assert.equal(via('https://api.orange.com', { HTTPS_PROXY: 'proxy.corp:3128' }), 'http://proxy.corp:3128/');
    assert.throws(() => parseProxyUrl('socks5://x:1080', 'HTTPS_PROXY'), /socks5 proxies are not supported/);
  });

  it('NO_PROXY: bare domains cover subdomains, leading dot or *. the subdomains, host:port that port only, * everything', () => {
    const p = { HTTPS_PROXY: 'http://p:3128' };
    const bypass = (url: string, np: string) => via(url, { ...p, NO_PROXY: np }) === undefined;
    assert.ok(bypass('https://api.orange.com', 'orange.com'));
    assert.ok(bypass('https://orange.com', 'orange.com'));
    assert.ok(!bypass('https://api.orange.com', 'range.com'), 'a suffix is a whole label');
    assert.ok(bypass('https://api.orange.com', '.orange.com'));
    assert.ok(bypass('https://api.orange.com', '*.orange.com'));
    assert.ok(bypass('https://api.orange.com:8443', 'api.orange.com:8443'));
    assert.ok(!bypass('https://api.orange.com', 'api.orange.com:8443'), 'another port');
    assert.ok(bypass('https://eu.api.ovh.com', '*'));
    assert.ok(bypass('https://API.Orange.COM', 'intranet, orange.com'), 'case and separators');
    assert.ok(!bypass('https://eu.api.ovh.com', 'intranet,orange.com'));
    assert.ok(via('https://api.orange.com', { ...p, no_proxy: 'orange.com' }) === undefined, 'lower-case no_proxy');
    assert.equal(curlNoProxy('a.com, .b.com,*,10.0.0.1'), 'a.com,.a.com,.b.com,*,10.0.0.1');
  });

  it('--proxy / http.proxy replaces *_PROXY; NO_PROXY still applies; loopback is never proxied', () => {
    assert.equal(via('https://api.orange.com', { HTTPS_PROXY: 'http://env:1' }, { proxy: 'http://flag:2' }), 'http://flag:2/');
    assert.equal(via('https://api.orange.com', { NO_PROXY: 'orange.com' }, { proxy: 'http://flag:2' }), undefined);
    assert.equal(via('https://api.orange.com', {}, { proxy: 'http://flag:2', noProxy: 'api.orange.com' }), undefined);
    for (const u of ['http://127.0.0.1:8080', 'http://localhost:1', 'https://[::1]:443']) assert.equal(via(u, { HTTPS_PROXY: 'http://p:1', HTTP_PROXY: 'http://p:1' }), undefined, u);
  });

  it('leaves process.env as it was', () => {
    const before = JSON.stringify(process.env);
    via('https://api.orange.com', { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'x' });
    assert.equal(JSON.stringify(process.env), before);
  });

  it('proxy credentials are secrets: registered with the redactor, never in describeProxy', () => {
    const u = parseProxyUrl('http://bob:pa%24%24w0rd-xyz@proxy.corp:3128', 'HTTPS_PROXY');
    assert.equal(describeProxy(u), 'http://proxy.corp:3128');
    const line = `via bob:pa$$w0rd-xyz ${Buffer.from('bob:pa$$w0rd-xyz').toString('base64')} pa%24%24w0rd-xyz`;
    assert.doesNotMatch(redactor.redact(line), /w0rd|Ym9iOnBh/);
  });
});

describe('transport errors say which host and what to set', () => {
  const url = 'https://api.orange.com/poi';
  it('maps Node\'s TLS codes', () => {
    for (const code of ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']) {
      const e = transportError({ code }, url, 'poi');
      assert.match(e?.message ?? '', /certificate of api\.orange\.com is not trusted.*NODE_EXTRA_CA_CERTS/, code);
    }
    assert.match(transportError({ code: 'CERT_HAS_EXPIRED' }, url, 'poi')?.message ?? '', /has expired/);
    assert.match(transportError({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: "Hostname/IP does not match certificate's altnames: Host: api.orange.com. is not in the cert's altnames: DNS:other" }, url, 'poi')?.message ?? '', /for another name \(DNS:other\)/);
    assert.equal(transportError({ code: 'ECONNREFUSED' }, url, 'poi'), undefined, 'no proxy: the generic network error stays');
    assert.match(transportError({ code: 'ECONNREFUSED' }, url, 'poi', new URL('http://u:secret-pw@p:3128'))?.message ?? '', /could not use the proxy http:\/\/p:3128 \(ECONNREFUSED\)/);
  });
});

describe('HttpClient through a proxy: keep-alive to the proxy, 407 as a clear error', function () {
  this.timeout(20000);
  it('two calls, one connection to the proxy; a 407 for an http target is the proxy\'s, not the API\'s', async () => {
    const target = http.createServer((_q, s) => s.end('{"ok":true}'));
    await new Promise<void>(r => target.listen(0, '127.0.0.1', r));
    const port = (target.address() as AddressInfo).port;
    const p = await startForwardProxy({ hosts: { 'api.example.test': '127.0.0.1' } });
    const locked = await startForwardProxy({ auth: 'u:p4ss-word', hosts: { 'api.example.test': '127.0.0.1' } });
    const client = new HttpClient({ proxy: { proxy: p.url, env: {} } });
    const refused = new HttpClient({ proxy: { proxy: locked.url, env: {} } });
    try {
      for (let i = 0; i < 2; i++) assert.equal((await client.send({ method: 'GET', url: `http://api.example.test:${port}/x` })).status, 200);
      assert.equal(p.seen.length, 2);
      assert.equal(p.connections(), 1, 'the socket to the proxy is kept alive');
      await assert.rejects(refused.send({ method: 'GET', url: `http://api.example.test:${port}/x` }), (e: Error & { code?: string }) =>
        /requires authentication \(407\)/.test(e.message) && e.code === 'PROXY_AUTH_REQUIRED');
    } finally {
      client.dispose(); refused.dispose();
      await p.close(); await locked.close();
      await new Promise<void>(r => target.close(() => r()));
    }
  });
});
