import assert from 'node:assert/strict';
import { HttpClient } from '../../../src/core/http/client';
import { createLogger, type LogLevel, Redactor, redactor } from '../../../src/core/log';
import { json, startServer, type TestServer } from './server';

describe('http: every log line is redacted', () => {
  let server: TestServer;
  const lines: { level: LogLevel; line: string }[] = [];
  const http = new HttpClient({ logger: createLogger((level, line) => lines.push({ level, line })) });
  const S = {
    bearer: 'SENTINEL-bearer-7f3a9c',
    apiKey: 'SENTINEL-apikey-51be0d',
    app: 'SENTINEL-ovhapp-2c4d',
    consumer: 'SENTINEL-consumer-9e8f',
    signature: '$1$' + 'a'.repeat(40),
    clientSecret: 'SENTINEL-clientsecret-77aa',
    accessToken: 'SENTINEL-accesstoken-0b1c',
    basic: 'U0VOVElORUwtYmFzaWMtY3JlZHM=',
  };
  before(async () => {
    server = await startServer((req, res) => {
      if (req.url.startsWith('/token')) json(res, 200, { token_type: 'Bearer', access_token: S.accessToken, expires_in: 3600 });
      else json(res, 401, { code: 42, message: 'Expired credentials', echo: `Bearer ${S.bearer}` });
    });
  });
  after(async () => { http.dispose(); await server.close(); });

  it('masks Authorization, X-Api-Key, X-Ovh-*, form and JSON secrets in requests and responses', async () => {
    await http.send({
      method: 'POST', url: `${server.url}/token`, body: `grant_type=client_credentials&client_secret=${S.clientSecret}`,
      headers: { Authorization: `Basic ${S.basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    await http.send({
      method: 'GET', url: `${server.url}/poi?x=1`,
      headers: { Authorization: `Bearer ${S.bearer}`, 'X-Api-Key': S.apiKey, 'X-Ovh-Application': S.app, 'X-Ovh-Consumer': S.consumer, 'X-Ovh-Signature': S.signature },
    });
    // the server did receive the real values: redaction is for logs only
    assert.equal(server.requests[1].headers['x-api-key'], S.apiKey);
    const all = lines.map(l => l.line).join('\n');
    assert.ok(lines.some(l => l.level === 'debug') && lines.some(l => l.level === 'trace'), 'request and response bodies were logged');
    for (const [name, value] of Object.entries(S)) assert.ok(!all.includes(value), `${name} leaked into the log`);
    assert.match(all, /\*\*\*/);
  });

  it('masks registered secret values wherever they appear, error messages included', async () => {
    const own = new Redactor();
    own.addSecret('my-very-own-secret');
    const captured: string[] = [];
    const log = createLogger((_l, line) => captured.push(line), own);
    log.error('failed for https://x.example/?key=my-very-own-secret and my-very-own-secret again');
    assert.equal(captured[0].includes('my-very-own-secret'), false);

    redactor.addSecret('SENTINEL-registered-host-part');
    const http2 = new HttpClient({ logger: createLogger((_l, line) => captured.push(line)) });
    try {
      await assert.rejects(http2.send({ method: 'GET', url: 'http://127.0.0.1:1/x?key=SENTINEL-registered-host-part' }), (e: Error) => {
        assert.ok(!e.message.includes('SENTINEL-registered-host-part'));
        return true;
      });
    } finally { http2.dispose(); }
    assert.ok(!captured.join('\n').includes('SENTINEL-registered-host-part'));
  });
});
