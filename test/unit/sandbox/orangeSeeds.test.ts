import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { bearer, call, orangeHeaders, useSandbox } from './helpers';

const seed = (name: string): unknown => JSON.parse(readFileSync(path.join(__dirname, '../../../src/sandbox/dataset/seeds', name), 'utf8'));
const RIP = '/ripoperatoreligibility/v1/productRIPQualification';
const poi = (q: Record<string, string>) => `/eligibility/b2b/v1/poi?${new URLSearchParams(q)}`;

describe('sandbox Orange seed examples and documented errors', () => {
  const sb = useSandbox();
  let token = '';
  beforeEach(async () => { token = await bearer(sb()); });

  it('POI by building code IMB/59378/X/013S verbatim', async () => {
    const r = await call(sb(), 'GET', poi({ buildingCode: 'IMB/59378/X/013S' }), { headers: orangeHeaders(token) });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, seed('orange-poi-IMB-59378-X-013S.json'));
  });

  it('POI Marcq-en-Barœul with buildingName A13 verbatim', async () => {
    const r = await call(sb(), 'GET', poi({ fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul', buildingName: 'A13' }), { headers: orangeHeaders(token) });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, seed('orange-poi-marcq-A13.json'));
  });

  it('POI Ajaccio by full-text address verbatim', async () => {
    const r = await call(sb(), 'GET', poi({ fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' }), { headers: orangeHeaders(token) });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, seed('orange-poi-ajaccio.json'));
  });

  it('RIP: CHERANCE 53068/0082/59 FTTE by address verbatim; Vendée building 000I verbatim', async () => {
    const a = await call(sb(), 'POST', RIP, { headers: orangeHeaders(token), body: { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '0082', cityCode: '53068', streetNr: '59' } } } });
    assert.equal(a.status, 200, a.text);
    assert.deepEqual(a.json, seed('rip-cherance-ftte-address.json'));
    const v = await call(sb(), 'POST', RIP, { headers: orangeHeaders(token), body: { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020', geographicSubAddress: { buildingCode: 'IMB/85020/X/000I' } } } } });
    assert.equal(v.status, 200, v.text);
    assert.deepEqual(v.json, seed('rip-vendee-000I.json'));
  });

  it('POI errors: 400100 malformatted address, 40024 bad building code, 4041, 4042', async () => {
    const cases: [Record<string, string>, number, number][] = [
      [{ fullTextAddress: '340 Avenue De La Marne 59700 Marcq En Baroeul' }, 400, 400100],
      [{ buildingCode: 'IMB-59378-X-013S' }, 400, 40024],
      [{ fullTextAddress: '1 Rue De Nulle Part, 99999 Inexistant' }, 404, 4041],
      [{ buildingCode: 'IMB/99999/X/ZZZZ' }, 404, 4042],
    ];
    for (const [q, status, code] of cases) {
      const r = await call(sb(), 'GET', poi(q), { headers: orangeHeaders(token) });
      assert.equal(r.status, status, JSON.stringify(q) + r.text);
      assert.equal((r.json as { code: number }).code, code);
    }
  });

  it('RIP: ND not found (code 30) verbatim', async () => {
    const r = await call(sb(), 'POST', RIP, { headers: orangeHeaders(token), body: { contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0123456789' } } });
    assert.deepEqual(r.json, seed('rip-nd-not-found.json'));
    assert.ok(r.status >= 400);
  });

  it('RIP: Vendée 85020/012R has six buildings and notComputed', async () => {
    const r = await call(sb(), 'POST', RIP, { headers: orangeHeaders(token), body: { contextType: 'address', category: { name: 'ftte' }, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } } });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, seed('rip-vendee-not-computed.json'));
  });
});
