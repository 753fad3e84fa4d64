/** Every example of the four seed documents is served verbatim for its input. */
import assert from 'node:assert/strict';
import { createDataset } from '../../../src/sandbox/dataset';
import * as doc from './doc-examples';
import { assertVerbatim, assertVerbatimTest, parseDoc, resultOf } from './helpers';

describe('sandbox dataset: seed examples served verbatim', () => {
  const d = createDataset();

  describe('OVH guide (EN 000 / FR 001)', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['search/cities', { zipCode: '91400' }, doc.citiesResponse],
      ['search/streets', { inseeCode: '91471' }, doc.streetsResponse],
      ['search/streetNumbers', { streetCode: '9147132200' }, doc.numbersResponse],
      ['search/buildings', { streetCode: '9147132200', streetNumber: '2' }, doc.buildingsResponse],
      ['search/buildingsByLine', { lineNumber: '0123456789', status: 'inactive' }, doc.buildingsByLineResponse],
      ['test/line', { lineNumber: '0123456789', status: 'active' }, doc.testLineEnResponse],
      ['search/lines', { streetCode: '123456789', streetNumber: '2' }, doc.linesResponse],
      ['test/address', { streetCode: '94123001234', streetNumber: '4' }, doc.testAddressResponse],
      ['test/building', { building: 'IMB/91471/C/NT8X' }, doc.testBuildingEnResponse],
      ['test/otp', { otp: 'OO-XXXX-XXXX/C' }, doc.testBuildingEnResponse],
      ['test/building', { building: 'IMB/91234/A/NT6Z' }, doc.testBuildingFrResponse],
    ];
    for (const [op, body, text] of cases) {
      it(`${op} ${JSON.stringify(body)}`, () => {
        // tests other than the EN test/line example get their own eligibilityReference (issue 9 item 6)
        if (op.startsWith('test/') && op !== 'test/line') assertVerbatimTest(resultOf(d.ovh(op, body)), parseDoc(text).result);
        else assertVerbatim(resultOf(d.ovh(op, body)), parseDoc(text).result);
      });
    }

    it('the partners variants answer the same examples (with the same references)', () => {
      assertVerbatim(resultOf(d.ovh('test/line/partners', { lineNumber: '0123456789', status: 'active' })), parseDoc(doc.testLineEnResponse).result);
      const building = resultOf(d.ovh('test/building', { building: 'IMB/91471/C/NT8X' }));
      assertVerbatimTest(resultOf(d.ovh('test/building/partners', { building: 'IMB/91471/C/NT8X' })), parseDoc(doc.testBuildingEnResponse).result);
      assert.equal(resultOf(d.ovh('test/building/partners', { building: 'IMB/91471/C/NT8X' })).eligibilityReference, building.eligibilityReference);
    });

    it('every served test has its own reference, and GET test?eligibilityReference= answers that test', () => {
      const tests: Array<[string, Record<string, unknown>]> = [
        ['test/address', { streetCode: '94123001234', streetNumber: '4' }], ['test/building', { building: 'IMB/91471/C/NT8X' }],
        ['test/otp', { otp: 'OO-XXXX-XXXX/C' }], ['test/building', { building: 'IMB/91234/A/NT6Z' }],
        ['test/line', { lineNumber: '0123456789', status: 'active' }], ['test/line', { lineNumber: '0123456789', status: 'inactive' }],
      ];
      const refs = tests.map(([op, body]) => resultOf(d.ovh(op, body)).eligibilityReference as string);
      assert.equal(new Set(refs).size, refs.length, refs.join(', '));
      tests.forEach(([op, body], i) => assert.deepEqual(resultOf(d.ovhTestByReference(refs[i])), resultOf(d.ovh(op, body)), op));
    });

    it('the FR guide test/line example is the EN one without its SDSL offers (both guides agree)', () => {
      const en = parseDoc(doc.testLineEnResponse).result;
      const fr = parseDoc(doc.testLineFrResponse).result;
      const served = resultOf(d.ovh('test/line', { lineNumber: '0123456789', status: 'active' }));
      assert.deepEqual(served.endpoint, fr.endpoint);
      assert.equal(served.eligibilityReference, fr.eligibilityReference);
      const servedNonSdsl = served.offers.filter((o: any) => o.product.type !== 'SDSL' || o.product.code === 'SDSL-MAX');
      for (const offer of fr.offers) assert.ok(servedNonSdsl.some((o: any) => JSON.stringify(o) === JSON.stringify(offer)), offer.product.code);
      assert.equal(served.offers.length, en.offers.length);
    });

    it('test/line 0123456789 inactive answers the line found by the search/lines example', () => {
      const r = resultOf(d.ovh('test/line', { lineNumber: '0123456789', status: 'inactive' }));
      const found = parseDoc(doc.linesResponse).result[0];
      assert.equal(r.endpoint.reference, '0123456789');
      assert.deepEqual(r.endpoint.copperInfo, found.copperInfo);
      assert.deepEqual(r.endpoint.address, found.address);
      for (const o of r.offers) assert.deepEqual(o.eligibility.activationTypes, ['create']);
    });

    it('GET test?eligibilityReference= with the guides\' placeholder reference returns the test/line example', () => {
      assertVerbatim(resultOf(d.ovhTestByReference(parseDoc(doc.testLineEnResponse).result.eligibilityReference)), parseDoc(doc.testLineEnResponse).result);
    });
  });

  describe('Orange b2b guide (002)', () => {
    it('fullTextAddress 14 Rue Maurice Choury, 20000 Ajaccio', () => {
      const a = d.poi({ fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' });
      assert.equal(a.status, 200);
      assertVerbatim(a.body, parseDoc(doc.poiAjaccio));
    });
    it('buildingCode IMB/59378/X/013S', () => {
      const a = d.poi({ buildingCode: 'IMB/59378/X/013S' });
      assert.equal(a.status, 200);
      assertVerbatim(a.body, parseDoc(doc.poi013S));
    });
    it('fullTextAddress 340 Avenue De La Marne, 59700 Marcq En Baroeul + buildingName A13', () => {
      const a = d.poi({ fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul', buildingName: 'A13' });
      assert.equal(a.status, 200);
      assertVerbatim(a.body, parseDoc(doc.poiA13));
    });
  });

  describe('Orange RIP guide (003)', () => {
    const cases: Array<[string, string, string, number]> = [
      ['ND 0123456789 not found', doc.ripNdRequest, doc.ripNdResponse, 404],
      ['FTTE by address CHERANCE 53068/0082/59', doc.ripChAddrRequest, doc.ripChAddrResponse, 200],
      ['FTTE by address Vendée 85020/012R (six buildings, notComputed)', doc.ripVendeeRequest, doc.ripVendeeResponse, 200],
      ['FTTE by address Vendée with building IMB/85020/X/000I', doc.ripVendee000IRequest, doc.ripVendee000IResponse, 200],
      ['FTTH by textual address (fullText)', doc.ripFulltextRequest, doc.ripFulltextResponse, 200],
      ['FTTH by building code IMB/53068/X/0052', doc.ripBuildingCodeRequest, doc.ripBuildingCodeResponse, 200],
    ];
    for (const [label, req, res, status] of cases) {
      it(label, () => {
        const a = d.rip(parseDoc(req));
        assert.equal(a.status, status);
        assertVerbatim(a.body, parseDoc(res));
      });
    }
    it('accepts the documented `fulltext` spelling as well as the example\'s `fullText`', () => {
      const body = parseDoc(doc.ripFulltextRequest);
      body.place.nonFormattedAddress = { fulltext: body.place.nonFormattedAddress.fullText };
      assertVerbatim(d.rip(body).body, parseDoc(doc.ripFulltextResponse));
    });
    it('the GPS example answers the building at those coordinates (FAMARS)', () => {
      const a = d.rip(parseDoc(doc.ripGpsRequest));
      assert.equal(a.status, 200);
      const body = a.body as any;
      const sub = body.place.geographicSite.normalizedAddress.geographicSubAddress[0];
      assert.equal(body.place.geographicSite.normalizedAddress.inseeCode, '59221');
      assert.equal(sub.geographicLocation.longitude, 3.516726);
      assert.equal(sub.geographicLocation.latitude, 50.319779);
      assert.ok(body.productOfferingQualificationItem.length > 0);
    });
  });
});
