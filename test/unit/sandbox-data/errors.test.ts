/** Input validation the real APIs do, and the HTML payload fault. */
import assert from 'node:assert/strict';
import { HTML_PAYLOAD, XSS_BUILDING_CODE, createDataset, withHtmlPayload } from '../../../src/sandbox/dataset';
import { resultOf } from './helpers';

describe('sandbox dataset: error answers', () => {
  const d = createDataset();
  const http = (a: unknown, status: number) => {
    const x = a as { kind: string; status: number; body: { message: string } };
    assert.equal(x.kind, 'http');
    assert.equal(x.status, status);
    assert.ok(x.body.message.length > 0);
  };
  const taskError = (a: unknown) => {
    const x = a as { kind: string; error: string };
    assert.equal(x.kind, 'taskError', JSON.stringify(a));
    assert.ok(x.error.length > 0);
  };

  it('OVH: unknown zip / INSEE / street → empty lists', () => {
    assert.deepEqual(resultOf(d.ovh('search/cities', { zipCode: '00000' })), []);
    assert.deepEqual(resultOf(d.ovh('search/streets', { inseeCode: '99999' })), []);
    assert.deepEqual(resultOf(d.ovh('search/streetNumbers', { streetCode: '9999900000' })), []);
    assert.deepEqual(resultOf(d.ovh('search/buildings', { streetCode: '9999900000', streetNumber: '1' })), []);
    assert.deepEqual(resultOf(d.ovh('search/buildingsByLine', { lineNumber: '0999999999', status: 'active' })), []);
  });

  it('OVH: missing or malformed parameters → 400 {message} at once', () => {
    http(d.ovh('search/cities', {}), 400);
    http(d.ovh('search/buildings', { streetCode: '6938300010' }), 400);
    http(d.ovh('test/building', { building: 'IMB-91471-C-NT8X' }), 400);
    http(d.ovh('search/buildingDetails', { building: 'nope' }), 400);
    http(d.ovh('test/line', { lineNumber: '0123456789', status: 'dormant' }), 400);
    http(d.ovh('test/line', { lineNumber: '12345', status: 'active' }), 400);
    http(d.ovh('search/lines', { streetCode: '6938300010', streetNumber: '1', ownerName: 'DU' }), 400);
    http(d.ovh('search/addresses', { latitude: 45.76 }), 400);
    http(d.ovh('search/meetings', {}), 400);
    http(d.ovh('test/otp', { otp: 'not an otp' }), 400);
  });

  it('OVH: well-formed but unknown objects → the task ends in error', () => {
    taskError(d.ovh('test/building', { building: 'IMB/69383/Z/ZZZZ' }));
    taskError(d.ovh('search/buildingDetails', { building: 'IMB/12345/A/0000' }));
    taskError(d.ovh('test/line', { lineNumber: '0999999999', status: 'active' }));
    taskError(d.ovh('test/line', { lineNumber: '0470000108', status: 'active' })); // RUE DES EXEMPLES 28 is inactive
    taskError(d.ovh('test/otp', { otp: 'OO-ZZZZ-ZZZZ' }));
    taskError(d.ovh('test/address', { streetCode: '6938300010', streetNumber: '999' }));
  });

  it('OVH: unknown operation → 404, unknown eligibilityReference → 404', () => {
    http(d.ovh('search/nothing', {}), 404);
    http(d.ovhTestByReference('f'.repeat(64)), 404);
  });

  it('Orange b2b: 400100, 40024, 4041, 4042', () => {
    const code = (a: { status: number; body: unknown }, status: number, c: number) => {
      assert.equal(a.status, status);
      assert.equal((a.body as { code: number }).code, c);
      assert.ok((a.body as { description: string }).description.length > 0);
    };
    code(d.poi({ fullTextAddress: '340 Avenue De La Marne 59700 Marcq En Baroeul' }), 400, 400100);
    code(d.poi({ buildingCode: 'IMB/5937/X/013S' }), 400, 40024);
    code(d.poi({ buildingCode: 'imb/59378/X/013S' }), 400, 40024);
    code(d.poi({ fullTextAddress: '1 Rue Qui N Existe Pas, 59700 Marcq En Baroeul' }), 404, 4041);
    code(d.poi({ fullTextAddress: '999 Avenue De La Marne, 59700 Marcq En Baroeul' }), 404, 4041);
    code(d.poi({ buildingCode: 'IMB/59378/X/ZZZZ' }), 404, 4042);
    code(d.poi({ fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul', buildingName: 'Z99' }), 404, 4042);
    assert.equal(d.poi({}).status, 400);
  });

  it('Orange RIP: 400 on bad bodies, 404 code 30 / 31 / 35', () => {
    const code = (a: { status: number; body: unknown }, status: number, c?: number) => {
      assert.equal(a.status, status, JSON.stringify(a.body));
      if (c !== undefined) assert.equal((a.body as { code: number }).code, c);
    };
    code(d.rip('not an object'), 400);
    code(d.rip({ category: { name: 'ftte' } }), 400);
    code(d.rip({ contextType: 'telepathy', category: { name: 'ftte' } }), 400);
    code(d.rip({ contextType: 'nd', category: { name: 'fttx' }, publicKey: { name: 'nd', value: '0123456789' } }), 400);
    code(d.rip({ contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0923456789' } }), 400);
    code(d.rip({ contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0399999999' } }), 404, 30);
    code(d.rip({ contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { cityCode: '53068', rivoliCode: '9999', streetNr: '1' } } }), 404, 31);
    code(d.rip({ contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: 'IMB/53068/X/ZZZZ' } }), 404, 35);
    code(d.rip({ contextType: 'geographiclocation', category: { name: 'ftte' }, place: { geographicLocation: { x: '0.0', y: '0.0' } } }), 404, 31);
    code(d.rip({ contextType: 'geographiclocation', category: { name: 'ftte' }, place: { geographicLocation: { x: '3.12345678901', y: '50.3' } } }), 400);
    code(d.rip({ contextType: 'prestation', category: { name: 'ftte' }, publicKey: { name: 'prestation', value: 'abc' } }), 400);
  });
});

describe('sandbox dataset: HTML/script payload', () => {
  const d = createDataset();
  const has = (v: unknown) => JSON.stringify(v).includes(JSON.stringify(HTML_PAYLOAD).slice(1, -1));

  it(`${XSS_BUILDING_CODE} carries the payload in every API, in text fields only`, () => {
    const t = resultOf(d.ovh('test/building', { building: XSS_BUILDING_CODE }));
    assert.ok(t.endpoint.address.streetName.includes(HTML_PAYLOAD));
    assert.equal(t.endpoint.fiberInfo.buildingReference, XSS_BUILDING_CODE);
    assert.ok(!t.offers[0].product.code.includes('<'));
    assert.ok(has(resultOf(d.ovh('search/buildingDetails', { building: XSS_BUILDING_CODE }))));
    const poi = d.poi({ buildingCode: XSS_BUILDING_CODE });
    assert.equal(poi.status, 200);
    assert.ok(has(poi.body));
    const rip = d.rip({ contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: XSS_BUILDING_CODE } });
    assert.equal(rip.status, 200);
    assert.ok(has(rip.body));
  });

  it('withHtmlPayload returns a copy and leaves the original untouched', () => {
    const original = { name: 'A13', code: 'FTTH-MAX-1G', comments: ['x'], nested: [{ streetName: 'RUE' }] };
    const out = withHtmlPayload(original);
    assert.equal(out.name, `A13 ${HTML_PAYLOAD}`);
    assert.equal(out.code, 'FTTH-MAX-1G');
    assert.equal(out.comments[0], `x ${HTML_PAYLOAD}`);
    assert.equal(out.nested[0].streetName, `RUE ${HTML_PAYLOAD}`);
    assert.equal(original.name, 'A13');
  });
});
