import { strict as assert } from 'node:assert';
import { callForBuilding, deepRedact, isExecResult, makeView, sanitizeResult, titleFor } from '../../../src/extension/panel/view';
import { isResultView, isWebviewState, DEFAULT_UI } from '../../../src/shared/protocol';
import { redactor } from '../../../src/core/log';
import { execResult } from './fixtures';
import { normalizeB2b } from '../../../src/core/apis/orange/normalize-b2b';
import { SEEDS } from '../../../src/sandbox/dataset/seeds';

describe('panel view model', () => {
  const leaky = () => execResult({
    call: { api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/85020/X/000I' } },
    exchange: {
      method: 'GET', url: 'https://api.orange.com/eligibility/b2b/v1/poi?buildingCode=IMB/85020/X/000I',
      requestHeaders: { authorization: 'Bearer tok-ABCDEFGH-1234', 'x-api-key': 'key-ZYXWV-9876', 'x-ovh-consumer': 'ck-QWERTY-555', accept: 'application/json' },
      status: 200,
      responseHeaders: { 'x-ovh-queryid': 'EU.ext-3.q1', 'set-cookie': 'session=abcdef123456', 'content-type': 'application/json' },
      queryId: 'EU.ext-3.q1',
    },
  });

  it('carries the operation\'s BETA stage from the OVH schema (test/building/partners), nothing for production ones', () => {
    const beta = makeView({ result: execResult({ call: { api: 'ovh', operation: 'test/building/partners', params: { building: 'IMB/91471/C/NT8X' } } }) }, 'Sandbox');
    assert.equal(beta.stage, 'BETA');
    assert.ok(isResultView(beta));
    const prod = makeView({ result: execResult({ call: { api: 'ovh', operation: 'test/building', params: { building: 'IMB/91471/C/NT8X' } } }) }, 'Sandbox');
    assert.equal(prod.stage, undefined);
  });

  it('never carries a secret: headers masked again, registered values removed everywhere', () => {
    redactor.addSecret('client-secret-value-77');
    const r = leaky();
    (r.raw as Record<string, unknown>).echo = 'client-secret-value-77';
    const v = makeView({ result: r }, 'Orange prod');
    const json = JSON.stringify(v);
    for (const s of ['tok-ABCDEFGH-1234', 'key-ZYXWV-9876', 'ck-QWERTY-555', 'abcdef123456', 'client-secret-value-77']) assert.ok(!json.includes(s), s);
    assert.match(v.result.exchange?.requestHeaders.authorization ?? '', /^(Bearer )?\*\*\*$/);
    assert.equal(v.result.exchange?.requestHeaders['x-api-key'], '***');
    assert.equal(v.result.exchange?.requestHeaders.accept, 'application/json');
    // the query id is an identifier for support, not a secret
    assert.equal(v.result.exchange?.responseHeaders?.['x-ovh-queryid'], 'EU.ext-3.q1');
    assert.equal(v.result.exchange?.queryId, 'EU.ext-3.q1');
    // the saved webview state is that same view
    assert.ok(isResultView(v));
    assert.ok(isWebviewState(JSON.parse(JSON.stringify({ v: 1, view: v, ui: DEFAULT_UI }))));
  });

  it('stays safe when a mask would break the JSON (escaped quotes)', () => {
    redactor.addSecret('echoed-secret-123');
    const r = execResult({ raw: { note: 'authorization: zz9val\\"x', echo: 'echoed-secret-123', n: 1 } });
    assert.throws(() => JSON.parse(redactor.redact(JSON.stringify(r))), 'the whole-text mask breaks this JSON');
    const s = sanitizeResult(r);
    const json = JSON.stringify(s);
    assert.ok(!json.includes('echoed-secret-123'));
    assert.ok(!json.includes('zz9val'));
    assert.equal((s.raw as { n: number }).n, 1);
    assert.deepEqual(deepRedact({ a: ['x', { authorization: 'Bearer abcdefgh' }], n: 2 }), { a: ['x', { authorization: 'Bearer ***' }], n: 2 });
  });

  it('does not change the caller\'s result and keeps the data', () => {
    const r = leaky();
    const before = JSON.stringify(r);
    const s = sanitizeResult(r);
    assert.equal(JSON.stringify(r), before);
    assert.deepEqual(s.normalized, r.normalized);
    assert.deepEqual(s.call, r.call);
  });

  it('gives each view its own id, the profile and a title', () => {
    const a = makeView({ result: execResult() }, 'Sandbox'), b = makeView({ result: execResult(), profile: 'OVH EU', source: 'a.elig.json' }, 'Sandbox');
    assert.notEqual(a.id, b.id);
    assert.equal(a.profile, 'Sandbox');
    assert.equal(b.profile, 'OVH EU');
    assert.equal(b.source, 'a.elig.json');
    assert.equal(a.title, 'test/building IMB/91471/C/NT8X');
    assert.ok(isExecResult(execResult()));
    assert.ok(!isExecResult({ result: execResult() }));
  });

  it('titles calls by their main parameter', () => {
    assert.equal(titleFor({ api: 'ovh', operation: 'test/line', params: { lineNumber: '0123456789', status: 'active' } }), 'test/line 0123456789');
    assert.equal(titleFor({ api: 'orange-rip', operation: 'productRIPQualification', params: { contextType: 'nd', publicKey: { name: 'nd', value: '0312345678' } } }), 'productRIPQualification 0312345678');
    assert.equal(titleFor({ api: 'ovh', operation: 'search/cities', params: { zipCode: '91470' } }), 'search/cities 91470');
    assert.equal(titleFor({ api: 'ovh', operation: 'x', params: {} }), 'ovh x');
    assert.ok(titleFor({ api: 'ovh', operation: 'x', params: { building: 'B'.repeat(200) } }).length <= 80);
  });

  describe('callForBuilding', () => {
    it('RIP address: keeps the context and adds the sub-address building code (the guide\'s example)', () => {
      const call = { api: 'orange-rip' as const, operation: 'productRIPQualification', params: {
        contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } } };
      const next = callForBuilding(call, 'IMB/85020/X/000I');
      assert.deepEqual(next.params, { contextType: 'address', category: { name: 'ftte' },
        place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020', geographicSubAddress: { buildingCode: 'IMB/85020/X/000I' } } } });
      assert.equal((call.params.place.geographicAddress as Record<string, unknown>).geographicSubAddress, undefined, 'original untouched');
    });

    it('RIP full text: switches to an address context from the normalized endpoint', () => {
      const call = { api: 'orange-rip' as const, operation: 'productRIPQualification', params: {
        contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fulltext: '1 rue X, 85000 Y' } } } };
      const next = callForBuilding(call, 'IMB/1', { api: 'orange-rip', offers: [], endpoint: { address: { rivoliCode: '012R', inseeCode: '85020', streetNumber: '3' } } });
      assert.deepEqual(next.params, { contextType: 'address', category: { name: 'ftth' },
        place: { geographicAddress: { streetNr: '3', rivoliCode: '012R', cityCode: '85020', geographicSubAddress: { buildingCode: 'IMB/1' } } } });
    });

    it('RIP without a normalized address: asks for the building by its code', () => {
      const call = { api: 'orange-rip' as const, operation: 'productRIPQualification', params: {
        contextType: 'geographiclocation', category: { name: 'ftth' }, place: { geographicLocation: { x: '3.5', y: '50.3' } } } };
      assert.deepEqual(callForBuilding(call, 'IMB/85020/X/000I').params, { contextType: 'buildingCode', category: { name: 'ftth' },
        publicKey: { name: 'buildingCode', value: 'IMB/85020/X/000I' } });
    });

    it('b2b and OVH: the building itself', () => {
      assert.deepEqual(callForBuilding({ api: 'orange-b2b', operation: 'poi', params: { fullTextAddress: 'a, b' } }, 'IMB/2').params, { buildingCode: 'IMB/2' });
      assert.deepEqual(callForBuilding({ api: 'ovh', operation: 'test/address', params: { streetCode: '1' } }, 'IMB/3'),
        { api: 'ovh', operation: 'test/building', params: { building: 'IMB/3' } });
    });
  });

  it('"Best" of an Orange POI names a fiber, not the 2 Mb/s SDSL (core bestOffer rule)', () => {
    const normalized = normalizeB2b(SEEDS.orange.poi013S);
    const v = makeView({ result: execResult({ call: { api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' } }, normalized }) }, 'Sandbox');
    assert.ok(v.best !== undefined);
    const best = v.result.normalized!.offers[v.best];
    assert.ok(best.eligible && ['FTTE', 'FTTH', 'FTTO'].includes(best.technology), best.code);
    assert.ok(normalized.offers.some(o => o.eligible && o.technology === 'SDSL'), 'the seed does have an eligible SDSL');
  });
});
