import assert from 'node:assert/strict';
import { evaluateExpect } from '../../../src/core/requests/assert';
import type { Expect } from '../../../src/core/requests/expect.schema';
import type { Offer } from '../../../src/core/model/normalized';
import type { ExecResult } from '../../../src/core/result';

const offer = (code: string, technology: Offer['technology'], eligible: boolean, reasons: string[] = []): Offer =>
  ({ api: 'ovh', code, name: code, technology, eligible, reasons: reasons.map(c => ({ code: c, message: c })), details: {} });

const ok = (extra: Partial<ExecResult> = {}): ExecResult => ({
  call: { api: 'ovh', operation: 'test/line', params: {} }, ok: true, startedAt: '2026-01-01T00:00:00Z', durationMs: 120,
  schemaDrift: [], polls: 1, attempts: 1,
  normalized: {
    api: 'ovh', eligibilityReference: 'ref-1',
    endpoint: { referenceType: 'lineNumber', reference: '0123456789', nra: 'ORS91', address: { inseeCode: '91471', city: 'ORSAY', zipCode: '91400' }, building: { reference: 'IMB/91471/C/NT8X' }, line: { status: 'active' } },
    offers: [offer('VDSL-MAX_SHARED', 'VDSL', true), offer('ADSL-MAX_FULL', 'ADSL', true), offer('FTTH-MAX-1G', 'FTTH', false, ['FIBER_NOT_DEPLOYED_IN_BUILDING']), offer('SDSL-8M-2P', 'SDSL', false, ['TOO_MUCH_ATTENUATION'])],
  },
  raw: [{ city: 'ORSAY', inseeCode: '91471' }, { city: 'PALAISEAU', inseeCode: '91477' }],
  ...extra,
});
const failed = (status: number, code?: string): ExecResult => ({ ...ok(), ok: false, normalized: undefined, raw: undefined, error: { kind: 'http', status, code, message: 'Address not found' } });

const verdicts = (x: Expect, r: ExecResult) => evaluateExpect(x, r).map(a => [a.description, a.passed]);
const allPass = (x: Expect, r: ExecResult) => evaluateExpect(x, r).every(a => a.passed);

describe('request files: expect assertions', () => {
  it('without expect, the call must succeed', () => {
    assert.equal(allPass({}, ok()), true);
    const a = evaluateExpect(undefined, failed(500));
    assert.equal(a[0].passed, false);
    assert.match(a[0].actual!, /status 500/);
  });

  it('eligible / notEligible by code or technology, case-insensitive codes', () => {
    assert.equal(allPass({ eligible: ['VDSL', 'adsl-max_full'], notEligible: ['FTTH', 'SDSL-8M-2P'] }, ok()), true);
    assert.deepEqual(verdicts({ eligible: ['FTTH'] }, ok())[1], ['FTTH is eligible', false]);
    assert.deepEqual(verdicts({ notEligible: ['VDSL'] }, ok())[1], ['VDSL is not eligible', false]);
    // an absent offer is not "not eligible": the typo is caught
    const a = evaluateExpect({ notEligible: ['FTTO'] }, ok())[1];
    assert.equal(a.passed, false);
    assert.match(a.actual!, /no offer matches FTTO/);
  });

  it('counts, technologies, anyEligible, reasons', () => {
    assert.equal(allPass({ offerCount: 4, minOffers: 2, maxOffers: 4, technologies: ['ADSL', 'FTTH'], anyEligible: true }, ok()), true);
    assert.equal(allPass({ offerCount: 3 }, ok()), false);
    assert.equal(allPass({ technologies: ['FTTO'] }, ok()), false);
    assert.equal(allPass({ anyEligible: false }, ok()), false);
    assert.equal(allPass({ reasons: [{ offer: 'FTTH', code: 'FIBER_NOT_DEPLOYED_IN_BUILDING' }, { code: 'too_much_attenuation' }] }, ok()), true);
    const r = evaluateExpect({ reasons: [{ offer: 'SDSL', code: 'PAIRS_SATURATION' }] }, ok())[1];
    assert.equal(r.passed, false);
    assert.equal(r.actual, 'SDSL-8M-2P: TOO_MUCH_ATTENUATION');
  });

  it('endpoint fields, eligibility reference, duration, polls, schema drift', () => {
    assert.equal(allPass({ endpoint: { nra: 'ORS91', inseeCode: '91471', city: 'orsay', building: 'IMB/91471/C/NT8X', lineStatus: 'active' }, eligibilityReference: true, maxDurationMs: 500, maxPolls: 1, noSchemaDrift: true }, ok()), true);
    assert.deepEqual(verdicts({ endpoint: { nro: 'X' } }, ok())[1], ['endpoint nro is X', false]);
    assert.equal(allPass({ maxDurationMs: 100 }, ok()), false);
    assert.equal(allPass({ noSchemaDrift: true }, ok({ schemaDrift: ['offers.0: unexpected'] })), false);
    assert.equal(allPass({ eligibilityReference: false }, ok()), false);
  });

  it('RIP qualificationResult and buildings to choose', () => {
    const r = ok({ normalized: { api: 'orange-rip', endpoint: {}, offers: [], qualificationResult: 'notComputed', buildingsToChoose: [{ code: 'IMB/85020/X/000A' }, { code: 'IMB/85020/X/000B' }] } });
    assert.equal(allPass({ qualificationResult: 'notComputed', buildingsToChoose: 2 }, r), true);
    assert.equal(allPass({ buildingsToChoose: 6 }, r), false);
  });

  it('search results: count, min, contains, paths', () => {
    assert.equal(allPass({ resultCount: 2, minResults: 1, resultContains: { city: 'orsay', inseeCode: '91471' } }, ok()), true);
    assert.equal(allPass({ resultContains: { city: 'PARIS' } }, ok()), false);
    assert.equal(allPass({ paths: [{ path: 'raw.1.inseeCode', equals: '91477' }, { path: 'normalized.endpoint.nra', matches: '^ORS' }, { path: 'raw.5', exists: false }] }, ok()), true);
    assert.equal(allPass({ paths: [{ path: 'raw.0.city', equals: 'PARIS' }] }, ok()), false);
    assert.equal(allPass({ paths: [{ path: 'raw.0.city', matches: '(' }] }, ok()), false);
  });

  it('expected errors: status, code, kind, message; ok:false', () => {
    assert.equal(allPass({ error: { status: 404, code: '4041', kind: 'http', message: 'not found' } }, failed(404, '4041')), true);
    assert.equal(allPass({ error: { code: 4041 } }, failed(404, '4041')), true);
    assert.equal(allPass({ error: { status: 400 } }, failed(404, '4041')), false);
    assert.equal(allPass({ error: {} }, ok()), false);
    assert.equal(allPass({ ok: false }, failed(500)), true);
    const a = evaluateExpect({ eligible: ['FTTH'] }, failed(500));
    assert.equal(a.length, 2);
    assert.equal(a[1].passed, false);
  });
});
