import assert from 'node:assert/strict';
import { normalizeB2b } from '../../../src/core/apis/orange/normalize-b2b';
import { bestOffer, compareOffers } from '../../../src/core/model/best';
import type { Offer, Technology } from '../../../src/core/model/normalized';
import { SEEDS } from '../../../src/sandbox/dataset/seeds';

const offer = (technology: Technology, code: string, eligible: boolean, downloadMbps?: number, uploadMbps?: number): Offer =>
  ({ api: 'ovh', technology, code, name: code, eligible, reasons: [], details: {}, downloadMbps, uploadMbps });

describe('bestOffer: one "best technology" rule', () => {
  it('the Orange POI of the walkthrough: a fiber, not the 2 Mb/s SDSL, when FTTE/FTTH/FTTO are eligible', () => {
    const n = normalizeB2b(SEEDS.orange.poi013S);
    const best = bestOffer(n.offers);
    assert.ok(best, 'an eligible offer');
    assert.ok(['FTTH', 'FTTE', 'FTTO'].includes(best.technology), `got ${best.technology} ${best.code}`);
  });
  it('fiber above copper whatever the rates; then the download rate; unknown rates last', () => {
    assert.equal(bestOffer([offer('SDSL', 's', true, 2), offer('FTTH', 'f', true)])?.code, 'f');
    assert.equal(bestOffer([offer('VDSL', 'v', true, 95), offer('FTTH', 'f300', true, 300), offer('FTTH', 'f1g', true, 1000)])?.code, 'f1g');
    assert.equal(bestOffer([offer('ADSL', 'a', true, 20), offer('SDSL', 's', true, 2), offer('VDSL', 'v', true)])?.code, 'a');
    assert.equal(bestOffer([offer('SDSL', 'sym', true, 20, 20), offer('ADSL', 'asym', true, 20, 1)])?.code, 'sym');
  });
  it('ineligible offers never win; none eligible → undefined; ties keep the API order', () => {
    assert.equal(bestOffer([offer('FTTH', 'f', false, 1000), offer('ADSL', 'a', true, 8)])?.code, 'a');
    assert.equal(bestOffer([offer('FTTH', 'f', false)]), undefined);
    assert.equal(bestOffer([offer('FTTH', 'first', true, 1000), offer('FTTH', 'second', true, 1000)])?.code, 'first');
    assert.ok(compareOffers(offer('FTTO', 'o', true), offer('FTTH', 'h', true)) < 0, 'FTTO before FTTH at unknown rates');
  });
});
