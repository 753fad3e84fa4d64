/**
 * The result diff webview (bundled by esbuild.mjs into dist/webview/diff.js): two results of the
 * same call, older → newer. Talks to the host only through src/shared/diffProtocol.ts.
 *
 * Stable hooks for end-to-end tests:
 *   body[data-rendered=<id>]  #diff-identical  #diff-outcome[data-changed]  #diff-different-calls
 *   #diff-gained #diff-lost #diff-flips #diff-rates #diff-reasons #diff-fields
 *   [data-testid=diff-item][data-kind=gained|lost|flip|rate|reason|field][data-code]
 *   #open-before #open-after
 */
import './style.css';
import { parseHostToDiff, postFromDiff, type DiffLabels, type DiffToHost, type DiffView, type OfferRef } from '../../src/shared/diffProtocol';
import { fmt } from '../../src/shared/protocol';
import { append, button, clear, h, icon, localTime, type Child } from '../dom';

interface VsCodeApi { postMessage(m: unknown): void }
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;
const api: VsCodeApi = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: m => window.dispatchEvent(new CustomEvent('elig-to-host', { detail: m })) };
const send = (m: DiffToHost) => postFromDiff(api, m);
const app = document.getElementById('app') ?? document.body.appendChild(h('main', { id: 'app' }));

const rate = (v?: number) => (v === undefined ? '—' : v >= 1000 ? `${v / 1000} Gb/s` : `${v} Mb/s`);
const offer = (o: OfferRef) => [h('code', {}, o.code), h('span', { class: 'muted' }, ` ${o.technology} · ${o.name}`)];

function list(id: string, title: string, items: Child[][], l: DiffLabels): HTMLElement {
  return h('section', { id },
    h('h2', {}, `${title} (${items.length})`),
    items.length ? h('ul', { class: 'changes' }, items.map(i => h('li', {}, i))) : h('p', { class: 'muted' }, l.none));
}

function item(kind: string, code: string | undefined, ...children: Child[]): Child[] {
  return [h('span', { 'data-testid': 'diff-item', 'data-kind': kind, 'data-code': code }, ...children)];
}

function render(view: DiffView, l: DiffLabels): void {
  clear(app);
  const d = view.diff;
  const side = (label: string, s: DiffView['before'], ok: boolean, id: 'before' | 'after') => h('div', { class: 'side' },
    h('strong', {}, `${fmt(l.pair, label, '').trimEnd()} `), localTime(s.startedAt), ` · ${s.profile}${s.source ? ` · ${s.source}` : ''} · `,
    h('span', { class: `badge ${ok ? 'ok' : 'ko'}` }, icon(ok ? 'pass' : 'error'), ` ${ok ? l.ok : l.error}`), ' ',
    button(`open-${id}`, l.open, 'go-to-file', () => send({ type: 'openResult', side: id }), { class: 'link' }));
  const o = d.offers;
  append(app, [
    h('h1', { id: 'diff-title' }, l.title, ' ', h('code', {}, `${view.call.api} ${view.call.operation}`)),
    side(l.older, view.before, d.before.ok, 'before'),
    side(l.newer, view.after, d.after.ok, 'after'),
    d.sameCall ? null : h('div', { id: 'diff-different-calls', class: 'banner warning' }, icon('warning'), ' ', l.differentCalls),
    d.identical ? h('p', { id: 'diff-identical', class: 'banner' }, icon('pass'), ' ', l.identical) : null,
    h('p', { id: 'diff-outcome', 'data-changed': String(d.outcomeChanged) }, h('strong', {}, `${fmt(l.pair, l.outcome, '').trimEnd()} `),
      d.before.ok ? l.ok : `${l.error} ${d.before.error?.status ?? ''} ${d.before.error?.code ?? ''} ${d.before.error?.message ?? ''}`, ' → ',
      d.after.ok ? l.ok : `${l.error} ${d.after.error?.status ?? ''} ${d.after.error?.code ?? ''} ${d.after.error?.message ?? ''}`),
    list('diff-gained', l.gained, o.gained.map(x => item('gained', x.code, h('span', { class: 'gained' }, '+ '), ...offer(x),
      ` (${x.eligible ? l.becameEligible : l.becameIneligible})`)), l),
    list('diff-lost', l.lost, o.lost.map(x => item('lost', x.code, h('span', { class: 'lost' }, '− '), ...offer(x))), l),
    list('diff-flips', l.flips, o.flips.map(f => item('flip', f.offer.code, ...offer(f.offer), ': ',
      h('span', { class: f.to ? 'gained' : 'lost' }, f.to ? l.becameEligible : l.becameIneligible))), l),
    list('diff-rates', l.rates, o.rates.map(r => item('rate', r.offer.code, ...offer(r.offer),
      `: ${r.field === 'downloadMbps' ? l.download : l.upload} ${rate(r.from)} → ${rate(r.to)}`)), l),
    list('diff-reasons', l.reasons, o.reasons.map(r => item('reason', r.offer.code, ...offer(r.offer), ': ',
      ...r.added.map(x => h('span', { class: 'lost' }, ` ${l.reasonAdded} ${x.code} (${x.message})`)),
      ...r.removed.map(x => h('span', { class: 'gained' }, ` ${l.reasonRemoved} ${x.code} (${x.message})`)))), l),
    list('diff-fields', l.fields, d.fields.map(f => item('field', f.path, h('code', {}, f.path), `: ${f.from ?? '—'} → ${f.to ?? '—'}`)), l),
    h('p', { class: 'muted' }, fmt(l.pair, l.unchanged, o.unchanged)),
  ]);
  app.removeAttribute('aria-busy');
  document.title = l.title;
  document.body.dataset.rendered = view.id;
}

window.addEventListener('message', (e: MessageEvent) => { const m = parseHostToDiff(e.data); if (m) render(m.view, m.labels); });
send({ type: 'ready' });
