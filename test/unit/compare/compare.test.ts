import assert from 'node:assert/strict';
import { compare, compareExitCode, CompareResult, COMPARE_APIS, type ChoiceRequest } from '../../../src/core/compare/index';
import { EligError } from '../../../src/core/errors';
import { useCompareSandbox } from './helpers';

const statuses = (r: CompareResult) => Object.fromEntries(r.matrix.map(row => [row.technology, COMPARE_APIS.map(a => row.cells[a].status).join(' ')]));
const callKeys = (r: CompareResult) => COMPARE_APIS.flatMap(a => r.resolved[a].calls.map(c => `${a} ${c.call.operation} ${JSON.stringify(c.call.params)}`));

describe('compare (core) over HTTP against the sandbox', () => {
  const env = useCompareSandbox();

  it('asks the three APIs about one text address and returns the issue\'s shape, six rows', async () => {
    const r = await compare('2 RUE DU VERGER, 91400 ORSAY', { ctx: env().ctx });
    assert.deepEqual(Object.keys(r), ['query', 'resolved', 'matrix', 'disagreements']);
    CompareResult.parse(r);
    assert.deepEqual(r.matrix.map(x => x.technology), ['ADSL', 'VDSL', 'SDSL', 'FTTH', 'FTTE', 'FTTO']);
    const ftth = r.matrix[3].cells;
    assert.equal(ftth.ovh.status, 'eligible');
    assert.deepEqual([...ftth.ovh.offers].sort(), ['FTTH-MAX-1G', 'FTTH-MAX-300M']); // EN guide test/building
    assert.equal(ftth.ovh.bestDownMbps, 1000);
    assert.equal(ftth['orange-b2b'].status, 'eligible');
    assert.equal(ftth['orange-rip'].status, 'eligible');
    assert.equal(r.matrix[1].cells['orange-b2b'].status, 'not-offered', 'b2b sells no VDSL');
    assert.equal(r.matrix[0].cells['orange-rip'].status, 'not-offered', 'RIP sells no ADSL');
    assert.equal(r.resolved.ovh.building, 'IMB/91471/C/NT8X');
    assert.deepEqual(r.resolved.ovh.calls.map(c => c.call.operation).sort(), ['search/buildings', 'search/cities', 'search/streets', 'test/address', 'test/building']);
    const street = r.resolved.ovh.trace.find(t => t.step === 'street');
    assert.match(street?.matched ?? '', /RUE DU VERGER \(9147132200\)/);
    assert.equal(compareExitCode(r), 0);
  });

  it('matches streets by normalized name (case, accents, R → RUE) and never repeats a call', async () => {
    const r = await compare('1 r des Exemplés 69003 Lyon', { ctx: env().ctx });
    assert.equal(r.resolved.ovh.status, 'resolved');
    assert.equal(r.resolved.ovh.building, 'IMB/69383/A/0000');
    const keys = callKeys(r);
    assert.equal(new Set(keys).size, keys.length, keys.join('\n'));
    assert.equal(statuses(r).FTTH, 'eligible eligible eligible');
  });

  it('shows several buildings as needs-choice with the candidates (exit 4), never guessing', async () => {
    const r = await compare('38 rue des exemples, 69003 Lyon', { ctx: env().ctx });
    for (const a of COMPARE_APIS) {
      const c = r.matrix[3].cells[a];
      assert.equal(c.status, 'needs-choice', a);
      assert.equal(c.candidates?.length, 6, a);
    }
    assert.equal(r.resolved['orange-rip'].candidates?.length, 6);
    assert.equal(r.matrix[0].cells.ovh.status, 'eligible', 'copper does not depend on the building');
    assert.equal(compareExitCode(r), 4);
  });

  it('--pick first: OVH picks the building and sharpens the b2b and RIP queries with it', async () => {
    const r = await compare('38 rue des exemples, 69003 Lyon', { ctx: env().ctx, pick: 'first' });
    for (const a of COMPARE_APIS) assert.equal(r.resolved[a].building, 'IMB/69383/A/0088', a);
    assert.ok(r.resolved['orange-rip'].trace.some(t => t.from === 'ovh'), 'RIP trace names OVH as the source');
    assert.ok(r.resolved['orange-b2b'].trace.some(t => t.from === 'ovh'));
    assert.equal(compareExitCode(r), 0);
  });

  it('asks a chooser once for the same candidates, whichever API meets them', async () => {
    const asked: ChoiceRequest[] = [];
    const r = await compare('38 rue des exemples, 69003 Lyon', { ctx: env().ctx, pick: async q => { asked.push(q); return q.candidates[1].code; } });
    assert.equal(asked.length, 1);
    assert.equal(asked[0].api, 'ovh');
    for (const a of COMPARE_APIS) assert.equal(r.resolved[a].building, asked[0].candidates[1].code, a);
  });

  it('a line: OVH test/line + search/buildingsByLine, b2b from OVH\'s building, RIP by nd; disagreement in one line', async () => {
    const r = await compare('0123456789', { ctx: env().ctx });
    assert.equal(r.resolved.ovh.building, 'IMB/91471/C/NT8X');
    assert.equal(r.resolved['orange-b2b'].via, 'buildingCode');
    const rip = r.matrix[3].cells['orange-rip'];
    assert.equal(rip.status, 'not-eligible');
    assert.equal(rip.reason?.code, '30', 'the guide\'s ND not found');
    const d = r.disagreements.find(x => x.technology === 'FTTH');
    assert.ok(d, 'FTTH disagreement');
    assert.deepEqual(d.notEligible, ['orange-rip']);
    assert.match(d.message, /OVHcloud eligible .*Orange RIP not eligible \(30/);
  });

  it('coordinates: OVH search/addresses, b2b by the address OVH found, RIP geographiclocation', async () => {
    const r = await compare('50.319779,3.516726', { ctx: env().ctx });
    assert.equal(r.resolved.ovh.via, 'search/addresses');
    assert.equal(r.resolved['orange-rip'].via, 'geographiclocation');
    assert.equal(r.resolved['orange-b2b'].status, 'resolved');
    assert.equal(r.resolved.ovh.building, r.resolved['orange-rip'].building);
  });

  it('a subset of APIs: the others are not-asked and get no call', async () => {
    const r = await compare('IMB/69383/A/0008', { ctx: env().ctx, apis: ['orange-rip'] });
    for (const row of r.matrix) {
      assert.equal(row.cells.ovh.status, 'not-asked');
      assert.equal(row.cells['orange-b2b'].status, 'not-asked');
    }
    assert.equal(r.resolved.ovh.calls.length, 0);
    assert.equal(r.matrix[3].cells['orange-rip'].status, 'eligible');
  });

  it('reports per-API progress and honours cancellation', async () => {
    const seen: string[] = [];
    await compare('IMB/69383/A/0008', { ctx: env().ctx, onProgress: p => seen.push(`${p.api}:${p.phase}`) });
    for (const a of COMPARE_APIS) { assert.ok(seen.includes(`${a}:start`)); assert.ok(seen.includes(`${a}:done`)); }
    const ctl = new AbortController();
    const p = compare('2 RUE DU VERGER, 91400 ORSAY', { ctx: env().ctx, signal: ctl.signal, onProgress: x => { if (x.phase === 'call') ctl.abort(); } });
    await assert.rejects(p, (e: unknown) => e instanceof EligError && e.kind === 'cancelled');
  });

  it('bad input is an input error before anything is sent', async () => {
    for (const q of ['', 'hello', 'x'.repeat(400), '95.1,2.3']) {
      await assert.rejects(compare(q, { ctx: env().ctx }), (e: unknown) => e instanceof EligError && e.kind === 'input', q);
    }
  });
});
