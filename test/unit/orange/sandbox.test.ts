import assert from 'node:assert/strict';
import { createSharedState } from '../../../src/core/apis/operation';
import { lookupPoi, qualifyRip, tokenCacheFor, withChosenBuilding } from '../../../src/core/apis/orange/operations';
import { execute } from '../../../src/core/execute';
import { HttpClient } from '../../../src/core/http/client';
import { RunContext } from '../../../src/core/apis/operation';
import { SANDBOX_CREDENTIALS, sandboxTarget } from '../../../src/core/target';
import { RunningSandbox, startSandbox } from '../../../src/sandbox/index';

/** End to end against the embedded sandbox's HTTP surface, with the guides' seed examples. */
describe('orange: end to end against the sandbox', () => {
  let sb: RunningSandbox;
  let http: HttpClient;
  let ctx: RunContext;
  before(async () => { sb = await startSandbox({ port: 0 }); });
  after(async () => { await sb.close(); });
  beforeEach(() => {
    http = new HttpClient({ retry: { baseDelayMs: 1, maxDelayMs: 5 } });
    ctx = { http, target: sandboxTarget(sb.url), state: createSharedState() };
  });
  afterEach(() => http.dispose());

  it('b2b Ajaccio full-text address', async () => {
    const out = await lookupPoi(ctx, { fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' });
    assert.equal(out.ok, true, JSON.stringify(out.error));
    assert.deepEqual(out.schemaDrift, []);
    const n = out.normalized!;
    assert.equal(n.endpoint.address?.inseeCode, '2A004');
    assert.ok(n.offers.some(o => o.technology === 'FTTH' && o.eligible));
    assert.ok(n.offers.some(o => o.code === 'adsl' && o.downloadMbps === 18));
  });

  it('b2b building IMB/59378/X/013S', async () => {
    const out = await lookupPoi(ctx, { buildingCode: 'IMB/59378/X/013S' });
    assert.equal(out.ok, true, JSON.stringify(out.error));
    assert.equal(out.normalized!.endpoint.building?.reference, 'IMB/59378/X/013S');
    assert.equal(out.normalized!.offers.length, 5);
  });

  it('b2b Marcq-en-Baroeul + buildingName A13', async () => {
    const out = await lookupPoi(ctx, { fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul', buildingName: 'A13' });
    assert.equal(out.ok, true, JSON.stringify(out.error));
    assert.deepEqual(out.normalized!.endpoint.building, { reference: 'IMB/59378/X/013U', name: 'A13' });
  });

  it('RIP CHERANCE 53068/0082/59', async () => {
    const res = await execute(ctx, { api: 'orange-rip', operation: 'productRIPQualification',
      params: { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '0082', cityCode: '53068', streetNr: '59' } } } });
    assert.equal(res.ok, true, JSON.stringify(res.error));
    assert.deepEqual(res.schemaDrift, []);
    assert.equal(res.normalized!.endpoint.address?.city, 'CHERANCE');
    assert.ok(res.normalized!.offers.length >= 1);
    assert.ok(res.normalized!.offers.every(o => o.technology === 'FTTE'));
  });

  it('RIP Vendée 85020/012R: notComputed with M1–M6, then building M1', async () => {
    const req = { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } } as const;
    const out = await qualifyRip(ctx, req);
    assert.equal(out.ok, true, JSON.stringify(out.error));
    assert.equal(out.normalized!.qualificationResult, 'notComputed');
    assert.deepEqual(out.normalized!.buildingsToChoose?.map(b => b.name), ['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
    const next = withChosenBuilding(req, out.normalized!.buildingsToChoose![0].code);
    assert.deepEqual(next.place?.geographicAddress?.geographicSubAddress, { buildingCode: 'IMB/85020/X/000I' });
    const m1 = await qualifyRip(ctx, next);
    assert.equal(m1.ok, true, JSON.stringify(m1.error));
    assert.ok(m1.normalized!.offers.length >= 1);
    assert.equal(m1.normalized!.buildingsToChoose, undefined);
  });

  it('RIP FTTH by fullText (the guide\'s spelling)', async () => {
    const out = await qualifyRip(ctx, { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fullText: '59 CHEMIN DE LA MARE, 53400 CHERANCE' } } });
    assert.equal(out.ok, true, JSON.stringify(out.error));
    assert.ok(out.normalized!.offers.every(o => o.technology === 'FTTH'));
  });

  it('RIP ND not found → code 30', async () => {
    const out = await qualifyRip(ctx, { contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0123456789' } });
    assert.equal(out.ok, false);
    assert.equal(out.error?.code, '30');
    assert.match(out.error!.message, /ND not found/);
  });

  it('an expired token (sandbox admin) is refreshed once and the call replayed', async () => {
    assert.equal((await lookupPoi(ctx, { buildingCode: 'IMB/59378/X/013S' })).ok, true);
    const before = tokenCacheFor(ctx.state, sb.url, SANDBOX_CREDENTIALS.orange).requests;
    assert.ok(sb.expireTokens() >= 1);
    const out = await lookupPoi(ctx, { buildingCode: 'IMB/59378/X/013S' });
    assert.equal(out.ok, true, JSON.stringify(out.error));
    assert.equal(tokenCacheFor(ctx.state, sb.url, SANDBOX_CREDENTIALS.orange).requests, before + 1);
  });

  it('50 concurrent calls share one token', async () => {
    const outs = await Promise.all(Array.from({ length: 50 }, () => lookupPoi(ctx, { buildingCode: 'IMB/59378/X/013S' })));
    assert.ok(outs.every(o => o.ok), JSON.stringify(outs.find(o => !o.ok)?.error));
    assert.equal(tokenCacheFor(ctx.state, sb.url, SANDBOX_CREDENTIALS.orange).requests, 1);
  });
});
