/**
 * The matrix webview (bundled into dist/webview/matrix.js): technologies × providers, one cell per
 * API answer, disagreements below, the resolution trace folded under them. Talks to the host only
 * through src/shared/matrixProtocol.ts; every API string is rendered as text (../dom.ts).
 *
 * Hooks for end-to-end tests:
 *   body[data-rendered=<query>] after a render · body[data-running=true|false]
 *   #matrix [data-testid=matrix-row][data-tech] td[data-api][data-status] > button.cell
 *   #progress [data-testid=api-progress][data-api][data-phase]
 *   #disagreements [data-testid=disagreement] · #trace (details) [data-testid=call][data-api][data-index]
 *   #action-copy-markdown #action-save #action-rerun #action-cancel · #notice
 */
import {
  MATRIX_APIS, fmt, isMatrixState, parseMatrixToWebview, postToMatrixHost,
  type Cell, type CompareApi, type CompareResult, type MatrixLabels, type MatrixProgress, type MatrixState, type MatrixToHost,
} from '../../src/shared/matrixProtocol';
import { button, clear, h } from '../dom';

interface VsCodeApi { postMessage(m: unknown): void; setState(s: unknown): void; getState(): unknown }
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
const send = (m: MatrixToHost) => postToMatrixHost(vscode, m);

let labels: MatrixLabels | undefined;
let running = false;
const progress = new Map<CompareApi, MatrixProgress>();

function rate(c: Cell): string {
  if (c.bestDownMbps === undefined) return '';
  const f = (n: number) => (n >= 100 ? String(Math.round(n)) : String(Math.round(n * 100) / 100));
  return `${f(c.bestDownMbps)}/${c.bestUpMbps === undefined ? '?' : f(c.bestUpMbps)} Mbit/s`;
}

function cellView(L: MatrixLabels, api: CompareApi, technology: string, c: Cell): HTMLElement {
  const detail = c.status === 'eligible' ? [c.offers.slice(0, 4).join(', ') + (c.offers.length > 4 ? ` +${c.offers.length - 4}` : ''), rate(c)].filter(Boolean).join(' · ')
    : c.status === 'not-eligible' ? c.reason?.code ?? ''
      : c.status === 'needs-choice' ? (c.candidates?.length ? fmt(L.candidates, c.candidates.length) : c.reason?.code ?? '')
        : c.status === 'error' ? [c.error?.status, c.error?.code].filter(Boolean).join(' ') : '';
  const tip = c.reason ? `${c.reason.code}: ${c.reason.message}` : c.error ? c.error.message : c.offers.join(', ');
  const clickable = !!c.calls?.length;
  const inner = h('span', { class: 'cell-text' }, h('strong', {}, L[c.status]), detail ? h('span', { class: 'cell-detail' }, detail) : null);
  const content = clickable
    ? button(undefined, '', undefined, () => send({ type: 'openCell', api, technology: technology as 'FTTH' }), { class: 'cell', title: `${tip}${tip ? '\n' : ''}${L.openCell}` })
    : h('span', { class: 'cell', title: tip });
  content.append(inner);
  return h('td', { class: `st-${c.status}`, 'data-api': api, 'data-status': c.status }, content);
}

function progressView(L: MatrixLabels): HTMLElement {
  return h('div', { id: 'progress', class: 'progress', role: 'status' }, ...MATRIX_APIS.map(api => {
    const p = progress.get(api);
    const phase = p?.phase ?? 'waiting';
    return h('span', { 'data-testid': 'api-progress', 'data-api': api, 'data-phase': phase },
      h('strong', {}, L[api]), ' ', phase === 'done' ? L.done : phase === 'waiting' ? L.waiting : `${p?.message ?? ''} (${fmt(L.callsCount, p?.calls ?? 0)})`);
  }));
}

