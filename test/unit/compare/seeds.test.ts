import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { compare, COMPARE_APIS, type CompareResult } from '../../../src/core/compare/index';
import { useCompareSandbox } from './helpers';

/**
 * The matrix for every seed place of the four documents (OVH EN/FR guides, Orange b2b guide, RIP guide),
 * with --pick first where the place has several buildings. Expected cells in seed-matrices.json, read
 * against the guides' examples (e.g. test/building IMB/91471/C/NT8X → FTTH-MAX-300M + FTTH-MAX-1G; RIP
 * CHERANCE FTTE Passif/Passif PM partiallyDeployed; RIP ND 0123456789 → 404 code 30; FR-guide building
 * IMB/91234/A/NT6Z unknown to Orange: 4042 / 35).
 */
const EXPECTED = JSON.parse(fs.readFileSync(path.join(__dirname, 'seed-matrices.json'), 'utf8')) as Record<string, Record<string, string>>;

function view(r: CompareResult): Record<string, string> {
  return Object.fromEntries(r.matrix.map(row => [row.technology, COMPARE_APIS.map(a => {
    const c = row.cells[a];
    return c.status === 'eligible' ? `eligible:${[...c.offers].sort().join('+')}` : c.status === 'not-eligible' ? `not-eligible:${c.reason?.code}` : c.status;
  }).join(' | ')]));
}

describe('compare: the seed places of the four documents', function () {
  this.timeout(60000);
  const env = useCompareSandbox({ pendingPolls: 0 });

  for (const [place, want] of Object.entries(EXPECTED)) {
    it(place, async () => {
      const r = await compare(place, { ctx: env().ctx, pick: 'first' });
      assert.deepEqual(view(r), want);
    });
  }

  it('RIP guide notComputed (BENET, LIEU DIT LES MOULINS, no number): the six buildings M1–M6 as a choice', async () => {
    const r = await compare('0 LIEU DIT LES MOULINS, 85490 BENET', { ctx: env().ctx, apis: ['orange-rip'] });
    const c = r.matrix.find(x => x.technology === 'FTTE')!.cells['orange-rip'];
    assert.equal(c.status, 'needs-choice');
    assert.equal(c.candidates?.length, 6);
    assert.ok(c.candidates?.some(x => x.code === 'IMB/85020/X/000I'));
  });
});
