import assert from 'node:assert/strict';
import { parseRequestFile } from '../../../src/core/requests/parse';
import { runRequests, summarize } from '../../../src/core/requests/runner';
import { useCompareSandbox } from '../compare/helpers';

const file = (...requests: object[]) => JSON.stringify({ variables: { place: '2 RUE DU VERGER, 91400 ORSAY' }, requests }, null, 2);

describe('request files: compare entries (expect.matrix)', function () {
  this.timeout(60000);
  const env = useCompareSandbox({ pendingPolls: 0 });

  it('parses a compare entry with placeholders and its matrix', () => {
    const p = parseRequestFile(file({ name: 'c', compare: { place: '{{place}}', apis: ['ovh', 'orange-rip'] }, expect: { matrix: { FTTH: { ovh: 'eligible' } } } }));
    assert.deepEqual(p.diagnostics, []);
    const r = p.requests[0].request!;
    assert.deepEqual(r.compare, { place: '2 RUE DU VERGER, 91400 ORSAY', apis: ['ovh', 'orange-rip'] });
    assert.deepEqual(r.expect?.matrix, { FTTH: { ovh: 'eligible' } });
  });

  it('diagnostics at the right place: a bad place, an unknown status, api next to compare, other assertions', () => {
    const text = file(
      { name: 'bad place', compare: { place: 'not a place' } },
      { name: 'bad status', compare: { place: 'IMB/69383/A/0000' }, expect: { matrix: { FTTH: { ovh: 'yes' } } } },
      { name: 'mixed', api: 'ovh', compare: { place: 'IMB/69383/A/0000' } },
      { name: 'other', compare: { place: 'IMB/69383/A/0000' }, expect: { eligible: ['FTTH'] } },
    );
    const p = parseRequestFile(text);
    const at = (d: { offset: number; length: number }) => text.slice(d.offset, d.offset + d.length);
    const msgs = p.diagnostics.map(d => `${d.message} @ ${at(d).slice(0, 30)}`);
    assert.ok(p.diagnostics.some(d => /neither an address/.test(d.message) && at(d) === '"not a place"'), msgs.join('\n'));
    assert.ok(p.diagnostics.some(d => at(d) === '"yes"'), msgs.join('\n'));
    assert.ok(p.diagnostics.some(d => /has no "api"/.test(d.message)), msgs.join('\n'));
    assert.ok(p.diagnostics.some(d => /asserts "matrix" only/.test(d.message)), msgs.join('\n'));
    assert.ok(p.requests.every(r => !r.request));
  });

  it('runs through the runner: matrix assertions pass and fail with expected/actual', async () => {
    const p = parseRequestFile(file(
      { name: 'ok', compare: { place: '{{place}}' }, expect: { matrix: { FTTH: { ovh: 'eligible', 'orange-b2b': 'eligible', 'orange-rip': 'eligible' }, VDSL: { 'orange-b2b': 'not-offered' } } } },
      { name: 'wrong', compare: { place: '{{place}}', apis: ['ovh'] }, expect: { matrix: { FTTH: { ovh: 'not-eligible' } } } },
    ));
    const out = await runRequests(p.requests.map(r => ({ file: 'f', index: r.index, request: r.request! })), { ctx: env().ctx, concurrency: 4 });
    assert.equal(out[0].passed, true, JSON.stringify(out[0].assertions));
    assert.equal(out[0].assertions.length, 4);
    assert.equal(out[0].compare?.matrix.length, 6);
    assert.equal(out[1].passed, false);
    assert.deepEqual({ ...out[1].assertions[0] }, { description: 'FTTH ovh is not-eligible', passed: false, expected: 'not-eligible', actual: 'eligible' });
    assert.deepEqual(summarize(out), { total: 2, passed: 1, failed: 1, errors: 0, skipped: 0 });
  });
});
