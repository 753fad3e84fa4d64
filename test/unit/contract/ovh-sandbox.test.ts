/**
 * Conformance of the simulator: every answer of a started sandbox, over HTTP, is validated
 * strictly against the vendored OVH schema (specs/ovh/connectivity.json): the guides' examples
 * the seeds serve, and a sample of the generated world (cities, streets, numbers, buildings,
 * lines, tests by building / OTP / line / address, addresses near a point, meetings, tests by
 * reference, signed partners variants and recalls). Deliberate differences: exceptions.ts.
 */
import assert from 'node:assert/strict';
import { DEFAULT_SEED } from '../../../src/sandbox/dataset';
import { CITIES } from '../../../src/sandbox/dataset/cities';
import { World } from '../../../src/sandbox/dataset/world';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index';
import { call, ELIG, signedHeaders } from '../sandbox/helpers';
import { type ContractException, EXCEPTIONS, format, uncovered } from './exceptions';
import { ELIGIBILITY_OPERATIONS, opKey, parseType } from './ovhSchema';
import { validate } from './schemaValues';
import type { Diff } from './zodDiff';

const responseType = (method: string, op: string): string => {
  const path = `/connectivity/eligibility/${op.replace(/\/\d+$/, '/{id}')}`;
  const o = ELIGIBILITY_OPERATIONS.find(x => x.httpMethod === method && x.path === path);
  if (!o) throw new Error(`no schema operation for ${method} ${path}`);
  return o.responseType;
};

interface Answer { method: string; op: string; body?: object; status: number; json: unknown }

/** The seeds' examples: the inputs of the guides (000 EN, 001 FR). */
const SEED_CALLS: [string, object][] = [
  ['search/cities', { zipCode: '91400' }], ['search/streets', { inseeCode: '91471' }],
  ['search/streetNumbers', { streetCode: '9147132200' }], ['search/buildings', { streetCode: '9147132200', streetNumber: '2' }],
  ['search/buildingsByLine', { lineNumber: '0123456789', status: 'inactive' }], ['search/lines', { streetCode: '123456789', streetNumber: '2' }],
  ['test/line', { lineNumber: '0123456789', status: 'active' }], ['test/line', { lineNumber: '0123456789', status: 'inactive' }],
  ['test/address', { streetCode: '94123001234', streetNumber: '4' }], ['test/building', { building: 'IMB/91471/C/NT8X' }],
  ['test/otp', { otp: 'OO-XXXX-XXXX/C' }], ['test/building', { building: 'IMB/91234/A/NT6Z' }],
];

