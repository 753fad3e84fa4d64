import assert from 'node:assert/strict';
import { normalizeEligibilityTest } from '../../../src/core/apis/ovh/normalize';
import { EligibilityTest } from '../../../src/core/apis/ovh/schemas';
import { NormalizedResult } from '../../../src/core/model/normalized';
import { PROFIBER_OFFER, REF, TEST_BUILDING, TEST_LINE } from './fixtures';

describe('ovh: normalized result', () => {
  it('the guide examples match the response schemas', () => {
    assert.ok(EligibilityTest.safeParse(TEST_LINE).success);
    assert.ok(EligibilityTest.safeParse(TEST_BUILDING).success);
  });

  it('copper line test: offers with technology, eligibility, reasons, estimated rates first, details', () => {
    const { result, warnings } = normalizeEligibilityTest(TEST_LINE);
    assert.deepEqual(warnings, []);
    assert.ok(NormalizedResult.safeParse(result).success);
    assert.equal(result.eligibilityReference, REF);
    assert.deepEqual(result.offers.map(o => [o.code, o.technology, o.eligible]), [
      ['SDSL-1M-2P', 'SDSL', true], ['SDSL-1M-1P', 'SDSL', false], ['ADSL-MAX_SHARED', 'ADSL', false], ['ADSL-MAX_FULL', 'ADSL', true],
    ]);
    const [sdsl, sdsl1, shared, full] = result.offers;
    assert.equal(sdsl.downloadMbps, 1, 'no estimate: product rate');
    assert.deepEqual(sdsl.details.grt, ['4ho', '4hno']);
    assert.equal(sdsl.details.guaranteed, true);
    assert.equal(sdsl.details.pairs, 2);
    assert.equal(sdsl.details.provider, 'SFR');
    assert.deepEqual(sdsl1.reasons, [{ code: 'TOO_MUCH_ATTENUATION', message: 'Too much attenuation to deliver the product.' }]);
    assert.equal(shared.downloadMbps, 8.17, 'estimated rate wins over the product rate (20)');
    assert.equal(shared.details.productDownloadRate, 20);
    assert.equal(full.uploadMbps, 0.9970703125);
    assert.deepEqual(full.details.activationTypes, ['create', 'activate']);
    assert.equal(full.details.unbundlingType, 'full');
    const ep = result.endpoint;
    assert.equal(ep.referenceType, 'lineNumber');
    assert.deepEqual(ep.line, { number: '0123456789', status: 'active' });
    assert.equal(ep.nra, '90123ABC');
    assert.equal(ep.address!.text, '4 RUE DES JARDINS, 94123 PARIS');
    assert.deepEqual((ep.copper as { sectionsLengths: unknown }).sectionsLengths, [{ diameter: 4, length: 3010 }]);
    assert.equal((ep.portability as { eligibility: { reasons: { code: string }[] } }).eligibility.reasons[0].code, '3049');
    assert.equal(ep.fiber, undefined);
  });

  it('fiber building test: NRO, PM, operator and building from fiberInfo', () => {
    const { result } = normalizeEligibilityTest(TEST_BUILDING);
    const ep = result.endpoint;
    assert.equal(ep.nro, '91122ABC');
    assert.equal(ep.pm, 'PM-91471-0001');
    assert.equal(ep.operator, 'ORANGE');
    assert.deepEqual(ep.building, { reference: 'IMB/91234/A/NT6Z', type: 'HOUSE' }, 'an empty building name is left out');
    assert.equal(ep.line, undefined);
    assert.deepEqual(result.offers.map(o => [o.code, o.technology, o.downloadMbps, o.uploadMbps]), [
      ['FTTH-MAX-300M', 'FTTH', 300, 250], ['FTTH-MAX-1G', 'FTTH', 1000, 250],
    ]);
  });

  it('the French guide PROFIBER offer and a missing product type fall back on the code', () => {
    const noType = { ...PROFIBER_OFFER, product: { ...PROFIBER_OFFER.product, type: undefined } };
    const vdsl = { ...PROFIBER_OFFER, product: { ...PROFIBER_OFFER.product, type: null, code: 'VDSL-MAX_FULL' } };
    const { result, warnings } = normalizeEligibilityTest({ ...TEST_BUILDING, offers: [PROFIBER_OFFER, noType, vdsl] });
    assert.deepEqual(warnings, []);
    assert.deepEqual(result.offers.map(o => o.technology), ['FTTH', 'FTTH', 'VDSL']);
  });

  it('never throws on garbage', () => {
    for (const g of [null, {}, { offers: 'x', endpoint: 3 }, { offers: [null, 1, { product: null }] }]) {
      const { result } = normalizeEligibilityTest(g);
      assert.ok(NormalizedResult.safeParse(result).success);
    }
  });
});
