/** Sizes and the presence of every reason code, reached through the public Dataset surface. */
import assert from 'node:assert/strict';
import { createDataset } from '../../../src/sandbox/dataset';
import { resultOf } from './helpers';

const EXEMPLES = '6938300010'; // RUE DES EXEMPLES, 69003 LYON (README "showcase")
/** Showcase line numbers: one line per number n, `047` + 7-digit slot (n-1)*4. */
const showcaseLine = (n: number): string => `047${String((n - 1) * 4).padStart(7, '0')}`;

function codesOf(test: any): string[] {
  const out: string[] = [];
  for (const o of test.offers) for (const r of [...o.eligibility.reasons, ...o.eligibility.underConditions]) out.push(r.code);
  for (const r of test.endpoint.portability?.eligibility?.reasons ?? []) out.push(r.code);
  return out;
}

describe('sandbox dataset: sizes and coverage', function () {
  this.timeout(20_000); // generation work, not waiting: the 2-core CI box is shared
  const d = createDataset();

  it('has several zip codes, a city with ≥ 5,000 streets and a street with ≥ 2,000 numbers', () => {
    const marseille = resultOf(d.ovh('search/cities', { zipCode: '13008' }));
    assert.equal(marseille[0].inseeCode, '13055');
    const streets = resultOf(d.ovh('search/streets', { inseeCode: '13055' }));
    assert.ok(streets.length >= 5000, `${streets.length} streets`);
    assert.equal(new Set(streets.map((s: any) => s.streetCode)).size, streets.length, 'unique street codes');
    assert.equal(new Set(streets.map((s: any) => s.streetName)).size, streets.length, 'unique street names');
    const numbers = resultOf(d.ovh('search/streetNumbers', { streetCode: '6219300050' }));
    assert.ok(numbers.length >= 2000, `${numbers.length} numbers`);
    const stats = d.stats();
    assert.ok(stats.zips >= 5);
    assert.ok(stats.maxStreetsInCity >= 5000);
    assert.ok(stats.maxNumbersInStreet >= 2000);
    for (const k of ['zips', 'cities', 'streets', 'numbers', 'buildings', 'lines', 'pois']) assert.ok(stats[k] > 0, k);
  });

  it('every OVH reason code appears (copper, fiber, OTP, portability 2006..3049)', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 40; n++) {
      const line = d.ovh('test/line', { lineNumber: showcaseLine(n), status: n === 28 ? 'inactive' : 'active' });
      for (const c of codesOf(resultOf(line))) seen.add(c);
      for (const b of resultOf(d.ovh('search/buildings', { streetCode: EXEMPLES, streetNumber: String(n) }))) {
        for (const c of codesOf(resultOf(d.ovh('test/building', { building: b.reference })))) seen.add(c);
      }
    }
    const b14 = resultOf(d.ovh('search/buildings', { streetCode: EXEMPLES, streetNumber: '14' }))[0].reference;
    const otp = resultOf(d.ovh('search/buildingDetails', { building: b14 })).reference;
    assert.equal(otp, b14);
    const expected = [
      'TOO_MUCH_ATTENUATION', 'COPPER_NOT_YET_AVAILABLE', 'FIBER_NOT_DEPLOYED_IN_BUILDING', 'FIBER_NOT_YET_AVAILABLE',
      'PAIRS_SATURATION', 'NETWORK_SATURATED', 'EXTERNAL_WS_UNREACHABLE', 'UNCERTAIN_DATA',
      '2006', '2011', '2102', '2103', '2104', '3009', '3011', '3049',
    ];
    for (const code of expected) assert.ok(seen.has(code), `missing ${code}`);
  });

  it('OTP_NOT_MARKETABLE appears on test/otp for the showcase OTP', () => {
    const r = resultOf(d.ovh('test/otp', { otp: 'OO-0A00-002W' }));
    assert.equal(r.endpoint.referenceType, 'otp');
    assert.equal(r.endpoint.fiberInfo.buildingReference, 'IMB/69383/A/002W');
    assert.ok(codesOf(r).includes('OTP_NOT_MARKETABLE'));
  });

  it('every RIP FTTE and FTTH qualification reason appears', () => {
    const ftte = new Set<string>();
    const ftth = new Set<string>();
    for (let n = 1; n <= 15; n++) {
      for (const b of resultOf(d.ovh('search/buildings', { streetCode: EXEMPLES, streetNumber: String(n) }))) {
        for (const [cat, set] of [['ftte', ftte], ['ftth', ftth]] as const) {
          const a = d.rip({ contextType: 'buildingCode', category: { name: cat }, publicKey: { name: 'buildingCode', value: b.reference } });
          assert.equal(a.status, 200);
          for (const i of (a.body as any).productOfferingQualificationItem) set.add(i.qualificationItemReason);
        }
      }
    }
    for (const r of ['deployed', 'partiallyDeployed', 'deploying', 'notDeployed', 'notFound', 'temporaryGel', 'exlusionZone', 'PartiallydeployedExtention', 'freezeBeforeClosing']) assert.ok(ftte.has(r), `FTTE ${r}`);
    for (const r of ['marketable', 'linkable', 'notYetAvailable', 'deployingBuildingSoon', 'deployedDistrict', 'deployingDistrict', 'deployingDistrictSoon', 'deployingCity', 'notDeployed', 'notFound']) assert.ok(ftth.has(r), `FTTH ${r}`);
  });

  it('operators, SDSL codes, masked owners, several cable sections, stairs and floors', () => {
    const providers = new Set<string>();
    const sdsl = new Set<string>();
    for (let n = 1; n <= 40; n++) {
      const r = resultOf(d.ovh('test/line', { lineNumber: showcaseLine(n), status: n === 28 ? 'inactive' : 'active' }));
      for (const o of r.offers) {
        providers.add(o.product.provider);
        if (/^SDSL-\d+M-\dP$/.test(o.product.code)) sdsl.add(o.product.code);
      }
      assert.match(r.endpoint.address.ownerName, /^[A-Z]\*+ [A-Z]\*+$/);
    }
    const fiberOps = new Set<string>();
    const marseille = resultOf(d.ovh('search/streets', { inseeCode: '13055' })).slice(0, 60);
    for (const s of marseille) {
      for (const n of resultOf(d.ovh('search/streetNumbers', { streetCode: s.streetCode })).slice(0, 3)) {
        for (const b of resultOf(d.ovh('search/buildings', { streetCode: s.streetCode, streetNumber: n }))) {
          fiberOps.add(resultOf(d.ovh('test/building', { building: b.reference })).endpoint.fiberInfo.operatorName);
        }
      }
    }
    for (const op of ['AXIONE', 'BOUYGUES', 'KOSC', 'ORANGE', 'OVH', 'SFR']) assert.ok(providers.has(op) || fiberOps.has(op), op);
    assert.ok(sdsl.has('SDSL-1M-1P') && sdsl.has('SDSL-16M-4P'));
    const three = resultOf(d.ovh('test/line', { lineNumber: showcaseLine(20), status: 'active' }));
    assert.equal(three.endpoint.copperInfo.sectionsLengths.length, 3);
    const stairs = resultOf(d.ovh('search/buildings', { streetCode: EXEMPLES, streetNumber: '39' }))[0];
    assert.equal(stairs.type, 'BUILDING');
    assert.equal(stairs.stairs.length, 3);
    assert.ok(stairs.stairs.every((s: any) => s.floors.length >= 2));
  });

  it('unlisted lines are never returned by search/lines but can be tested', () => {
    const listed = resultOf(d.ovh('search/lines', { streetCode: EXEMPLES, streetNumber: '27' }));
    assert.deepEqual(listed, []);
    const r = resultOf(d.ovh('test/line', { lineNumber: showcaseLine(27), status: 'active' }));
    assert.equal(r.endpoint.copperInfo.unlistedNumber, true);
    const other = resultOf(d.ovh('search/lines', { streetCode: EXEMPLES, streetNumber: '20' }));
    assert.equal(other[0].lineNumber, showcaseLine(20));
  });

  it('addresses with more than five buildings: Orange FTTE not computed, RIP notComputed', () => {
    const buildings = resultOf(d.ovh('search/buildings', { streetCode: EXEMPLES, streetNumber: '38' }));
    assert.equal(buildings.length, 6);
    const poi = d.poi({ fullTextAddress: '38 Rue des Exemples, 69003 Lyon' });
    assert.equal(poi.status, 200);
    const pois = poi.body as any[];
    assert.equal(pois.length, 6);
    for (const p of pois) assert.deepEqual(p.supports.fiber.ftte.comments, ['Eligibility calculation cannot be performed as the number of buildings exceeds 5']);
    const rip = d.rip({ contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { cityCode: '69383', rivoliCode: '0001', streetNr: '38' } } });
    const body = rip.body as any;
    assert.equal(body.qualificationResult, 'notComputed');
    assert.deepEqual(body.productOfferingQualificationItem, []);
    assert.deepEqual(body.place.geographicSite.normalizedAddress.geographicSubAddress.map((s: any) => s.buildingCode), buildings.map((b: any) => b.reference));
    const marne = d.poi({ fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul' }).body as any[];
    assert.equal(marne.length, 7);
    assert.ok(marne.some((p) => p.building.id === 'IMB/59378/X/013U' && p.building.name === 'A13'));
  });

  it('search/addresses finds addresses around a point, nearest first; search/meetings gives slots', () => {
    const found = resultOf(d.ovh('search/addresses', { latitude: '50.319779', longitude: '3.516726', distance: 40 }));
    assert.ok(found.length >= 2);
    assert.equal(found[0].inseeCode, '59221');
    assert.ok(typeof found[0].latitude === 'string' && typeof found[0].longitude === 'string' && typeof found[0].distance === 'string');
    assert.ok(Number(found[0].distance) <= Number(found.at(-1).distance), 'nearest first');
    assert.ok(found.some((a: any) => /^IMB\//.test(a.buildingReference ?? '')), 'items name their building');
    assert.equal(found[0].hexacle, undefined, 'AddressWithCoordinates has no hexacle');
    assert.deepEqual(resultOf(d.ovh('search/addresses', { latitude: '0', longitude: '0' })), []);
    const m = resultOf(d.ovh('search/meetings', { eligibilityReference: 'abc', productCode: 'FTTH-MAX-1G' }));
    assert.ok(m.meetingSlots.length > 0);
    assert.ok('eRdv' in m.capacities && 'phoneCall' in m.capacities);
  });

  it('hexacles resolve to their address (streetNumbers/details, buildings and test/address by hexacle)', () => {
    const details = resultOf(d.ovh('search/streetNumbers/details', { streetCode: EXEMPLES }));
    const n20 = details.find((x: any) => x.number === '20');
    const byHexacle = resultOf(d.ovh('search/buildings', { hexacle: n20.hexacle }));
    assert.deepEqual(byHexacle, resultOf(d.ovh('search/buildings', { streetCode: EXEMPLES, streetNumber: '20' })));
    const t = resultOf(d.ovh('test/address', { hexacle: n20.hexacle }));
    assert.equal(t.endpoint.address.streetNumber, '20');
    for (const o of t.offers) assert.deepEqual(o.eligibility.activationTypes, ['createNeighbour']);
  });
});