describe('OVH contract: the sandbox answers in the schema\'s types', function () {
  this.timeout(120000);
  let sb: RunningSandbox;
  const seeds: Answer[] = [];
  const world = new Map<string, Answer[]>();
  const used = new Set<ContractException>();

  async function task(op: string, body: object, signed = false): Promise<Answer> {
    const path = `${ELIG}/${op}`;
    const text = JSON.stringify(body);
    const r = await call(sb, 'POST', path, { body: text, headers: signed ? signedHeaders(sb, path, text) : undefined });
    return { method: 'POST', op, body, status: r.status, json: r.json };
  }
  async function plain(method: string, op: string, body?: object): Promise<Answer> {
    const path = method === 'GET' && op === 'test' ? `${ELIG}/test?eligibilityReference=${encodeURIComponent(String((body as { eligibilityReference: string }).eligibilityReference))}` : `${ELIG}/${op}`;
    const text = body === undefined || op === 'test' ? '' : JSON.stringify(body);
    const r = await call(sb, method, path, { body: text || undefined, headers: op === 'test' ? undefined : signedHeaders(sb, path, text, { method }) });
    return { method, op, body, status: r.status, json: r.json };
  }
  const keep = (a: Answer) => { world.set(a.op.replace(/\/\d+$/, '/{id}') + ` ${a.method}`, [...(world.get(a.op.replace(/\/\d+$/, '/{id}') + ` ${a.method}`) ?? []), a]); return a; };

  before(async () => {
    sb = await startSandbox({ pendingPolls: 0 });
    for (const [op, body] of SEED_CALLS) seeds.push(await task(op, body));
    seeds.push(await plain('GET', 'test', { eligibilityReference: 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01' }));

    // a sample of the generated world, walked as a client would
    const w = new World(DEFAULT_SEED);
    const refs: string[] = [];
    const partners: { line?: object; address?: object; building?: object; otp?: object } = {};
    // 91400 (Orsay) answers the guides' examples: they are checked as seeds above
    for (const zip of [...new Set(CITIES.map(c => c.zip))].filter(z => z !== '91400')) {
      const cities = keep(await task('search/cities', { zipCode: zip }));
      for (const c of ((cities.json as { result: { inseeCode: string }[] }).result ?? []).slice(0, 1)) {
        const streets = keep(await task('search/streets', { inseeCode: c.inseeCode }));
        const list = (streets.json as { result: { streetCode: string }[] }).result ?? [];
        for (const s of [list[0], list[Math.floor(list.length / 2)]].filter(Boolean)) {
          keep(await task('search/streetNumbers/details', { streetCode: s.streetCode }));
          const numbers = (keep(await task('search/streetNumbers', { streetCode: s.streetCode })).json as { result: string[] }).result ?? [];
          for (const n of numbers.slice(0, 2)) {
            const at = { streetCode: s.streetCode, streetNumber: n };
            const buildings = (keep(await task('search/buildings', at)).json as { result: { reference: string }[] }).result ?? [];
            refs.push(...collectRef(keep(await task('test/address', at))));
            partners.address ??= at;
            const lines = (keep(await task('search/lines', at)).json as { result: { lineNumber: string; copperInfo: { status: string } }[] }).result ?? [];
            for (const l of lines.slice(0, 2)) {
              keep(await task('search/buildingsByLine', { lineNumber: l.lineNumber, status: l.copperInfo.status }));
              refs.push(...collectRef(keep(await task('test/line', { lineNumber: l.lineNumber, status: l.copperInfo.status }))));
              partners.line ??= { lineNumber: l.lineNumber, status: l.copperInfo.status };
            }
            for (const b of buildings.slice(0, 2)) {
              keep(await task('search/buildingDetails', { building: b.reference }));
              const test = keep(await task('test/building', { building: b.reference }));
              refs.push(...collectRef(test));
              const rec = w.building(b.reference);
              if (rec) refs.push(...collectRef(keep(await task('test/otp', { otp: w.otp(rec) }))));
              partners.building ??= { building: b.reference };
              if (rec) partners.otp ??= { otp: w.otp(rec) };
              const fiber = (test.json as { result?: { endpoint?: { fiberInfo?: { latitude?: string; longitude?: string } } } }).result?.endpoint?.fiberInfo;
              if (fiber?.latitude) keep(await task('search/addresses', { latitude: fiber.latitude, longitude: fiber.longitude, distance: 40 }));
            }
          }
        }
      }
    }
    for (const ref of refs.slice(0, 40)) {
      keep(await plain('GET', 'test', { eligibilityReference: ref }));
      keep(await task('search/meetings', { eligibilityReference: ref, productCode: 'FTTH-MAX-1G', otp: 'OO-XXXX-XXXX/C', installationType: 'create', technicalVisit: 'simple', siteCompanyName: 'ACME' }));
    }
    // signed variants and recalls
    for (const [kind, body] of Object.entries(partners)) keep(await task(`test/${kind}/partners`, body, true));
    const created = keep(await plain('POST', 'recall', { reference: 'IMB/91471/C/NT8X', referenceType: 'building', profiberRequest: true }));
    const id = (created.json as { id: number }).id;
    keep(await plain('GET', 'recall'));
    keep(await plain('GET', `recall/${id}`));
    keep(await plain('PUT', `recall/${id}`, { reference: 'IMB/91471/C/NT8X', referenceType: 'building', dedicatedfiberRequest: true }));
    keep(await plain('DELETE', `recall/${id}`));
  });
  after(async () => { await sb?.close(); });

  const check = (prefix: string, answers: Answer[]): Diff[] => {
    const diffs: Diff[] = [];
    for (const a of answers) {
      assert.equal(a.status, 200, `${a.method} ${a.op} ${JSON.stringify(a.body)}: HTTP ${a.status} ${JSON.stringify(a.json)}`);
      validate(parseType(responseType(a.method, a.op)), a.json, prefix, '', diffs);
    }
    const seen = new Set<string>();
    return diffs.filter(d => { const k = format(d); if (seen.has(k)) return false; seen.add(k); return true; });
  };

  it('the seeds: every guide example the sandbox serves', () => {
    assert.equal(seeds.length, SEED_CALLS.length + 1);
    const left = uncovered('sandbox', check('seed', seeds), used);
    assert.deepEqual(left.map(format), []);
  });

  const OPS = ['search/cities POST', 'search/streets POST', 'search/streetNumbers POST', 'search/streetNumbers/details POST', 'search/buildings POST',
    'search/buildingsByLine POST', 'search/buildingDetails POST', 'search/lines POST', 'search/addresses POST', 'search/meetings POST',
    'test/line POST', 'test/address POST', 'test/building POST', 'test/otp POST', 'test GET',
    'test/line/partners POST', 'test/address/partners POST', 'test/building/partners POST', 'test/otp/partners POST',
    'recall POST', 'recall GET', 'recall/{id} GET', 'recall/{id} PUT', 'recall/{id} DELETE'];
  for (const key of OPS) {
    it(`the generated world: ${key}`, () => {
      const answers = world.get(key) ?? [];
      assert.ok(answers.length >= 1, `no ${key} answer in the sample`);
      const left = uncovered('sandbox', check('world', answers), used);
      assert.deepEqual(left.map(format), [], `${answers.length} answers`);
    });
  }

  it('covers every operation of the schema, with a real sample', () => {
    const covered = new Set(OPS.map(k => { const [op, method] = k.split(' '); return opKey(method, `/connectivity/eligibility/${op}`); }));
    assert.deepEqual(ELIGIBILITY_OPERATIONS.map(o => opKey(o.httpMethod, o.path)).filter(k => !covered.has(k)), []);
    const total = [...world.values()].reduce((n, a) => n + a.length, 0);
    assert.ok(total >= 200, `${total} world answers`);
    assert.ok((world.get('test/building POST') ?? []).length >= 20);
  });

  describe('exceptions table', () => it('every sandbox exception of the table is still needed', () => {
    const stale = EXCEPTIONS.filter(e => e.scope === 'sandbox' && !used.has(e));
    assert.deepEqual(stale.map(e => `${e.path} ${String(e.kind)}`), []);
  }));
});

function collectRef(a: Answer): string[] {
  const ref = (a.json as { result?: { eligibilityReference?: string } }).result?.eligibilityReference;
  return ref ? [ref] : [];
}
