import assert from 'node:assert/strict';
import { lookupPoi, qualifyRip } from '../../../src/core/apis/orange/operations';
import { parseRequestFile } from '../../../src/core/requests/parse';
import { targetFromEnv } from '../../../src/core/target';
import { runCli, tempFiles } from '../cli/helpers';
import { CREDS, FakeOrange, makeContext, TestContext } from './fake-orange';
import { AJACCIO_POIS, RIP_CHERANCE_FTTE } from './fixtures';

/** The Orange guides' open points, coded for both readings (issue 9 item 4). */
const Q = { fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' };
const ND = { contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0123456789' } } as const;
const ERROR_BODY = { code: 30, message: 'ND not found', description: 'The ND is not found.' };

describe('orange: both readings of the guides', () => {
  let srv: FakeOrange;
  let t: TestContext | undefined;
  beforeEach(async () => { srv = await new FakeOrange().start(); });
  afterEach(async () => { t?.dispose(); t = undefined; await srv.close(); });

  describe('the API key is for b2b /poi only', () => {
    it('ELIG_ORANGE_API_KEY is optional in the CLI environment', () => {
      const target = targetFromEnv({ ELIG_ORANGE_CLIENT_ID: 'id', ELIG_ORANGE_CLIENT_SECRET: 'secret' });
      assert.deepEqual(target.orange.credentials, { clientId: 'id', clientSecret: 'secret', apiKey: undefined });
    });
    it('RIP runs with OAuth2 alone; b2b without a key fails before anything is sent, with the next step', async () => {
      srv.apiDefault = r => ({ status: 200, body: r.path.includes('rip') ? RIP_CHERANCE_FTTE : AJACCIO_POIS });
      t = makeContext(srv.url, { clientId: CREDS.clientId, clientSecret: CREDS.clientSecret });
      const rip = await qualifyRip(t.ctx, ND);
      assert.equal(rip.ok, true, JSON.stringify(rip.error));
      const before = srv.requests.length;
      const poi = await lookupPoi(t.ctx, Q);
      assert.equal(poi.ok, false);
      assert.equal(poi.error?.kind, 'credentials');
      assert.equal(poi.error?.nextStep, 'set-credentials');
      assert.match(poi.error!.message, /API key \(X-Api-Key header\).*nothing was sent/);
      assert.match(poi.error!.hint!, /ELIG_ORANGE_API_KEY/);
      assert.equal(srv.requests.length, before, 'no token request and no /poi request');
    });
  });

  describe('{code, message, description} is an error whatever the HTTP status', () => {
    it('RIP: 200 with the guide\'s error body → error code 30 with its next step', async () => {
      srv.apiDefault = () => ({ status: 200, body: ERROR_BODY });
      t = makeContext(srv.url);
      const out = await qualifyRip(t.ctx, ND);
      assert.equal(out.ok, false);
      assert.equal(out.error?.code, '30');
      assert.equal(out.error?.status, 200);
      assert.equal(out.error?.nextStep, 'fix-input');
      assert.match(out.error!.message, /ND not found \(code 30\).*HTTP status is 200/);
      assert.deepEqual(out.raw, ERROR_BODY);
    });
    it('b2b: 200 with an error body → error, with the hint of its code', async () => {
      srv.apiDefault = () => ({ status: 200, body: { code: 4041, message: 'address not found', description: 'address unknown' } });
      t = makeContext(srv.url);
      const out = await lookupPoi(t.ctx, Q);
      assert.equal(out.ok, false);
      assert.equal(out.error?.code, '4041');
      assert.match(out.error!.hint!, /street number and the postcode/);
    });
    it('a successful body that happens to carry a code is not an error', async () => {
      srv.apiDefault = () => ({ status: 200, body: { ...RIP_CHERANCE_FTTE, code: 1, message: 'informative' } });
      t = makeContext(srv.url);
      assert.equal((await qualifyRip(t.ctx, ND)).ok, true);
    });
  });

  describe('warnings, not errors, for what the guides allow', () => {
    const file = (api: string, operation: string, params: unknown) => JSON.stringify({ requests: [{ name: 'r', api, operation, params }] }, null, 2);
    it('b2b buildingCode + buildingName: a warning at buildingName, the request runs', () => {
      const p = parseRequestFile(file('orange-b2b', 'poi', { buildingCode: 'IMB/59378/X/013S', buildingName: 'A13' }));
      assert.equal(p.ok, true);
      assert.ok(p.requests[0].request);
      const w = p.diagnostics.filter(d => d.severity === 'warning');
      assert.equal(w.length, 1, JSON.stringify(p.diagnostics));
      assert.equal(w[0].code, 'orange-precedence');
      assert.match(w[0].message, /takes buildingCode first/);
      assert.equal(w[0].range.start.line, 8); // the "buildingName" value (0-based)
    });
    it('RIP address without rivoliCode: a warning, the request runs', () => {
      const p = parseRequestFile(file('orange-rip', 'productRIPQualification', { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { cityCode: '53068', streetNr: '59' } } }));
      assert.equal(p.ok, true, JSON.stringify(p.diagnostics));
      assert.deepEqual(p.diagnostics.map(d => [d.severity, d.code]), [['warning', 'rip-no-rivoli']]);
    });
    it('the CLI prints the warning and sends the request as written (fullText spelling kept)', async () => {
      srv.apiDefault = () => ({ status: 200, body: RIP_CHERANCE_FTTE });
      const dir = tempFiles({
        'a.elig.json': JSON.stringify({ requests: [
          { name: 'no rivoli', api: 'orange-rip', operation: 'productRIPQualification', params: { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { cityCode: '53068' } } } },
          { name: 'guide spelling', api: 'orange-rip', operation: 'productRIPQualification', params: { contextType: 'fulltext', category: { name: 'ftte' }, place: { nonFormattedAddress: { fullText: '59 CHEMIN DE LA MARE, 53400 CHERANCE' } } } },
          { name: 'b2b', api: 'orange-b2b', operation: 'poi', params: Q, expect: { error: { kind: 'credentials' } } },
        ] }),
      });
      const r = await runCli(['run', dir, '--reporter', 'json', '--concurrency', '1'], { env: {
        ELIG_ORANGE_BASE_URL: srv.url, ELIG_ORANGE_CLIENT_ID: CREDS.clientId, ELIG_ORANGE_CLIENT_SECRET: CREDS.clientSecret,
      } });
      assert.equal(r.code, 0, r.stderr + r.stdout);
      assert.match(r.stderr, /warning: \S*a\.elig\.json:\d+:\d+: No rivoliCode/);
      const places = srv.apiRequests().map(x => JSON.stringify(JSON.parse(x.body).place)).sort();
      assert.deepEqual(places, [{ geographicAddress: { cityCode: '53068' } }, { nonFormattedAddress: { fullText: '59 CHEMIN DE LA MARE, 53400 CHERANCE' } }].map(p => JSON.stringify(p)));
      assert.ok(!srv.requests.some(x => x.path.includes('/poi')), 'no b2b call without an API key');
    });
  });
});
