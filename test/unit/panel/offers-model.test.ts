import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildOfferRows, formatRate, pageOf, summarize } from '../../../webview/offers-model';
import { SORT_KEYS, type SortState } from '../../../src/shared/protocol';
import { offers } from './fixtures';
import { nextSort } from '../../../webview/offers-table';
import { bestOffer } from '../../../src/core/model/best';

const noFilter = { text: '', eligibleOnly: false };

describe('offers table model', () => {
  it('puts eligible offers first by default, the best first among them (fiber, then the faster)', () => {
    const list = offers(60);
    const rows = buildOfferRows(list, { key: 'eligible', dir: 'desc' }, noFilter);
    assert.equal(rows.length, 60);
    const firstIneligible = rows.findIndex(r => !r.offer.eligible);
    assert.equal(firstIneligible, 20);
    assert.ok(rows.slice(firstIneligible).every(r => !r.offer.eligible));
    // among them, the best first by the summary's rule: fiber above copper, then the faster
    const fiber = (r: { offer: { technology: string } }) => ['FTTH', 'FTTE', 'FTTO'].includes(r.offer.technology);
    const top = rows.slice(0, 20);
    const lastFiber = top.map(fiber).lastIndexOf(true);
    assert.ok(top.slice(0, lastFiber + 1).every(fiber), `fiber before copper: ${top.map(r => r.offer.technology).join(',')}`);
    for (const group of [top.filter(fiber), top.filter(r => !fiber(r))]) {
      const rates = group.map(r => r.offer.downloadMbps ?? -1);
      for (let i = 1; i < rates.length; i++) assert.ok(rates[i - 1] >= rates[i], `download desc at ${i}: ${rates.join(',')}`);
    }
    assert.equal(top[0].offer, bestOffer(list), 'the first row is the Best the summary names');
  });

  it('an Orange POI\'s offers: the fiber it has tops the 2 Mb/s SDSL, as the summary\'s "Best" says', () => {
    const poi = (technology: string, downloadMbps?: number) => ({ code: technology.toLowerCase(), name: technology, technology, eligible: true, downloadMbps, reasons: [], details: {} });
    const list = [poi('SDSL', 2), poi('ADSL', 1), poi('FTTE'), poi('FTTH'), poi('FTTO')] as unknown as Parameters<typeof buildOfferRows>[0];
    const order = buildOfferRows(list, { key: 'eligible', dir: 'desc' }, noFilter).map(r => r.offer.technology);
    assert.deepEqual(order, ['FTTO', 'FTTE', 'FTTH', 'SDSL', 'ADSL']);
  });

  it('sorts by a column both ways, missing rates last either way', () => {
    const asc = buildOfferRows(offers(50), { key: 'download', dir: 'asc' }, noFilter).map(r => r.offer.downloadMbps);
    const desc = buildOfferRows(offers(50), { key: 'download', dir: 'desc' }, noFilter).map(r => r.offer.downloadMbps);
    const defined = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);
    assert.deepEqual(defined(asc), [...defined(asc)].sort((a, b) => a - b));
    assert.deepEqual(defined(desc), [...defined(desc)].sort((a, b) => b - a));
    assert.equal(asc[asc.length - 1], undefined);
    assert.equal(desc[desc.length - 1], undefined);
    const codes = buildOfferRows(offers(30), { key: 'code', dir: 'asc' }, noFilter).map(r => r.offer.code);
    assert.deepEqual(codes, [...codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
  });

  it('filters by text (every word, any field) and by "eligible only"', () => {
    const all = offers(100);
    const ftth = buildOfferRows(all, { key: 'code', dir: 'asc' }, { text: 'ftth', eligibleOnly: false });
    assert.ok(ftth.length > 0 && ftth.every(r => r.offer.technology === 'FTTH'));
    const att = buildOfferRows(all, { key: 'code', dir: 'asc' }, { text: '  attenuation  VDSL ', eligibleOnly: false });
    assert.ok(att.length > 0 && att.every(r => r.offer.technology === 'VDSL' && r.reasonsText.includes('TOO_MUCH_ATTENUATION')));
    assert.ok(buildOfferRows(all, { key: 'code', dir: 'asc' }, { text: 'createneighbour', eligibleOnly: false }).length > 0);
    assert.ok(buildOfferRows(all, { key: 'code', dir: 'asc' }, { text: 'sfr', eligibleOnly: false }).every(r => r.offer.details.provider === 'SFR'));
    const only = buildOfferRows(all, { key: 'name', dir: 'asc' }, { text: '', eligibleOnly: true });
    assert.equal(only.length, all.filter(o => o.eligible).length);
    assert.equal(buildOfferRows(all, { key: 'name', dir: 'asc' }, { text: 'no such thing', eligibleOnly: false }).length, 0);
  });

  it('finds offers by the display language\'s eligibility words too (a French user types "non éligible")', () => {
    const all = offers(30);
    const fr = { eligible: 'éligible', notEligible: 'non éligible' };
    const non = buildOfferRows(all, { key: 'code', dir: 'asc' }, { text: 'non éligible', eligibleOnly: false, words: fr });
    assert.equal(non.length, all.filter(o => !o.eligible).length);
    assert.ok(non.length > 0 && non.every(r => !r.offer.eligible));
    assert.equal(buildOfferRows(all, { key: 'code', dir: 'asc' }, { text: 'non éligible', eligibleOnly: false }).length, 0, 'not without the words');
    assert.equal(buildOfferRows(all, { key: 'code', dir: 'asc' }, { text: 'not eligible', eligibleOnly: false, words: fr }).length, non.length, 'English still works');
  });

  it('is a permutation of the filtered offers for any sort (property)', () => {
    const all = offers(300);
    fc.assert(fc.property(fc.constantFrom(...SORT_KEYS), fc.constantFrom('asc', 'desc'), fc.boolean(), (key, dir, eligibleOnly) => {
      const sort: SortState = { key, dir: dir as 'asc' | 'desc' };
      const rows = buildOfferRows(all, sort, { text: '', eligibleOnly });
      const expected = all.filter(o => !eligibleOnly || o.eligible).map(o => o.code).sort();
      assert.deepEqual(rows.map(r => r.offer.code).sort(), expected);
      // deterministic: same input, same order
      assert.deepEqual(buildOfferRows(all, sort, { text: '', eligibleOnly }).map(r => r.index), rows.map(r => r.index));
    }), { numRuns: 40 });
  });

  it('pages 2,000 offers in pages of 100 and clamps the page', () => {
    const rows = buildOfferRows(offers(2000), { key: 'eligible', dir: 'desc' }, noFilter);
    const p0 = pageOf(rows, 0);
    assert.equal(p0.items.length, 100);
    assert.equal(p0.pages, 20);
    assert.deepEqual([p0.from, p0.to, p0.total], [1, 100, 2000]);
    assert.equal(pageOf(rows, 99).page, 19);
    assert.equal(pageOf(rows, -3).page, 0);
    assert.deepEqual(pageOf([], 0), { items: [], page: 0, pages: 1, from: 0, to: 0, total: 0 });
    assert.equal(pageOf(rows.slice(0, 250), 2).items.length, 50);
  });

  it('summarizes: eligible count, the best offer the host chose (if eligible), per technology', () => {
    const list = offers(12);
    const s = summarize(list, list.findIndex(o => o.eligible));
    assert.equal(s.total, 12);
    assert.equal(s.eligible, 4);
    assert.equal(s.best, list.find(o => o.eligible));
    assert.equal(summarize(list, list.findIndex(o => !o.eligible)).best, undefined, 'an ineligible offer is never shown as best');
    assert.equal(summarize(list).best, undefined);
    assert.equal(s.byTechnology.reduce((a, t) => a + t.total, 0), 12);
    assert.equal(summarize([]).best, undefined);
  });

  it('formats rates', () => {
    assert.equal(formatRate(1000), '1 Gb/s');
    assert.equal(formatRate(8.5), '8.5 Mb/s');
    assert.equal(formatRate(undefined), '—');
  });

  it('header clicks: natural direction, reversed, then the default order again', () => {
    let s: SortState = { key: 'eligible', dir: 'desc' };
    s = nextSort(s, 'code', false); assert.deepEqual(s, { key: 'code', dir: 'asc' });
    s = nextSort(s, 'code', false); assert.deepEqual(s, { key: 'code', dir: 'desc' });
    s = nextSort(s, 'code', false); assert.deepEqual(s, { key: 'eligible', dir: 'desc' });
    s = nextSort(s, 'download', true); assert.deepEqual(s, { key: 'download', dir: 'desc' });
    s = nextSort(s, 'download', true); assert.deepEqual(s, { key: 'download', dir: 'asc' });
    s = nextSort(s, 'download', true); assert.deepEqual(s, { key: 'eligible', dir: 'desc' });
  });
});
