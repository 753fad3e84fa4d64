import assert from 'node:assert/strict';
import { z } from 'zod';
import { findOperation } from '../../../src/core/apis';
import { OVH_OPERATIONS } from '../../../src/core/apis/ovh/operations';
import { deprecationOf, OVH_SPECS } from '../../../src/core/apis/ovh/specs';
import { execute } from '../../../src/core/execute';
import { HttpClient } from '../../../src/core/http/client';
import { CREDS, ctxFor, type OvhServer, PREFIX, startOvhServer } from './ovh-server';

const EXPECTED = [
  'search/cities', 'search/streets', 'search/streetNumbers', 'search/streetNumbers/details', 'search/buildings',
  'search/buildingsByLine', 'search/buildingDetails', 'search/addresses', 'search/lines', 'search/meetings',
  'test/line', 'test/address', 'test/building', 'test/otp', 'test',
  'test/line/partners', 'test/address/partners', 'test/building/partners', 'test/otp/partners',
  'recall', 'recall/list', 'recall/get', 'recall/update', 'recall/delete',
];

describe('ovh: operation table', () => {
  it('has every operation of API-NOTES §1, registered in ALL_OPERATIONS', () => {
    assert.deepEqual(OVH_OPERATIONS.map(o => o.name).sort(), [...EXPECTED].sort());
    for (const name of EXPECTED) assert.ok(findOperation('ovh', name), name);
  });

  it('marks kinds, credentials, BETA stages, and no deprecation the schema does not give', () => {
    for (const op of OVH_OPERATIONS) {
      assert.equal(op.kind, op.name.startsWith('test') ? 'eligibility' : 'search', op.name);
      assert.equal(op.needsCredentials, op.name.endsWith('/partners') || op.name.startsWith('recall'), op.name);
      assert.equal(op.deprecated, undefined, op.name);
      assert.equal(op.stage, ['test/building/partners', 'test/otp/partners'].includes(op.name) ? 'BETA' : undefined, op.name);
    }
  });

  it('deprecation text comes only from the schema\'s apiStatus', () => {
    assert.equal(deprecationOf({ value: 'PRODUCTION' }), undefined);
    assert.equal(deprecationOf({ value: 'BETA' }), undefined);
    const t = deprecationOf({ value: 'DEPRECATED', deprecatedDate: '2027-01-02T00:00:00+01:00', deletionDate: '2027-06-30', replacement: '/connectivity/eligibility/test/building' })!;
    assert.match(t, /2027-01-02/);
    assert.match(t, /2027-06-30/);
    assert.match(t, /test\/building/);
    assert.match(deprecationOf({ value: 'DEPRECATED' })!, /^Deprecated by OVHcloud \(OVHcloud API schema\)\.$/);
  });

  it('params are strict, every example validates, and the JSON Schema has a description and examples for every field', () => {
    for (const op of OVH_OPERATIONS) {
      for (const ex of op.examples) assert.ok(op.params.safeParse(ex).success, `${op.name} example`);
      assert.equal(op.params.safeParse({ ...op.examples[0], unexpected: 1 }).success, false, `${op.name} is strict`);
      const js = z.toJSONSchema(op.params) as { properties: Record<string, { description?: string; examples?: unknown[] }>; additionalProperties: boolean };
      assert.equal(js.additionalProperties, false);
      for (const [k, p] of Object.entries(js.properties)) {
        assert.ok(p.description && p.description.length > 10, `${op.name}.${k} description`);
        assert.ok(p.examples?.length, `${op.name}.${k} examples`);
      }
    }
  });

  it('search/addresses: coordinates typed as numbers or strings, always sent as the schema\'s strings', () => {
    const op = findOperation('ovh', 'search/addresses')!;
    assert.deepEqual(op.params.parse({ latitude: 48.6986, longitude: 2.1873, distance: 50 }), { latitude: '48.6986', longitude: '2.1873', distance: 50 });
    assert.deepEqual(op.params.parse({ latitude: ' 48.6986 ', longitude: '-0.5' }), { latitude: '48.6986', longitude: '-0.5' });
    assert.deepEqual(op.params.parse({ latitude: 1e-7, longitude: 0 }), { latitude: '0.0000001', longitude: '0' });
    for (const bad of [{ latitude: 91, longitude: 0 }, { latitude: '48,69', longitude: '2' }, { latitude: 'north', longitude: '2' }, { latitude: '48', longitude: '181' }]) {
      assert.equal(op.params.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });

  it('search/meetings: the schema\'s body (otp string, siteCompanyName, technicalVisit, installationType enum)', () => {
    const op = findOperation('ovh', 'search/meetings')!;
    const ref = 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01';
    assert.ok(op.params.safeParse({ eligibilityReference: ref, otp: 'OO-1234-5678/C', siteCompanyName: 'ACME', technicalVisit: 'complex', installationType: 'multiOtp' }).success);
    assert.equal(op.params.safeParse({ eligibilityReference: ref, otp: true }).success, false);
    assert.equal(op.params.safeParse({ eligibilityReference: ref, installationType: 'createNeighbour' }).success, false);
    assert.equal(op.params.safeParse({ eligibilityReference: ref, technicalVisit: 'hard' }).success, false);
  });

  it('does not over-validate street codes (9, 10 and 11 digits) and needs streetCode+streetNumber or hexacle', () => {
    const op = findOperation('ovh', 'test/address')!;
    for (const streetCode of ['123456789', '9147132200', '94123001234']) assert.ok(op.params.safeParse({ streetCode, streetNumber: '2' }).success);
    assert.ok(op.params.safeParse({ hexacle: '91471000AB' }).success);
    const r = op.params.safeParse({ streetCode: '9147132200' });
    assert.equal(r.success, false);
    assert.deepEqual(r.error!.issues.map(i => i.path.join('.')), ['streetNumber']);
  });
});

describe('ovh: every operation against a scripted server', () => {
  let server: OvhServer;
  const http = new HttpClient();
  before(async () => { server = await startOvhServer({ pendingPolls: 1 }); });
  after(async () => { http.dispose(); await server.close(); });

  for (const name of EXPECTED) {
    it(`${name}: sends the right request, polls the task and returns the typed result`, async () => {
      const op = findOperation('ovh', name)!;
      const params = op.examples[0];
      const before = server.apiRequests().length;
      const progress: number[] = [];
      const ctx = ctxFor(http, server.base, { credentials: CREDS, onProgress: p => progress.push(p.polls ?? -1) });
      const r = await execute(ctx, { api: 'ovh', operation: name, params });
      assert.equal(r.ok, true, JSON.stringify(r.error));
      assert.deepEqual(r.schemaDrift, []);
      const sent = server.apiRequests().slice(before);
      const spec = OVH_SPECS.find(s => s.name === name)!;
      if (name === 'test') {
        assert.equal(sent.length, 1);
        assert.equal(sent[0].method, 'GET');
        assert.equal(sent[0].url, `${PREFIX}test?eligibilityReference=${params.eligibilityReference}`);
        assert.equal(r.polls, 0);
      } else if (!spec.task) {
        // recall: one plain call, {id} in the path, the rest as the body (POST/PUT), nothing for GET/DELETE
        assert.equal(sent.length, 1);
        assert.equal(sent[0].method, spec.method);
        const { id, ...body } = params as { id?: number };
        assert.equal(sent[0].url, `${PREFIX}${id === undefined ? 'recall' : `recall/${id}`}`);
        if (spec.method === 'POST' || spec.method === 'PUT') assert.deepEqual(JSON.parse(sent[0].body), body);
        else assert.equal(sent[0].body, '');
        assert.equal(r.polls, 0);
      } else {
        assert.equal(sent.length, 2, 'posted, then re-posted once while pending');
        for (const s of sent) {
          assert.equal(s.method, 'POST');
          assert.equal(s.url, `${PREFIX}${name}`);
          assert.deepEqual(JSON.parse(s.body), params);
          assert.equal(s.headers['content-type'], 'application/json');
        }
        assert.equal(sent[0].body, sent[1].body, 'the poll is the same body again');
        assert.equal(r.polls, 1);
        assert.deepEqual(progress, [1]);
      }
      const signed = spec.signed;
      for (const s of sent) {
        assert.equal(!!s.headers['x-ovh-signature'], signed);
        assert.equal(!!s.headers['x-ovh-application'], signed);
      }
      assert.match(r.exchange!.queryId!, /^EU\.ext-test\.\d+$/);
      assert.equal(r.exchange!.status, 200);
      if (signed) assert.equal(r.exchange!.requestHeaders['X-Ovh-Signature'], '***');
      if (op.kind === 'eligibility') {
        assert.ok(r.normalized, 'normalized');
        assert.equal(r.normalized!.api, 'ovh');
        assert.ok(r.normalized!.offers.length > 0);
        assert.equal(r.normalized!.eligibilityReference, (r.raw as { eligibilityReference: string }).eligibilityReference);
      } else {
        assert.equal(r.normalized, undefined);
        assert.ok(name === 'recall/delete' ? r.raw === null : r.raw !== null && typeof r.raw === 'object');
      }
    });
  }
});
