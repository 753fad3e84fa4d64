import * as assert from 'node:assert/strict';
import { createLogger, Redactor } from '../../../src/core/log';
import { startSandbox } from '../../../src/sandbox/index';
import { CREDS } from './helpers';

describe('sandbox request log', () => {
  it('logs one redacted line per request through the Logger, with no credential value', async () => {
    const lines: string[] = [];
    const sb = await startSandbox({ logger: createLogger((level, line) => lines.push(`${level} ${line}`), new Redactor()) });
    try {
      const tok = await fetch(`${sb.url}/oauth/v3/token`, {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from(`${CREDS.orange.clientId}:${CREDS.orange.clientSecret}`).toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      });
      const { access_token } = (await tok.json()) as { access_token: string };
      await (await fetch(`${sb.url}/eligibility/b2b/v1/poi?buildingCode=IMB/59378/X/013S`, { headers: { Authorization: `Bearer ${access_token}`, 'X-Api-Key': CREDS.orange.apiKey, Accept: 'application/json' } })).text();
      const all = lines.join('\n');
      assert.match(all, /listening on http:\/\/127\.0\.0\.1:\d+/);
      assert.match(all, /POST \/oauth\/v3\/token → 200/);
      assert.match(all, /GET \/eligibility\/b2b\/v1\/poi\?buildingCode=IMB\/59378\/X\/013S → \d{3}/);
      for (const secret of [access_token, CREDS.orange.clientSecret, CREDS.orange.apiKey]) assert.ok(!all.includes(secret), 'a credential value reached the log');
    } finally { await sb.close(); }
  });
});
