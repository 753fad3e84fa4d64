import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { z } from 'zod';
import { ORANGE_OPERATIONS, PoiQuery, qualifyRip, RipQualificationRequest, withChosenBuilding } from '../../../src/core/apis/orange/operations';
import { execute } from '../../../src/core/execute';
import { FakeOrange, makeContext, RIP_PATH, TestContext } from './fake-orange';

type Issue = { path: string; message: string };
function issues(schema: z.ZodType, v: unknown): Issue[] {
  const r = schema.safeParse(v);
  return r.success ? [] : r.error.issues.map(i => ({ path: i.path.join('.'), message: i.message }));
}
const ftte = { name: 'ftte' } as const;

describe('orange: request schemas', () => {
  describe('b2b poi query', () => {
    const good = [
      { fullTextAddress: '14 Rue Maurice Choury, 20000 Ajaccio' },
      { buildingCode: 'IMB/59378/X/013S' },
      { buildingCode: 'IMB/2A004/C/01RJ' },
      { fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul', buildingName: 'A13' },
      { fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul', buildingCode: 'IMB/59378/X/013S' },
      // both readings: buildingCode + buildingName is allowed (buildingCode wins), with a warning in request files
      { buildingCode: 'IMB/59378/X/013S', buildingName: 'A13' },
    ];
    for (const q of good) it(`accepts ${JSON.stringify(q)}`, () => assert.deepEqual(issues(PoiQuery, q), []));

    const bad: [unknown, string, RegExp][] = [
      [{}, '', /fullTextAddress or buildingCode/],
      [{ buildingName: 'A13' }, '', /fullTextAddress or buildingCode/],
      [{ fullTextAddress: '340 Avenue De La Marne 59700 Marcq En Baroeul' }, 'fullTextAddress', /comma/],
      [{ buildingCode: 'IMB/5937/X/013S' }, 'buildingCode', /IMB\/59378\/X\/013S/],
      [{ buildingCode: 'imb/59378/X/013S' }, 'buildingCode', /pattern/],
      [{ buildingCode: 'IMB/59378/XX/013S' }, 'buildingCode', /pattern/],
      [{ fullTextAddress: 'a, b', extra: 1 }, '', /extra|Unrecognized/i],
    ];
    for (const [q, path, msg] of bad) {
      it(`rejects ${JSON.stringify(q)} at "${path}"`, () => {
        const is = issues(PoiQuery, q);
        assert.ok(is.some(i => i.path === path && msg.test(i.message)), JSON.stringify(is));
      });
    }
  });

  describe('RIP productRIPQualification body', () => {
    const good: Record<string, unknown>[] = [
      { contextType: 'nd', category: ftte, publicKey: { name: 'nd', value: '0123456789' } },
      { contextType: 'nd', category: { name: 'ftth' }, publicKey: { name: 'nd', value: '0598765432' } },
      { contextType: 'ndetoile', category: ftte, publicKey: { name: 'nd', value: '0223456789' } },
      { contextType: 'ndetoile', category: ftte, publicKey: { name: 'ndetoile', value: '0223456789' } },
      { contextType: 'prestation', category: ftte, publicKey: { name: 'prestation', value: '9999ZZZ9' } },
      { contextType: 'precable', category: ftte, publicKey: { name: 'precable', value: 'PC123456' } },
      { contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: 'IMB/53068/X/0052' } },
      { contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '0082', cityCode: '53068', streetNr: '59' } } },
      { contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } },
      { contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '0903', cityCode: '2A004', streetNr: '3', streetNrSuffix: 'bis' } } },
      { contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020', geographicSubAddress: { buildingCode: 'IMB/85020/X/000I' } } } },
      { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fulltext: '59 chemin de la mare 53400 cherance' } } },
      { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fullText: '59 CHEMIN DE LA MARE, 53400 CHERANCE' } } },
      { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fulltext: 'x y', fullText: 'x y' } } },
      { contextType: 'geographiclocation', category: ftte, place: { geographicLocation: { x: '3.516726', y: '50.319779' } } },
      { contextType: 'geographiclocation', category: ftte, place: { geographicLocation: { x: '-180', y: '90.0000000000' } } },
    ];
    for (const b of good) it(`accepts ${JSON.stringify(b)}`, () => assert.deepEqual(issues(RipQualificationRequest, b), []));

    const bad: [Record<string, unknown>, string, RegExp][] = [
      [{ contextType: 'nd', category: ftte }, 'publicKey', /required for contextType nd/],
      [{ contextType: 'nd', category: ftte, publicKey: { name: 'nd', value: '0623456789' } }, 'publicKey.value', /01, 02, 03, 04 or 05/],
      [{ contextType: 'nd', category: ftte, publicKey: { name: 'nd', value: '012345678' } }, 'publicKey.value', /10 digits/],
      [{ contextType: 'nd', category: ftte, publicKey: { name: 'prestation', value: '0123456789' } }, 'publicKey.name', /must be "nd"/],
      [{ contextType: 'ndetoile', category: ftte }, 'publicKey', /required for contextType ndetoile/],
      [{ contextType: 'prestation', category: ftte, publicKey: { name: 'prestation', value: '9999zzz9' } }, 'publicKey.value', /8 uppercase/],
      [{ contextType: 'prestation', category: ftte, publicKey: { name: 'prestation', value: '9999ZZZ' } }, 'publicKey.value', /8 uppercase/],
      [{ contextType: 'precable', category: ftte }, 'publicKey', /required for contextType precable/],
      [{ contextType: 'precable', category: ftte, publicKey: { name: 'nd', value: 'PC1' } }, 'publicKey.name', /"precable"/],
      [{ contextType: 'buildingCode', category: ftte, publicKey: { name: 'buildingCode', value: 'IMB/53068/0052' } }, 'publicKey.value', /IMB\/53068\/X\/0052/],
      [{ contextType: 'buildingCode', category: ftte, publicKey: { name: 'buildingCode', value: 'IMB/53068/X/0052' }, place: { geographicLocation: { x: '1', y: '2' } } }, 'place', /not used/],
      [{ contextType: 'address', category: ftte }, 'place.geographicAddress', /required for contextType address/],
      [{ contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '0082' } } }, 'place.geographicAddress.cityCode', /required/],
      [{ contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '082', cityCode: '53068' } } }, 'place.geographicAddress.rivoliCode', /4 alphanumeric/],
      [{ contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '0082', cityCode: '5306' } } }, 'place.geographicAddress.cityCode', /INSEE/],
      [{ contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '0082', cityCode: '53068', geographicSubAddress: { buildingCode: 'M1' } } } }, 'place.geographicAddress.geographicSubAddress.buildingCode', /IMB/],
      [{ contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '0082', cityCode: '53068' } }, publicKey: { name: 'nd', value: '0123456789' } }, 'publicKey', /only used with/],
      [{ contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '0082', cityCode: '53068' }, geographicLocation: { x: '1', y: '2' } } }, 'place.geographicLocation', /not used with contextType address/],
      [{ contextType: 'fulltext', category: ftte, place: { nonFormattedAddress: {} } }, 'place.nonFormattedAddress.fulltext', /required/],
      [{ contextType: 'fulltext', category: ftte, place: { nonFormattedAddress: { fulltext: 'a', fullText: 'b' } } }, 'place.nonFormattedAddress.fullText', /differ/],
      [{ contextType: 'fulltext', category: ftte, place: { nonFormattedAddress: { fulltext: 'a', other: 'b' } } }, 'place.nonFormattedAddress', /other|Unrecognized/i],
      [{ contextType: 'geographiclocation', category: ftte }, 'place.geographicLocation', /required/],
      [{ contextType: 'geographiclocation', category: ftte, place: { geographicLocation: { x: '181', y: '50' } } }, 'place.geographicLocation.x', /between -180 and 180/],
      [{ contextType: 'geographiclocation', category: ftte, place: { geographicLocation: { x: '3.5', y: '-90.5' } } }, 'place.geographicLocation.y', /between -90 and 90/],
      [{ contextType: 'geographiclocation', category: ftte, place: { geographicLocation: { x: '3.12345678901', y: '50' } } }, 'place.geographicLocation.x', /10 decimals/],
      [{ contextType: 'geographiclocation', category: ftte, place: { geographicLocation: { x: 3.5, y: '50' } } }, 'place.geographicLocation.x', /string/],
      [{ contextType: 'postal', category: ftte }, 'contextType', /nd|option|expected/i],
      [{ contextType: 'nd', category: { name: 'ftto' }, publicKey: { name: 'nd', value: '0123456789' } }, 'category.name', /ftte|option|expected/i],
      [{ contextType: 'nd', publicKey: { name: 'nd', value: '0123456789' } }, 'category', /.+/],
    ];
    for (const [b, path, msg] of bad) {
      it(`rejects ${JSON.stringify(b)} at "${path}"`, () => {
        const is = issues(RipQualificationRequest, b);
        assert.ok(is.some(i => i.path === path && msg.test(i.message)), JSON.stringify(is));
      });
    }
  });

  describe('operation table and generated JSON Schema', () => {
    it('declares poi and productRIPQualification, both eligibility operations needing credentials', () => {
      assert.deepEqual(ORANGE_OPERATIONS.map(o => [o.api, o.name, o.kind, o.needsCredentials]),
        [['orange-b2b', 'poi', 'eligibility', true], ['orange-rip', 'productRIPQualification', 'eligibility', true]]);
    });
    it('every example is valid against its own schema', () => {
      for (const op of ORANGE_OPERATIONS) for (const ex of op.examples) assert.deepEqual(issues(op.params, ex), [], `${op.name} ${JSON.stringify(ex)}`);
    });
    it('every parameter has a description and examples in the JSON Schema (completion and hover)', () => {
      type Js = { description?: string; examples?: unknown[]; properties?: Record<string, Js>; type?: string; enum?: unknown[] };
      const walk = (s: Js, where: string) => {
        assert.ok(s.description, `${where} has no description`);
        if (s.properties) for (const [k, v] of Object.entries(s.properties)) walk(v, `${where}.${k}`);
        else assert.ok(s.examples?.length || s.enum, `${where} has no examples`);
      };
      for (const op of ORANGE_OPERATIONS) walk(z.toJSONSchema(op.params) as Js, op.name);
    });
  });

  describe('choosing a building after notComputed', () => {
    it('an address query gets geographicSubAddress; another query becomes a buildingCode query; both valid', () => {
      const addr = { contextType: 'address', category: ftte, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020' } } } as const;
      const a = withChosenBuilding(addr, 'IMB/85020/X/000J');
      assert.deepEqual(a, { ...addr, place: { geographicAddress: { rivoliCode: '012R', cityCode: '85020', geographicSubAddress: { buildingCode: 'IMB/85020/X/000J' } } } });
      const f = withChosenBuilding({ contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fulltext: 'x' } } }, 'IMB/85020/X/000J');
      assert.deepEqual(f, { contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: 'IMB/85020/X/000J' } });
      for (const b of [a, f]) assert.deepEqual(issues(RipQualificationRequest, b), []);
    });
  });

  describe('the generated JSON Schema (editor) agrees with zod on the cross-field rules', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const [poi, rip] = ORANGE_OPERATIONS.map(op => ajv.compile(z.toJSONSchema(op.params, { target: 'draft-7', io: 'input' })));
    it('accepts every example', () => {
      for (const ex of ORANGE_OPERATIONS[0].examples) assert.ok(poi(ex), JSON.stringify(poi.errors));
      for (const ex of ORANGE_OPERATIONS[1].examples) assert.ok(rip(ex), JSON.stringify(rip.errors));
      assert.ok(rip({ contextType: 'fulltext', category: ftte, place: { nonFormattedAddress: { fullText: 'x' } } }));
      assert.ok(rip({ contextType: 'ndetoile', category: ftte, publicKey: { name: 'ndetoile', value: '0223456789' } }));
    });
    const badPoi = [{}, { buildingName: 'A13' }, { fullTextAddress: 'no comma' }, { buildingCode: 'IMB/1/X/013S' }];
    for (const b of badPoi) it(`poi rejects ${JSON.stringify(b)}`, () => assert.equal(poi(b), false));
    const badRip = [
      { contextType: 'nd', category: ftte },
      { contextType: 'nd', category: ftte, publicKey: { name: 'nd', value: '0623456789' } },
      { contextType: 'prestation', category: ftte, publicKey: { name: 'nd', value: '9999ZZZ9' } },
      { contextType: 'buildingCode', category: ftte, publicKey: { name: 'buildingCode', value: 'IMB/1' } },
      { contextType: 'address', category: ftte },
      { contextType: 'fulltext', category: ftte, place: { nonFormattedAddress: {} } },
      { contextType: 'geographiclocation', category: ftte, place: { geographicAddress: { cityCode: '53068', rivoliCode: '0082' } } },
    ];
    it('accepts what both readings allow (buildingCode + buildingName, address without rivoliCode)', () => {
      assert.ok(poi({ buildingCode: 'IMB/59378/X/013S', buildingName: 'A13' }), JSON.stringify(poi.errors));
      assert.ok(rip({ contextType: 'address', category: ftte, place: { geographicAddress: { cityCode: '53068' } } }), JSON.stringify(rip.errors));
    });
    for (const b of badRip) it(`RIP rejects ${JSON.stringify(b)}`, () => assert.equal(rip(b), false));
  });

  describe('what goes on the wire', () => {
    let srv: FakeOrange;
    let t: TestContext;
    beforeEach(async () => {
      srv = await new FakeOrange().start();
      srv.apiDefault = () => ({ status: 200, body: { productOfferingQualificationItem: [] } });
      t = makeContext(srv.url);
    });
    afterEach(async () => { t.dispose(); await srv.close(); });

    it('fullText (the guide example\'s spelling) is accepted and sent as written, never renamed', async () => {
      const out = await qualifyRip(t.ctx, { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fullText: '59 CHEMIN DE LA MARE, 53400 CHERANCE' } } });
      assert.equal(out.ok, true, JSON.stringify(out.error));
      const sent = JSON.parse(srv.apiRequests()[0].body);
      assert.deepEqual(sent.place, { nonFormattedAddress: { fullText: '59 CHEMIN DE LA MARE, 53400 CHERANCE' } });
      assert.equal(srv.apiRequests()[0].headers['content-type'], 'application/json');
      assert.deepEqual((out.exchange?.requestBody as { place: unknown }).place, sent.place);
    });

    it('fulltext is sent as is', async () => {
      await qualifyRip(t.ctx, { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fulltext: '59 chemin de la mare 53400 cherance' } } });
      assert.deepEqual(JSON.parse(srv.apiRequests()[0].body), { contextType: 'fulltext', category: { name: 'ftth' }, place: { nonFormattedAddress: { fulltext: '59 chemin de la mare 53400 cherance' } } });
      assert.equal(srv.apiRequests()[0].path, RIP_PATH);
      assert.equal(srv.apiRequests()[0].method, 'POST');
    });

    it('b2b query: %20 for spaces, comma and slashes readable, decoded intact by the server', async () => {
      srv.apiDefault = () => ({ status: 200, body: [] });
      const res = await execute(t.ctx, { api: 'orange-b2b', operation: 'poi', params: { fullTextAddress: '340 Avenue De La Marne, 59700 Marcq En Baroeul', buildingName: 'A13' } });
      assert.equal(res.ok, true);
      assert.equal(srv.apiRequests()[0].query.get('fullTextAddress'), '340 Avenue De La Marne, 59700 Marcq En Baroeul');
      assert.equal(srv.apiRequests()[0].query.get('buildingName'), 'A13');
      assert.match(res.exchange!.url, /fullTextAddress=340%20Avenue%20De%20La%20Marne,%2059700/);
    });

    it('bad params are refused before anything is sent (execute and the typed helpers)', async () => {
      const a = await execute(t.ctx, { api: 'orange-rip', operation: 'productRIPQualification', params: { contextType: 'nd', category: ftte } });
      const b = await qualifyRip(t.ctx, { contextType: 'nd', category: ftte } as RipQualificationRequest);
      const c = await execute(t.ctx, { api: 'orange-b2b', operation: 'poi', params: { fullTextAddress: 'no comma here' } });
      for (const r of [a, b, c]) assert.equal(r.error?.kind, 'input');
      assert.match(a.error!.message, /publicKey/);
      assert.match(c.error!.message, /fullTextAddress: separate the street and the city with a comma/);
      assert.equal(srv.requests.length, 0);
    });
  });
});
