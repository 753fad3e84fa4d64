import assert from 'node:assert/strict';
import { HttpClient } from '../../../src/core/http/client';
import { assertCredentialTarget, isLoopbackHost } from '../../../src/core/http/guard';
import { json, startServer, type TestServer } from './server';

describe('http: credential host guard', () => {
  const refused = (url: string, base: string) => assert.throws(() => assertCredentialTarget(url, base), { kind: 'credentials' }, `${url} vs ${base}`);
  const allowed = (url: string, base: string) => assert.doesNotThrow(() => assertCredentialTarget(url, base), `${url} vs ${base}`);

  it('allows https to the exact origin, and plain http on loopback only', () => {
    allowed('https://eu.api.ovh.com/1.0/connectivity/eligibility/test/line/partners', 'https://eu.api.ovh.com/1.0');
    allowed('https://EU.API.OVH.COM:443/1.0/x', 'https://eu.api.ovh.com/1.0');
    allowed('http://127.0.0.1:8089/1.0/x', 'http://127.0.0.1:8089/1.0');
    allowed('http://localhost:8089/x', 'http://localhost:8089');
    allowed('http://[::1]:8089/x', 'http://[::1]:8089');
  });

  it('refuses plain http to a non-loopback host, even when configured so', () => {
    refused('http://eu.api.ovh.com/1.0/x', 'http://eu.api.ovh.com/1.0');
    refused('http://10.0.0.1/x', 'http://10.0.0.1');
  });

  it('refuses any other origin: look-alike hosts, other ports, other schemes, subdomains', () => {
    const base = 'https://api.orange.com';
    for (const url of [
      'https://api.orange.com.evil.example/oauth/v3/token',
      'https://evil.example/api.orange.com/oauth/v3/token',
      'https://api-orange.com/oauth/v3/token',
      'https://x.api.orange.com/oauth/v3/token',
      'https://api.orange.com:8443/oauth/v3/token',
      'http://api.orange.com/oauth/v3/token',
      'https://api.orange.co/oauth/v3/token',
    ]) refused(url, base);
    refused('http://127.0.0.1:9999/x', 'http://127.0.0.1:8089');
    refused('http://127.0.0.2:8089/x', 'http://127.0.0.1:8089');
  });

  it('refuses user information in the URL or in the configured base', () => {
    refused('https://user:pass@api.orange.com/x', 'https://api.orange.com');
    refused('https://api.orange.com@evil.example/x', 'https://api.orange.com');
    refused('https://api.orange.com/x', 'https://user@api.orange.com');
    refused('not a url', 'https://api.orange.com');
  });

  it('knows loopback hosts', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]']) assert.ok(isLoopbackHost(h), h);
    for (const h of ['localhost.evil.example', '128.0.0.1', '10.0.0.1', '::2']) assert.ok(!isLoopbackHost(h), h);
  });

  describe('through HttpClient.send', () => {
    let a: TestServer, b: TestServer;
    const http = new HttpClient();
    beforeEach(async () => {
      a = await startServer((_req, res) => json(res, 200, {}));
      b = await startServer((_req, res) => json(res, 200, {}));
    });
    afterEach(async () => { await a.close(); await b.close(); });
    after(() => http.dispose());

    it('a credential configured for one server never reaches another (zero requests recorded)', async () => {
      await assert.rejects(http.send({ method: 'GET', url: `${b.url}/steal`, headers: { Authorization: 'Bearer s3cr3t-token' }, credentialBase: a.url }),
        { kind: 'credentials' });
      assert.equal(b.requests.length, 0);
      assert.equal(a.requests.length, 0);
    });

    it('sends to the configured origin', async () => {
      const r = await http.send({ method: 'GET', url: `${a.url}/ok`, headers: { Authorization: 'Bearer s3cr3t-token' }, credentialBase: `${a.url}/1.0` });
      assert.equal(r.status, 200);
      assert.equal(a.requests[0].headers.authorization, 'Bearer s3cr3t-token');
    });
  });
});
