import assert from 'node:assert/strict';
import { lookupPoi, qualifyRip, RIP_REASON_TEXT } from '../../../src/core/apis/orange/operations';
import { NormalizedResult } from '../../../src/core/model/normalized';
import { FakeOrange, makeContext, TestContext } from './fake-orange';
import {
  AJACCIO_POIS, BUILDING_013S_POIS, MARCQ_A13_POIS, RIP_CHERANCE_FTTE, RIP_CHERANCE_FTTH, RIP_VENDEE_M1, RIP_VENDEE_NOT_COMPUTED,
} from './fixtures';

describe('orange: normalized results (guide examples served over HTTP)', () => {
  let srv: FakeOrange;
  let t: TestContext;
  beforeEach(async () => { srv = await new FakeOrange().start(); t = makeContext(srv.url); });
  afterEach(async () => { t.dispose(); await srv.close(); });

  const b2b = async (body: unknown, q: Parameters<typeof lookupPoi>[1]) => {
    srv.apiReplies.push({ status: 200, body });
    const out = await lookupPoi(t.ctx, q);
    assert.equal(out.ok, true, JSON.stringify(out.error));
    assert.deepEqual(out.schemaDrift, []);
    NormalizedResult.parse(out.normalized);
    return out.normalized!;
  };
  const rip = async (body: unknown, req: Parameters<typeof qualifyRip>[1]) => {
    srv.apiReplies.push({ status: 200, body });
    const out = await qualifyRip(t.ctx, req);
    assert.equal(out.ok, true, JSON.stringify(out.error));
    assert.deepEqual(out.schemaDrift, []);
    NormalizedResult.parse(out.normalized);
    return out.normalized!;
  };

  it('b2b Ajaccio full-text address: one offer per support per POI', async () => {
    const n = await b2b(AJACCIO_POIS, { fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' });
    assert.equal(n.api, 'orange-b2b');
    assert.equal(n.offers.length, 3 * 5 + 3, 'three buildings with 5 supports, one POI without ftte/ftth');
    assert.deepEqual(n.offers.slice(0, 5).map(o => [o.technology, o.code]),
      [['FTTE', 'ftte'], ['FTTH', 'ftth'], ['FTTO', 'ftto'], ['ADSL', 'adsl'], ['SDSL', 'sdsl']]);
    const ftte = n.offers[0];
    assert.equal(ftte.eligible, true);
    assert.equal(ftte.name, 'FTTE (POI IMB/2A004/C/01RJ)');
    assert.deepEqual(ftte.reasons, [
      { code: 'eligible', message: 'FibreSmart: partiallyDeployed' }, { code: 'eligible', message: 'FibreSmart Optimal: partiallyDeployed' }]);
    assert.deepEqual(ftte.details.properties, { isOptimalAvailable: true });
    assert.equal(ftte.details.poiId, AJACCIO_POIS[0].id);
    assert.equal(ftte.details.buildingCode, 'IMB/2A004/C/01RJ');
    const adsl = n.offers[3], sdsl = n.offers[4];
    assert.equal(adsl.downloadMbps, 18);
    assert.equal(adsl.uploadMbps, undefined);
    assert.equal(sdsl.downloadMbps, 8);
    assert.equal(sdsl.uploadMbps, 8);
    assert.equal(n.endpoint.referenceType, 'fullTextAddress');
    assert.equal(n.endpoint.address?.text, 'RUE MAURICE CHOURY, 20000 AJACCIO');
    assert.equal(n.endpoint.address?.inseeCode, '2A004');
    assert.equal(n.endpoint.address?.zipCode, '20000');
    assert.equal(n.endpoint.address?.rivoliCode, '0903');
    assert.equal(n.endpoint.address?.latitude, 41.91941127433433);
    assert.equal(n.endpoint.building?.reference, 'IMB/2A004/C/01RJ');
    const last = n.offers.slice(-3);
    assert.deepEqual(last.map(o => o.technology), ['FTTO', 'ADSL', 'SDSL']);
    assert.match(last[0].name, /RUE MAURICE CHOURY/);
  });

  it('b2b building IMB/59378/X/013S', async () => {
    const n = await b2b(BUILDING_013S_POIS, { buildingCode: 'IMB/59378/X/013S' });
    assert.equal(srv.apiRequests()[0].query.get('buildingCode'), 'IMB/59378/X/013S');
    assert.equal(n.offers.length, 5);
    assert.equal(n.endpoint.referenceType, 'buildingCode');
    assert.equal(n.endpoint.reference, 'IMB/59378/X/013S');
    assert.equal(n.endpoint.address?.streetNumber, '340');
    assert.equal(n.offers.find(o => o.code === 'adsl')?.downloadMbps, 1);
  });

  it('b2b Marcq-en-Baroeul + buildingName A13', async () => {
    const n = await b2b(MARCQ_A13_POIS, { fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul', buildingName: 'A13' });
    assert.deepEqual(n.endpoint.building, { reference: 'IMB/59378/X/013U', name: 'A13' });
    assert.equal(n.offers[1].name, 'FTTH (building A13 IMB/59378/X/013U)');
    assert.equal(n.offers[1].details.buildingName, 'A13');
  });

  it('b2b: not eligible, comments as reasons, commercial closure date, FTTE over five buildings', async () => {
    const n = await b2b([{
      id: 'x', geoCoding: { longitude: 1, latitude: 2 }, address: { cityCode: '59378' },
      supports: {
        fiber: { ftte: { status: 'notEligible', comments: ['Eligibility calculation cannot be performed as the number of buildings exceeds 5'] } },
        copper: { commercialClosureDate: '2026-01-31', adsl: { status: 'notEligible', properties: { bandwidth: 512, unit: 'kbits/s' } } },
      },
    }], { fullTextAddress: 'a, b' });
    assert.equal(n.offers[0].eligible, false);
    assert.deepEqual(n.offers[0].reasons, [{ code: 'notEligible', message: 'Eligibility calculation cannot be performed as the number of buildings exceeds 5' }]);
    assert.equal(n.offers[1].details.commercialClosureDate, '2026-01-31');
    assert.equal(n.offers[1].downloadMbps, 0.512);
  });

  it('b2b: an empty list is a valid answer with no offers', async () => {
    const n = await b2b([], { fullTextAddress: 'a, b' });
    assert.deepEqual(n.offers, []);
  });

  it('RIP CHERANCE 53068/0082/59 (FTTE): offers, reasons, characteristics, NRO/PM/operator', async () => {
    const n = await rip(RIP_CHERANCE_FTTE, { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '0082', cityCode: '53068', streetNr: '59' } } });
    assert.equal(n.api, 'orange-rip');
    assert.deepEqual(n.offers.map(o => [o.technology, o.code, o.eligible]), [['FTTE', 'FTTE Passif', true], ['FTTE', 'FTTE Passif PM', true]]);
    assert.deepEqual(n.offers[0].reasons, [{ code: 'partiallyDeployed', message: RIP_REASON_TEXT.partiallyDeployed }]);
    assert.deepEqual(n.offers[0].details.characteristics, { nroCode: '53084XCR', oiCode: 'MAYE', oiName: 'Mayenne Fibre' });
    assert.equal((n.offers[1].details.characteristicsList as unknown[]).length, 3);
    assert.equal(n.endpoint.nro, '53084XCR');
    assert.equal(n.endpoint.pm, 'FI-53084-0002');
    assert.equal(n.endpoint.operator, 'Mayenne Fibre');
    assert.equal(n.endpoint.referenceType, 'address');
    assert.equal(n.endpoint.reference, '53068/0082/59');
    assert.deepEqual(n.endpoint.address, {
      text: '59 CHEMIN DE LA MARE, 53400 CHERANCE', streetNumber: '59', streetName: 'CHEMIN DE LA MARE', zipCode: '53400',
      city: 'CHERANCE', inseeCode: '53068', rivoliCode: '0082', latitude: 47.813891088641164, longitude: -0.9485705070969273,
    });
    assert.deepEqual(n.endpoint.building, { reference: 'IMB/53068/X/0052' });
    assert.equal(n.buildingsToChoose, undefined);
  });

  it('RIP Vendée 85020/012R: notComputed → buildings M1–M6 to choose from', async () => {
    const n = await rip(RIP_VENDEE_NOT_COMPUTED, { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } });
    assert.equal(n.qualificationResult, 'notComputed');
    assert.deepEqual(n.offers, []);
    assert.deepEqual(n.buildingsToChoose?.map(b => b.name), ['M1', 'M2', 'M3', 'M4', 'M5', 'M6']);
    assert.deepEqual(n.buildingsToChoose?.[0], { code: 'IMB/85020/X/000I', name: 'M1', latitude: 46.37015128478206, longitude: -0.577069805672707 });
    assert.equal(n.endpoint.building, undefined);
  });

  it('RIP Vendée, building M1 chosen: eligible passive FTTE, PM notDeployed', async () => {
    const n = await rip(RIP_VENDEE_M1, { contextType: 'address', category: { name: 'ftte' },
      place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020', geographicSubAddress: { buildingCode: 'IMB/85020/X/000I' } } } });
    assert.deepEqual(n.offers.map(o => [o.code, o.eligible, o.reasons[0].code]), [['FTTE Passif', true, 'deployed'], ['FTTE Passif PM', false, 'notDeployed']]);
    assert.equal(n.offers[1].reasons[0].message, 'Fiber is not deployed at this site');
    assert.equal(n.endpoint.operator, 'Vendée Numérique');
    assert.deepEqual(n.endpoint.building, { reference: 'IMB/85020/X/000I', name: 'M1' });
    assert.equal(n.buildingsToChoose, undefined);
  });

  it('RIP FTTH by fullText and by buildingCode: FTTH offers with characteristics', async () => {
    for (const req of [
      { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fullText: '59 CHEMIN DE LA MARE, 53400 CHERANCE' } } },
      { contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: 'IMB/53068/X/0052' } },
    ] as const) {
      const n = await rip(RIP_CHERANCE_FTTH, req);
      assert.deepEqual(n.offers.map(o => [o.technology, o.code, o.reasons[0].code]), [['FTTH', 'Accès aux lignes FTTH', 'marketable'], ['FTTH', 'FTTH activé', 'marketable']]);
      assert.equal((n.offers[0].details.characteristics as Record<string, string>).buildingStatus, 'DEPLOYE');
      assert.equal(n.endpoint.pm, 'FI-53084-0002');
      assert.equal(n.endpoint.reference, req.contextType === 'fulltext' ? '59 CHEMIN DE LA MARE, 53400 CHERANCE' : 'IMB/53068/X/0052');
    }
  });

  it('every documented RIP reason has a readable text', () => {
    const all = ['deployed', 'partiallyDeployed', 'deploying', 'notDeployed', 'notFound', 'temporaryGel', 'exlusionZone',
      'PartiallydeployedExtention', 'freezeBeforeClosing', 'marketable', 'linkable', 'notYetAvailable', 'deployingBuildingSoon',
      'deployedDistrict', 'deployingDistrict', 'deployingDistrictSoon', 'deployingCity'];
    for (const r of all) assert.ok(RIP_REASON_TEXT[r] && RIP_REASON_TEXT[r] !== r, r);
  });

  it('RIP drift: numbers as strings, unknown reasons and fields survive', async () => {
    srv.apiReplies.push({ status: 200, body: {
      place: { geographicSite: { normalizedAddress: { geographicSubAddress: [{ buildingCode: 'IMB/85020/X/000I', geographicLocation: { longitude: '-0.57', latitude: '46.37' } }] } } },
      productOfferingQualificationItem: [{ qualificationItemResult: 'eligible', qualificationItemReason: 'brandNewReason', productOffering: { name: 'FTTE active LAN' }, product: { characteristics: [{ name: 'coverageArea', value: 'Z1' }] }, newField: 1 }],
    } });
    const out = await qualifyRip(t.ctx, { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } });
    assert.equal(out.ok, true);
    const n = out.normalized!;
    assert.deepEqual(n.offers[0].reasons, [{ code: 'brandNewReason', message: 'brandNewReason' }]);
    assert.equal(n.endpoint.address?.latitude, 46.37);
  });
});
