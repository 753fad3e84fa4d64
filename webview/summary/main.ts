/**
 * The run summary webview (bundled by esbuild.mjs into dist/webview/summary.js). Talks to the host
 * only through src/shared/summaryProtocol.ts. Every string is rendered as text (webview/dom.ts).
 *
 * Stable hooks for end-to-end tests:
 *   body[data-rendered=<run id>]   #summary-totals [data-count=passed|failed|errors|skipped]
 *   #failed-only (checkbox)  #rerun-failed  #summary-table
 *   [data-testid=summary-row][data-status=passed|expected-failure|failed|error|skipped][data-name]
 *     button.open-result (→ the result)  button.open-request (→ the request in its file)
 *   #problems [data-testid=problem]
 */
import './style.css';
import {
  parseHostToSummary, postFromSummary,
  type RequestStatus, type SummaryLabels, type SummaryRow, type SummaryToHost, type SummaryView,
} from '../../src/shared/summaryProtocol';
import { fmt } from '../../src/shared/protocol';
import { append, button, clear, h, icon, localTime } from '../dom';

interface VsCodeApi { postMessage(m: unknown): void; getState(): unknown; setState(s: unknown): void }
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;
const api: VsCodeApi = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : {
  postMessage: m => window.dispatchEvent(new CustomEvent('elig-to-host', { detail: m })), getState: () => undefined, setState: () => undefined,
};
const send = (m: SummaryToHost) => postFromSummary(api, m);

const ICONS: Record<RequestStatus, string> = { passed: 'pass', 'expected-failure': 'pass', failed: 'error', error: 'warning', skipped: 'circle-slash' };
const FAILING = new Set<RequestStatus>(['failed', 'error']);

let current: { view: SummaryView; labels: SummaryLabels } | undefined;
let failedOnly = (api.getState() as { failedOnly?: boolean } | undefined)?.failedOnly === true;
const app = document.getElementById('app') ?? document.body.appendChild(h('main', { id: 'app' }));

function statusLabel(s: RequestStatus, l: SummaryLabels): string {
  return { passed: l.statusPassed, 'expected-failure': l.statusExpected, failed: l.statusFailed, error: l.statusError, skipped: l.statusSkipped }[s];
}

function row(r: SummaryRow, l: SummaryLabels): HTMLTableRowElement {
  const detail = r.status === 'error' ? r.error : r.status === 'skipped' ? r.skipped : r.status === 'failed' ? r.firstFailure : r.status === 'expected-failure' ? r.error : undefined;
  const name = r.entryId
    ? button(undefined, r.name, undefined, () => send({ type: 'openResult', entryId: r.entryId! }), { class: 'link open-result', title: l.openResult })
    : h('span', {}, r.name);
  // three columns, so a half-width panel stays readable: the file and the first failure go under the name
  const where = button(undefined, `${r.file}:${r.index + 1}`, undefined, () => send({ type: 'openRequest', uri: r.uri, index: r.index }), { class: 'link open-request', title: fmt(l.pair, l.file, `${r.file}:${r.index + 1}`) });
  return h('tr', { 'data-testid': 'summary-row', 'data-status': r.status, 'data-name': r.name, class: `status-${r.status}` },
    h('td', { class: 'status' }, h('span', { class: `badge ${FAILING.has(r.status) ? 'ko' : r.status === 'skipped' ? 'skip' : 'ok'}` }, icon(ICONS[r.status]), ' ', statusLabel(r.status, l))),
    h('td', { class: 'name' }, name, h('div', { class: 'muted op' }, h('code', {}, `${r.api} ${r.operation}`), ' · ', where),
      detail ? h('div', { class: `detail ${r.status}` }, r.status === 'failed' ? h('span', { class: 'muted' }, fmt(l.pair, l.firstFailure, '')) : null, detail) : null),
    h('td', { class: 'num' }, fmt(l.durationMs, r.durationMs)));
}

function render(): void {
  if (!current) return;
  const { view, labels: l } = current;
  clear(app);
  const s = view.summary;
  const rows = view.rows.filter(r => !failedOnly || FAILING.has(r.status));
  const toggle = h('input', { type: 'checkbox', id: 'failed-only', checked: failedOnly });
  toggle.addEventListener('change', () => { failedOnly = toggle.checked; api.setState({ failedOnly }); render(); });
  const failing = view.rows.filter(r => FAILING.has(r.status)).length;
  append(app, [
    h('h1', { id: 'summary-title' }, l.title, ' ', h('span', { class: `badge ${s.failed + s.errors ? 'ko' : 'ok'}` }, icon(s.failed + s.errors ? 'error' : 'pass'),
      ` ${s.passed}/${s.total - s.skipped}`)),
    h('div', { id: 'summary-totals', class: 'totals', role: 'status' },
      h('span', { 'data-count': 'passed', 'data-value': s.passed }, h('strong', {}, String(s.passed)), ` ${l.passed}`),
      h('span', { 'data-count': 'failed', 'data-value': s.failed }, h('strong', {}, String(s.failed)), ` ${l.failed}`),
      h('span', { 'data-count': 'errors', 'data-value': s.errors }, h('strong', {}, String(s.errors)), ` ${l.errors}`),
      s.skipped ? h('span', { 'data-count': 'skipped', 'data-value': s.skipped }, h('strong', {}, String(s.skipped)), ` ${l.skipped}`) : null,
      h('span', { class: 'muted' }, `${fmt(l.pair, l.profile, view.profile)} · ${fmt(l.pair, l.duration, fmt(l.durationMs, view.durationMs))} · ${localTime(view.startedAt)}`)),
    view.cancelled ? h('div', { class: 'banner warning', id: 'cancelled' }, icon('warning'), ' ', l.cancelled) : null,
    view.problems.length ? h('section', { id: 'problems', class: 'banner error' }, h('strong', {}, l.problems),
      h('ul', {}, view.problems.map(p => h('li', { 'data-testid': 'problem' }, `${p.file}: ${p.message}`)))) : null,
    h('div', { class: 'actions' },
      h('label', { class: 'check' }, toggle, l.failedOnly),
      button('rerun-failed', l.rerunFailed, 'refresh', () => send({ type: 'rerunFailed' }), { disabled: !failing })),
    rows.length
      ? h('table', { id: 'summary-table' },
        h('thead', {}, h('tr', {}, [l.status, l.request, l.duration].map((t, i) => h('th', { class: i === 2 ? 'num' : undefined }, t)))),
        h('tbody', {}, rows.map(r => row(r, l))))
      : h('p', { id: 'summary-empty', class: 'muted' }, l.noFailures),
  ]);
  app.removeAttribute('aria-busy');
  document.title = l.title;
  document.body.dataset.rendered = view.id;
}

window.addEventListener('message', (e: MessageEvent) => {
  const m = parseHostToSummary(e.data);
  if (m) { current = { view: m.view, labels: m.labels }; render(); }
});
send({ type: 'ready' });
