/** The same building answers coherently in OVH, Orange b2b /poi and Orange RIP. */
import assert from 'node:assert/strict';
import { createDataset } from '../../../src/sandbox/dataset';
import { resultOf } from './helpers';

const FIBER_MISSING = new Set(['FIBER_NOT_DEPLOYED_IN_BUILDING', 'FIBER_NOT_YET_AVAILABLE']);

describe('sandbox dataset: cross-API coherence', function () {
  this.timeout(20_000); // generation work, not waiting: the 2-core CI box is shared
  const d = createDataset(7);
  // A few streets of several cities, first numbers of each.
  const samples: Array<{ streetCode: string; number: string; insee: string }> = [];
  for (const insee of ['91534', '13055', '62193', '69383', '53068', '85020']) {
    const streets = resultOf(d.ovh('search/streets', { inseeCode: insee }));
    for (const s of streets.slice(0, 3)) {
      for (const number of resultOf(d.ovh('search/streetNumbers', { streetCode: s.streetCode })).slice(0, 3)) samples.push({ streetCode: s.streetCode, number, insee });
    }
  }

  it('collects enough generated buildings', () => {
    assert.ok(samples.length >= 40, String(samples.length));
  });

  it('OVH search/buildings, search/buildingDetails, test/building, Orange /poi and RIP agree on each building', () => {
    let checked = 0;
    for (const s of samples) {
      const buildings = resultOf(d.ovh('search/buildings', { streetCode: s.streetCode, streetNumber: s.number }));
      assert.ok(buildings.length >= 1);
      for (const b of buildings) {
        checked++;
        assert.match(b.reference, /^IMB\/[0-9A-Z]{5}\/[A-Z]\/[0-9A-Z]{4}$/);
        assert.deepEqual(resultOf(d.ovh('search/buildingDetails', { building: b.reference })), b);
        const test = resultOf(d.ovh('test/building', { building: b.reference }));
        assert.equal(test.endpoint.fiberInfo.buildingReference, b.reference);
        assert.equal(test.endpoint.address.streetCode, s.streetCode);
        assert.equal(test.endpoint.address.streetNumber, s.number);
        assert.equal(test.endpoint.address.inseeCode, s.insee);
        const ovhFiber = !test.offers.some((o: any) => o.eligibility.reasons.some((r: any) => FIBER_MISSING.has(r.code)));

        const poi = d.poi({ buildingCode: b.reference });
        assert.equal(poi.status, 200);
        const [p] = poi.body as any[];
        assert.equal(p.building.id, b.reference);
        assert.equal(p.address.cityCode, s.insee);
        assert.equal(p.address.streetNumber, s.number);
        assert.equal(typeof test.endpoint.fiberInfo.latitude, 'string', 'FiberInfo coordinates are strings in the schema');
        assert.equal(p.geoCoding.latitude, Number(test.endpoint.fiberInfo.latitude));
        assert.equal(p.geoCoding.longitude, Number(test.endpoint.fiberInfo.longitude));
        assert.equal(p.supports.fiber.ftth.status === 'eligible', ovhFiber, `FTTH ${b.reference}`);

        const ftth = d.rip({ contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: b.reference } }).body as any;
        const na = ftth.place.geographicSite.normalizedAddress;
        assert.equal(na.inseeCode, s.insee);
        assert.equal(na.streetNr, s.number);
        assert.equal(na.geographicSubAddress[0].buildingCode, b.reference);
        const access = ftth.productOfferingQualificationItem.find((i: any) => i.productOffering.name === 'Accès aux lignes FTTH');
        assert.equal(access.qualificationItemResult === 'eligible', ovhFiber, `RIP FTTH ${b.reference}`);

        const ftte = d.rip({ contextType: 'buildingCode', category: { name: 'ftte' }, publicKey: { name: 'buildingCode', value: b.reference } }).body as any;
        const nro = ftte.productOfferingQualificationItem.find((i: any) => i.productOffering.name === 'FTTE passif NRO');
        if (buildings.length <= 5) assert.equal(nro.qualificationItemResult === 'eligible', p.supports.fiber.ftte.status === 'eligible', `FTTE ${b.reference}`);

        const byAddress = d.rip({
          contextType: 'address', category: { name: 'ftth' },
          place: { geographicAddress: { cityCode: s.insee, rivoliCode: na.rivoliCode, streetNr: s.number, geographicSubAddress: { buildingCode: b.reference } } },
        });
        assert.deepEqual(byAddress.body, ftth);
      }
    }
    assert.ok(checked >= 40);
  });

  it('a plain address answers the same in Orange /poi (fullTextAddress) and RIP (address / fulltext)', () => {
    for (const s of samples.slice(0, 20)) {
      const buildings = resultOf(d.ovh('search/buildings', { streetCode: s.streetCode, streetNumber: s.number }));
      const ovhAddr = resultOf(d.ovh('test/building', { building: buildings[0].reference })).endpoint.address;
      const text = `${s.number} ${ovhAddr.streetName}, ${ovhAddr.zipCode} ${ovhAddr.city}`;
      const poi = d.poi({ fullTextAddress: text });
      assert.equal(poi.status, 200, text);
      assert.deepEqual((poi.body as any[]).map((p) => p.building.id), buildings.map((b: any) => b.reference));
      const rip = d.rip({ contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fulltext: text.toLowerCase().replace(',', '') } } });
      assert.equal(rip.status, 200);
      const body = rip.body as any;
      if (buildings.length > 1) assert.equal(body.qualificationResult, 'notComputed');
      else assert.equal(body.place.geographicSite.normalizedAddress.geographicSubAddress[0].buildingCode, buildings[0].reference);
    }
  });

  it('lines point at a building of their address (search/lines, buildingsByLine, test/line, RIP nd)', () => {
    let checked = 0;
    for (const s of samples) {
      for (const l of resultOf(d.ovh('search/lines', { streetCode: s.streetCode, streetNumber: s.number }))) {
        checked++;
        assert.match(l.lineNumber, /^0[1-5]\d{8}$/);
        assert.equal(l.address.streetNumber, s.number);
        const [b] = resultOf(d.ovh('search/buildingsByLine', { lineNumber: l.lineNumber, status: l.copperInfo.status }));
        const here = resultOf(d.ovh('search/buildings', { streetCode: s.streetCode, streetNumber: s.number })).map((x: any) => x.reference);
        assert.ok(here.includes(b.reference));
        const t = resultOf(d.ovh('test/line', { lineNumber: l.lineNumber, status: l.copperInfo.status }));
        assert.equal(t.endpoint.reference, l.lineNumber);
        assert.deepEqual(t.endpoint.copperInfo, l.copperInfo);
        const rip = d.rip({ contextType: 'nd', category: { name: 'ftth' }, publicKey: { name: 'nd', value: l.lineNumber } }).body as any;
        assert.equal(rip.place.geographicSite.normalizedAddress.geographicSubAddress[0].buildingCode, b.reference);
      }
    }
    assert.ok(checked >= 10, String(checked));
  });

  it('OTP and RIP prestation resolve to the building that test/building describes', () => {
    const r = resultOf(d.ovh('test/otp', { otp: 'OO-0A00-0000' }));
    assert.equal(r.endpoint.fiberInfo.buildingReference, 'IMB/69383/A/0000');
    const rip = d.rip({ contextType: 'prestation', category: { name: 'ftth' }, publicKey: { name: 'prestation', value: '0A000000' } }).body as any;
    assert.equal(rip.place.geographicSite.normalizedAddress.geographicSubAddress[0].buildingCode, 'IMB/69383/A/0000');
  });

  it('RIP GPS lookups find the guides\' buildings at their documented coordinates', () => {
    const at = (x: string, y: string) => {
      const a = d.rip({ contextType: 'geographiclocation', category: { name: 'ftte' }, place: { geographicLocation: { x, y } } });
      assert.equal(a.status, 200);
      return (a.body as any).place.geographicSite.normalizedAddress.geographicSubAddress[0].buildingCode;
    };
    assert.equal(at('-0.5770698056', '46.3701512847'), 'IMB/85020/X/000I');
    assert.equal(at('8.7281595019', '41.9194112743'), 'IMB/2A004/C/01RJ');
    assert.equal(at('3.1161859608', '50.6751818180'), 'IMB/59378/X/013U');
    assert.equal(at('-0.9485705', '47.8138911'), 'IMB/53068/X/0052');
  });

  it('a test result is found again by its eligibilityReference', () => {
    const t = resultOf(d.ovh('test/building', { building: 'IMB/69383/A/0000' }));
    assert.deepEqual(resultOf(d.ovhTestByReference(t.eligibilityReference)), t);
  });
});
