import assert from 'node:assert/strict';
import { compare, COMPARE_APIS, type CompareResult } from '../../../src/core/compare/index';
import { GroundTruth, type TruthAddress, type TruthMatrix } from '../../../src/sandbox/dataset/ground-truth';
import { useCompareSandbox } from './helpers';

/** Cells of `r` that differ from the dataset's ground truth (status, and eligible offer codes). */
export function wrongCells(r: CompareResult, truth: TruthMatrix): string[] {
  const wrong: string[] = [];
  for (const row of r.matrix) {
    for (const api of COMPARE_APIS) {
      const got = row.cells[api], want = truth[row.technology][api];
      if (got.status !== want.status) { wrong.push(`${row.technology} ${api}: ${got.status} ≠ ${want.status}${got.error ? ` (${got.error.message})` : ''}`); continue; }
      if (want.offers && JSON.stringify([...got.offers].sort()) !== JSON.stringify(want.offers)) wrong.push(`${row.technology} ${api}: offers ${got.offers.join(',')} ≠ ${want.offers.join(',')}`);
    }
  }
  return wrong;
}

async function pool<T>(items: T[], n: number, f: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => { while (i < items.length) await f(items[i++]); }));
}

describe('compare matrix against the sandbox dataset\'s ground truth (over HTTP)', function () {
  this.timeout(180000);
  const env = useCompareSandbox({ pendingPolls: 0 });
  const truth = new GroundTruth();

  async function check(addresses: TruthAddress[]): Promise<string[]> {
    const failures: string[] = [];
    await pool(addresses, 8, async a => {
      const r = await compare(a.text, { ctx: env().ctx, pick: 'first' });
      const want = truth.matrix(a.streetCode, a.number)!;
      const wrong = wrongCells(r, want);
      if (wrong.length) failures.push(`${a.text}: ${wrong.join('; ')}`);
    });
    return failures;
  }

  it('every number of RUE DES EXEMPLES (showcase and deliberate disagreements)', async () => {
    const list = truth.showcase();
    assert.equal(list.length, 40);
    assert.deepEqual(await check(list), []);
  });

  it('220 generated addresses over every city: 0 wrong cells', async () => {
    const list = truth.sample(220);
    assert.equal(list.length, 220);
    assert.ok(new Set(list.map(a => a.text.split(', ')[1])).size >= 8, 'spread over the cities');
    assert.deepEqual(await check(list), []);
  });

  it('a wrong cell is caught (the check can fail)', async () => {
    const a = truth.showcase()[0];
    const r = await compare(a.text, { ctx: env().ctx, pick: 'first' });
    const want = truth.matrix(a.streetCode, a.number)!;
    assert.deepEqual(wrongCells(r, want), []);
    want.FTTH.ovh = { status: 'not-eligible' };
    want.FTTE['orange-rip'] = { status: 'eligible', offers: ['x'] };
    assert.equal(wrongCells(r, want).length, 2);
  });

  it('the ground truth is not trivial: it has every status and real disagreements', () => {
    const seen = new Set<string>();
    let disagreements = 0;
    for (const a of [...truth.showcase(), ...truth.sample(220)]) {
      const m = truth.matrix(a.streetCode, a.number)!;
      for (const t of Object.values(m)) for (const c of Object.values(t)) seen.add(c.status);
      if (Object.values(m).some(t => Object.values(t).some(c => c.status === 'eligible') && Object.values(t).some(c => c.status === 'not-eligible'))) disagreements++;
    }
    assert.deepEqual([...seen].sort(), ['eligible', 'not-eligible', 'not-offered']);
    assert.ok(disagreements >= 10, `disagreements: ${disagreements}`);
  });
});
