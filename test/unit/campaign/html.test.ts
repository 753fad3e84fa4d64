import assert from 'node:assert/strict';
import { HtmlAggregate, renderHtml } from '../../../src/core/campaign/html';
import type { ApiColumns, RowRecord } from '../../../src/core/campaign/record';

const cols = (c: Partial<ApiColumns>): ApiColumns => ({ best: '', eligible: [], technologies: [], reason: '', error: '', ...c });
const row = (i: number, zip: string, ovh: Partial<ApiColumns>): RowRecord => ({ line: i + 1, id: String(i), input: { zip, city: 'X' }, apis: { ovh: cols(ovh) } });

describe('campaign HTML report: charts under its own CSP', () => {
  const g = new HtmlAggregate({ inputColumns: ['zip', 'city'], zipColumn: 'zip', cityColumn: 'city', placeColumns: ['zip', 'city'], apis: ['ovh'], template: false });
  g.add(row(1, '91400', { best: 'FTTH', technologies: ['FTTH', 'ADSL'] }));
  g.add(row(2, '91400', { reason: 'NETWORK_SATURATED' }));
  g.add(row(3, '69003', { best: 'ADSL', technologies: ['ADSL'] }));
  g.add(row(4, '69003', { error: '500: boom' }));
  const html = renderHtml(g, { title: 't.csv', generatedAt: 'now', mapping: {}, labels: { best: 'Meilleure techno {0}' } });
  const nonce = /'nonce-([^']+)'/.exec(html)![1];
  const style = new RegExp(`<style nonce="${nonce.replace(/[+/=]/g, '\\$&')}">([\\s\\S]*?)</style>`).exec(html)![1];

  it('has no inline style attribute (style-src with a nonce blocks them: every bar would be full width)', () => {
    assert.match(html, /style-src 'nonce-/);
    assert.doesNotMatch(html, /\sstyle="/);
  });

  it('each bar\'s width is a class whose rule is in the nonce\'d style block, matching its share', () => {
    const fills = [...html.matchAll(/class="fill \w+ (w\d+)" data-pct="([\d.]+)"/g)];
    assert.ok(fills.length >= 6 + 2 + 1, `bars: ${fills.length}`);
    for (const [, cls, p] of fills) {
      const rule = new RegExp(`\\.${cls}\\{width:([\\d.]+)%\\}`).exec(style);
      assert.ok(rule, `no rule for .${cls}`);
      assert.equal(Number(rule[1]), Number(p));
    }
    // FTTH: 1 of the 3 rows that answered; ADSL 2 of 3
    assert.match(html, /FTTH<\/span><span class="track"><span class="fill fiber w333"/);
    assert.match(html, /ADSL<\/span><span class="track"><span class="fill copper w667"/);
  });

  it('the table headers come from the labels table', () => {
    assert.match(html, /"head":\["id","line","place","Meilleure techno OVHcloud","Mb\/s","reason \/ error"\]/);
  });
});
