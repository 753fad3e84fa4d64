// Input of the l10n checker's own test (test/unit/l10n/coverage.test.ts): webview code it must flag.
import { button, h, icon, kv, section } from '../../../../webview/dom';

export function demo(L: { title: string }, n: number, el: HTMLElement): HTMLElement {
  el.textContent = `${n} offers`;
  el.setAttribute('aria-label', 'Close the panel');
  el.setAttribute('data-testid', 'not text');
  return h('div', { id: 'demo', class: 'two words', title: 'Sort by name' },
    h('h2', {}, 'Endpoint'),
    section('x', L.title, kv([['Street code', 'FTTH'], ['NRA', 'IMB/91471/C/NT8X']])),
    button('b', 'Previous', 'chevron-left', () => undefined, { 'aria-label': L.title }),
    icon('pass', 'eligible'),
    h('input', { placeholder: L.title }),
    // l10n-ignore: a fixture value, not shown
    h('code', {}, 'Not flagged because of the comment'),
    h('span', {}, '—', ' · ', `${n}/${n}`, 'X-OVH-QUERYID'));
}
