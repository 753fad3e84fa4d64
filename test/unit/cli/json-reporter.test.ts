import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, runCli } from './helpers';

/** `--reporter json` carries each offer as normalized: what a QA script reads (issue 9 item 5). */
describe('elig run --reporter json: full offers', function () {
  this.timeout(60000);
  it('every offer with api, technology, code, name, eligible, reasons and rates; the endpoint summary and schemaDrift', async () => {
    const r = await runCli(['run', path.join(ROOT, 'examples/orange/poi.elig.json'), path.join(ROOT, 'examples/ovh/tests.elig.json'), '--sandbox', '--reporter', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    const offers = rows.flatMap(x => (x.offers ?? []) as Record<string, unknown>[]);
    assert.ok(offers.length > 10);
    for (const o of offers) {
      assert.deepEqual(Object.keys(o), ['api', 'technology', 'code', 'name', 'eligible', 'reasons', 'downloadMbps', 'uploadMbps']);
      for (const reason of o.reasons as Record<string, unknown>[]) assert.deepEqual(Object.keys(reason), ['code', 'message']);
    }
    assert.ok(offers.some(o => typeof o.downloadMbps === 'number' && (o.downloadMbps as number) > 0), 'rates are kept');
    assert.ok(offers.some(o => !o.eligible && (o.reasons as unknown[]).length > 0), 'reasons of ineligible offers are kept');
    assert.ok(offers.some(o => o.api === 'orange-b2b') && offers.some(o => o.api === 'ovh'));
    const eligibility = rows.filter(x => x.ok && (x.offers as unknown[]).length);
    for (const row of eligibility) {
      assert.ok(row.endpoint && typeof row.endpoint === 'object', `${row.name} has an endpoint`);
      assert.ok(!('copper' in (row.endpoint as object)) && !('fiber' in (row.endpoint as object)), 'the summary, not the as-received blobs');
      assert.ok(Array.isArray(row.schemaDrift));
    }
    assert.ok(!r.stdout.includes('"details"'), 'API-specific details stay out of the report');
  });
});
