import * as assert from 'assert';
import { callKey, diffResults, sameCall } from '../../../src/core/diff';
import type { Offer } from '../../../src/core/model/normalized';
import { execResult, offers } from '../panel/fixtures';

const withOffers = (list: Offer[], over = {}) => execResult({ normalized: { api: 'ovh', endpoint: { referenceType: 'building', reference: 'IMB/91471/C/NT8X' }, offers: list, eligibilityReference: 'ref-1' }, ...over });

describe('core/diff: two results of the same call', () => {
  it('callKey ignores the order of params keys; different params are different calls', () => {
    assert.strictEqual(callKey({ api: 'ovh', operation: 'test/line', params: { a: 1, b: { y: 2, x: 1 } } }),
      callKey({ api: 'ovh', operation: 'test/line', params: { b: { x: 1, y: 2 }, a: 1 } }));
    assert.ok(!sameCall({ api: 'ovh', operation: 'test/line', params: { a: 1 } }, { api: 'ovh', operation: 'test/line', params: { a: 2 } }));
    assert.ok(!sameCall({ api: 'ovh', operation: 'test/line', params: {} }, { api: 'ovh', operation: 'test/otp', params: {} }));
  });

  it('the same result twice is identical (timestamps, durations, query ids are not changes)', () => {
    const a = withOffers(offers(6));
    const b = withOffers(offers(6), { startedAt: '2026-11-30T10:00:00.000Z', durationMs: 999 });
    const d = diffResults(a, b);
    assert.strictEqual(d.identical, true);
    assert.strictEqual(d.offers.unchanged, 6);
    assert.strictEqual(d.sameCall, true);
  });

  it('gained and lost offers, eligibility flips, rate and reason changes, sorted fiber first', () => {
    const base = offers(6);
    const after = base.slice(1).map(o => ({ ...o, reasons: [...o.reasons] }));
    const gained: Offer = { ...base[0], code: 'FTTH-NEW', technology: 'FTTH' };
    after.push(gained);
    const vdsl = after.find(o => o.technology === 'VDSL')!;
    vdsl.eligible = !vdsl.eligible;
    const ftth = after.find(o => o.code === base[3].code)!;
    ftth.downloadMbps = 8000;
    const ftte = after.find(o => o.technology === 'FTTE')!;
    ftte.reasons = [{ code: 'NEW_REASON', message: 'new' }];
    const d = diffResults(withOffers(base), withOffers(after));
    assert.deepStrictEqual(d.offers.gained.map(o => o.code), ['FTTH-NEW']);
    assert.deepStrictEqual(d.offers.lost.map(o => o.code), [base[0].code]);
    assert.deepStrictEqual(d.offers.flips.map(f => [f.offer.code, f.from, f.to]), [[vdsl.code, !vdsl.eligible, vdsl.eligible]]);
    assert.deepStrictEqual(d.offers.rates.map(r => [r.offer.code, r.field, r.from, r.to]), [[ftth.code, 'downloadMbps', base[3].downloadMbps, 8000]]);
    assert.strictEqual(d.offers.reasons.length, 1);
    assert.deepStrictEqual(d.offers.reasons[0].added.map(r => r.code), ['NEW_REASON']);
    assert.deepStrictEqual(d.offers.reasons[0].removed.map(r => r.code), base[4].reasons.map(r => r.code));
    assert.strictEqual(d.identical, false);
  });

  it('offer identity is technology + code, case-insensitive', () => {
    const a = offers(1);
    const d = diffResults(withOffers(a), withOffers([{ ...a[0], code: a[0].code.toLowerCase() }]));
    assert.strictEqual(d.identical, true);
  });

  it('an outcome change (ok → error) and field changes are reported', () => {
    const ok = withOffers(offers(2));
    const ko = execResult({ ok: false, normalized: undefined, error: { kind: 'http', status: 404, code: '4041', message: 'not found' } });
    const d = diffResults(ok, ko);
    assert.strictEqual(d.outcomeChanged, true);
    assert.strictEqual(d.after.error?.code, '4041');
    assert.strictEqual(d.offers.lost.length, 2);
    assert.ok(d.fields.some(f => f.path === 'eligibilityReference' && f.from === 'ref-1' && f.to === undefined));
    const other = execResult({ ok: false, normalized: undefined, error: { kind: 'http', status: 500, message: 'boom' } });
    assert.strictEqual(diffResults(ko, other).outcomeChanged, true);
    assert.strictEqual(diffResults(ko, { ...ko, error: { ...ko.error!, message: 'other words' } }).outcomeChanged, false);
  });

  it('RIP notComputed → computed shows as a qualificationResult change', () => {
    const nc = execResult({ call: { api: 'orange-rip', operation: 'productRIPQualification', params: {} },
      normalized: { api: 'orange-rip', endpoint: {}, offers: [], qualificationResult: 'notComputed', buildingsToChoose: [{ code: 'B1' }, { code: 'B2' }] } });
    const done = execResult({ call: nc.call, normalized: { api: 'orange-rip', endpoint: {}, offers: offers(1), qualificationResult: 'computed' } });
    const d = diffResults(nc, done);
    assert.deepStrictEqual(d.fields.find(f => f.path === 'qualificationResult'), { path: 'qualificationResult', from: 'notComputed', to: 'computed' });
    assert.deepStrictEqual(d.fields.find(f => f.path === 'buildingsToChoose'), { path: 'buildingsToChoose', from: '2', to: undefined });
  });
});
