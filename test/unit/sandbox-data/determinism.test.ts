/** Same seed → same answers; another seed → another background world (seeds and showcase unchanged). */
import assert from 'node:assert/strict';
import { createDataset } from '../../../src/sandbox/dataset';
import { resultOf } from './helpers';

function probe(seed: number): unknown[] {
  const d = createDataset(seed);
  const out: unknown[] = [];
  const streets = resultOf(d.ovh('search/streets', { inseeCode: '91534' }));
  out.push(streets);
  for (const s of streets.slice(0, 8)) {
    const numbers = resultOf(d.ovh('search/streetNumbers/details', { streetCode: s.streetCode }));
    out.push(numbers);
    for (const n of numbers.slice(0, 4)) {
      const buildings = resultOf(d.ovh('search/buildings', { streetCode: s.streetCode, streetNumber: n.number }));
      out.push(buildings);
      for (const b of buildings) {
        out.push(d.ovh('test/building', { building: b.reference }));
        out.push(d.poi({ buildingCode: b.reference }));
        out.push(d.rip({ contextType: 'buildingCode', category: { name: 'ftth' }, publicKey: { name: 'buildingCode', value: b.reference } }));
      }
      for (const l of resultOf(d.ovh('search/lines', { streetCode: s.streetCode, streetNumber: n.number }))) {
        out.push(d.ovh('test/line', { lineNumber: l.lineNumber, status: l.copperInfo.status }));
      }
    }
  }
  out.push(d.ovh('search/addresses', { latitude: '48.7325', longitude: '2.17', distance: 200 }));
  return out;
}

describe('sandbox dataset: determinism', function () {
  this.timeout(20_000); // generation work, not waiting: the 2-core CI box is shared
  it('two datasets with the same seed give the same answers', () => {
    assert.equal(JSON.stringify(probe(42)), JSON.stringify(probe(42)));
  });

  it('the default seed is stable too', () => {
    const a = createDataset();
    const b = createDataset();
    const q = { streetCode: '6938300010', streetNumber: '1' };
    assert.deepEqual(a.ovh('search/buildings', q), b.ovh('search/buildings', q));
    assert.deepEqual(a.stats(), b.stats());
  });

  it('a different seed changes the generated background but not the seeds nor the showcase', () => {
    assert.notEqual(JSON.stringify(probe(42)), JSON.stringify(probe(43)));
    const a = createDataset(42);
    const b = createDataset(43);
    const seedBody = { streetCode: '9147132200', streetNumber: '2' };
    assert.deepEqual(a.ovh('search/buildings', seedBody), b.ovh('search/buildings', seedBody));
    const line = { lineNumber: '0470000076', status: 'active' }; // RUE DES EXEMPLES 20
    const ra = resultOf(a.ovh('test/line', line));
    const rb = resultOf(b.ovh('test/line', line));
    assert.equal(ra.endpoint.address.streetNumber, '20');
    assert.equal(rb.endpoint.address.streetNumber, '20');
  });
});

describe('sandbox dataset: answers are copies', () => {
  it('mutating an answer does not change the next one (seeds and generated data)', () => {
    const d = createDataset();
    const seedBody = { streetCode: '9147132200', streetNumber: '2' };
    const genBody = { streetCode: '6938300010', streetNumber: '39' };
    const lineBody = { lineNumber: '0470000076', status: 'active' };
    const before = JSON.stringify([d.ovh('search/buildings', seedBody), d.ovh('search/buildings', genBody), d.ovh('test/line', lineBody)]);
    resultOf(d.ovh('search/buildings', seedBody))[0].reference = 'changed';
    resultOf(d.ovh('search/buildings', genBody))[0].stairs[0].floors.push('99');
    resultOf(d.ovh('test/line', lineBody)).endpoint.copperInfo.sectionsLengths[0].length = -1;
    const after = JSON.stringify([d.ovh('search/buildings', seedBody), d.ovh('search/buildings', genBody), d.ovh('test/line', lineBody)]);
    assert.equal(after, before);
  });
});
