import assert from 'node:assert/strict';
import type { Har } from 'har-format';
import { createSharedState } from '../../../src/core/apis/operation';
import { execute } from '../../../src/core/execute';
import { supportExport } from '../../../src/core/har';
import { HttpClient } from '../../../src/core/http/client';
import { SANDBOX_CREDENTIALS, sandboxTarget } from '../../../src/core/target';
import type { ApiCall } from '../../../src/core/result';
import { startSandbox } from '../../../src/sandbox';

describe('support export of one call: HAR + Markdown summary', function () {
  this.timeout(30000);
  let sb: Awaited<ReturnType<typeof startSandbox>>;
  let http: HttpClient;
  before(async () => { sb = await startSandbox({ port: 0 }); http = new HttpClient(); });
  after(async () => { http.dispose(); await sb.close(); });
  const run = (call: ApiCall, recordExchanges = true) =>
    execute({ http, target: sandboxTarget(sb.url), state: createSharedState(), poll: { initialDelayMs: 5, maxDelayMs: 20 }, recordExchanges }, call);

  it('an OVH task: every poll in the HAR, the query ids and offers in the summary', async () => {
    const r = await run({ api: 'ovh', operation: 'test/building', params: { building: 'IMB/91471/C/NT8X' } });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.ok(r.polls >= 1);
    const out = supportExport(r, { profileKind: 'sandbox', harFile: 'x.har', version: '0.1.0' });
    const har = JSON.parse(out.har) as Har;
    assert.equal(har.log.entries.length, r.exchanges!.length);
    assert.ok(har.log.entries.length >= r.polls + 1, 'the first post and every re-post');
    assert.match(out.markdown, /\*\*Profile kind\*\*: sandbox/);
    assert.match(out.markdown, /\*\*X-OVH-QUERYID\*\*: `EU\.ext-1\./);
    assert.match(out.markdown, /\| FTTH \| FTTH-MAX-1G \| yes \|/);
    assert.match(out.markdown, /\*\*When\*\*: \d{4}-\d\d-\d\dT/);
    assert.match(out.markdown, /"building": "IMB\/91471\/C\/NT8X"/);
    assert.match(out.markdown, /Outcome\*\*: succeeded — \d+ eligible of \d+ offers/);
  });

  it('a failed Orange call: token request included, the API error in the outcome, no secret anywhere', async () => {
    const r = await run({ api: 'orange-b2b', operation: 'poi', params: { fullTextAddress: '1 rue de nulle part, 99999 Nowhere' } });
    assert.equal(r.ok, false);
    const out = supportExport(r, { profileKind: 'sandbox' });
    const har = JSON.parse(out.har) as Har;
    assert.ok(har.log.entries.some(e => e.request.url.endsWith('/oauth/v3/token')));
    assert.match(out.markdown, /Outcome\*\*: failed — http, HTTP 404, code 4041/);
    const c = SANDBOX_CREDENTIALS.orange;
    for (const s of [c.clientSecret, c.apiKey, Buffer.from(`${c.clientId}:${c.clientSecret}`).toString('base64')]) {
      assert.ok(!out.har.includes(s) && !out.markdown.includes(s), `leaked ${s}`);
    }
    const token = har.log.entries.find(e => e.request.url.endsWith('/oauth/v3/token'))!;
    const issued = /"access_token":\s*"([^"]*)"/.exec(token.response.content.text ?? '')?.[1];
    assert.equal(issued, '***');
  });

  it('nothing recorded unless asked', async () => {
    const r = await run({ api: 'ovh', operation: 'search/cities', params: { zipCode: '91400' } }, false);
    assert.equal(r.exchanges, undefined);
  });
});