function traceView(L: MatrixLabels, r: CompareResult): HTMLElement {
  const body = MATRIX_APIS.map(api => {
    const x = r.resolved[api];
    return h('div', { class: 'trace-api', 'data-api': api },
      h('h3', {}, L[api], ' · ', x.status, x.via ? ` · ${fmt(L.resolvedVia, x.via)}` : ''),
      x.address || x.building ? h('p', { class: 'muted' }, [x.address, x.building].filter(Boolean).join(' · ')) : null,
      x.message ? h('p', { class: 'muted' }, x.message) : null,
      h('ol', {}, ...x.trace.map(t => h('li', {}, h('strong', {}, t.step), t.matched ? `: ${t.matched}` : '', t.how ? h('span', { class: 'muted' }, ` (${t.how})`) : null, t.from ? h('span', { class: 'from' }, ` ← ${L[t.from]}`) : null))),
      x.calls.length ? h('p', {}, L.calls, ' ', ...x.calls.map((c, index) => button(undefined, `${index + 1}. ${c.call.operation}${c.ok ? '' : ' ✗'}`, undefined, () => send({ type: 'openCall', api, index }), { 'data-testid': 'call', 'data-api': api, 'data-index': index, class: 'link' }))) : null);
  });
  return h('details', { id: 'trace', class: 'section' }, h('summary', {}, L.trace), ...body);
}

function render(r: CompareResult | undefined, profile: string, L: MatrixLabels, query?: string): void {
  clear(app);
  app.setAttribute('aria-busy', String(running));
  document.body.dataset.running = String(running);
  const actions = h('div', { id: 'actions', class: 'actions' },
    running ? button('action-cancel', L.cancel, 'debug-stop', () => send({ type: 'cancel' })) : button('action-rerun', L.rerun, 'refresh', () => send({ type: 'rerun' })),
    r && !running ? button('action-copy-markdown', L.copyMarkdown, 'copy', () => send({ type: 'copyMarkdown' })) : null,
    r && !running ? button('action-save', L.saveRequest, 'save', () => send({ type: 'saveRequest' })) : null);
  app.append(h('h1', {}, L.title, h('span', { id: 'matrix-query' }, r?.query ?? query ?? '')), h('p', { class: 'muted', id: 'matrix-profile' }, fmt(L.profile, profile)), actions, h('div', { id: 'notice', role: 'status' }));
  if (running || progress.size) app.append(progressView(L));
  if (!r) return;
  const head = h('tr', {}, h('th', { scope: 'col' }, L.technology), ...MATRIX_APIS.map(a => h('th', { scope: 'col' }, L[a])));
  const rows = r.matrix.map(row => h('tr', { 'data-testid': 'matrix-row', 'data-tech': row.technology },
    h('th', { scope: 'row' }, row.technology), ...MATRIX_APIS.map(a => cellView(L, a, row.technology, row.cells[a]))));
  app.append(h('table', { id: 'matrix', class: 'matrix' }, h('thead', {}, head), h('tbody', {}, ...rows)));
  app.append(h('section', { id: 'disagreements', class: 'section' }, h('h2', {}, L.disagreements),
    r.disagreements.length ? h('ul', {}, ...r.disagreements.map(d => h('li', { 'data-testid': 'disagreement', 'data-tech': d.technology }, d.message))) : h('p', { class: 'muted' }, L.noDisagreement)));
  app.append(traceView(L, r));
  document.body.dataset.rendered = r.query;
}

function notice(level: 'info' | 'error', message: string): void {
  const n = document.getElementById('notice');
  if (!n) return;
  n.className = `notice ${level}`;
  n.textContent = message;
}

let current: MatrixState | undefined;
window.addEventListener('message', ev => {
  const msg = parseMatrixToWebview(ev.data);
  if (!msg) return;
  switch (msg.type) {
    case 'show':
      running = false;
      labels = msg.labels;
      current = { v: 1, result: msg.result, profile: msg.profile, labels: msg.labels };
      vscode.setState(current);
      render(msg.result, msg.profile, msg.labels);
      return;
    case 'running':
      running = true;
      labels = msg.labels;
      progress.clear();
      render(undefined, msg.profile, msg.labels, msg.query);
      return;
    case 'progress':
      progress.set(msg.progress.api, msg.progress);
      if (labels && running) {
        const old = document.getElementById('progress');
        if (old) old.replaceWith(progressView(labels));
      }
      return;
    case 'notice':
      if (running && labels) { running = false; render(current?.result, current?.profile ?? '', labels); }
      notice(msg.level, msg.message);
      return;
  }
});

const saved = vscode.getState();
if (isMatrixState(saved)) { current = saved; labels = saved.labels; render(saved.result, saved.profile, saved.labels); }
send({ type: 'ready' });
