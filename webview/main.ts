/**
 * The results webview (browser app, bundled by esbuild.mjs into dist/webview/main.js).
 * Talks to the host only through src/shared/protocol.ts: posts `ready`, renders each `show`.
 * Every API string is rendered as text (webview/dom.ts); no string is ever parsed as markup.
 *
 * Stable hooks for end-to-end tests (ids are unique; data-testid marks repeated items):
 *   body[data-rendered=<view id>]  set after each render (body[data-render-ms] = render time)
 *   body[data-busy=true|false]     a re-run is in progress           #busy, #notice (role=status)
 *   #actions: #action-rerun #action-copy-curl #action-save #action-copy-json #action-compare
 *   #header: #result-title #result-status[data-ok][data-badge=ok|expected-error|assertions-failed|needs-choice|error] #header-api[data-api] #header-profile
 *            #header-operation #header-params #header-duration #header-started #polls #attempts
 *            #http-status #eligibility-reference #query-id #qualification-result #header-source
 *   #schema-drift [data-testid=drift-item]
 *   #error[data-kind] #error-kind #error-status #error-code #error-message #error-description
 *            #error-hint #next-step[data-step] #open-log
 *   #assertions[data-failed] [data-testid=assertion][data-passed=true|false]
 *   #buildings #building-picker [data-testid=building-choice][data-code] (buttons)
 *   #summary #summary-eligible[data-eligible][data-total] #summary-best [data-testid=tech-chip]
 *   #offers #offers-filter #offers-eligible-only #offers-count #offers-table
 *            th button.sort[data-sort=<key>] (th has aria-sort)
 *            [data-testid=offer-row][data-code][data-eligible]  (PAGE_SIZE rows per page)
 *            #offers-pager #offers-prev #offers-next #offers-page
 *   #b2b #support-matrix [data-testid=matrix-row][data-poi] td[data-col=FTTE…][data-status]
 *   #rip-items [data-testid=rip-item][data-eligible]
 *   #endpoint #endpoint-reference #endpoint-address #endpoint-copper #copper-sections
 *            [data-testid=copper-section] #endpoint-fiber #endpoint-portability
 *   #search-results #search-table [data-testid=search-row] #search-object   (search operations)
 *   #raw #raw-request #raw-response #raw-json  (<details>, filled when opened)
 */
import {
  DEFAULT_UI, VIEW_VERSION, isWebviewState, parseHostToWebview, postToHost,
  type HostToWebview, type ResultLabels, type ResultView, type UiState, type WebviewState, type WebviewToHost,
} from '../src/shared/protocol';
import { clear, h, icon } from './dom';
import { renderEndpoint } from './endpoint';
import { renderAssertions, renderError } from './error';
import { renderActions, renderDrift, renderHeader, renderSummary } from './header';
import { renderOffersTable } from './offers-table';
import { renderBuildingPicker, renderRipItems, renderSupportMatrix } from './orange';
import { renderRaw, renderSearchTable } from './raw';

interface VsCodeApi { postMessage(m: unknown): void; getState(): unknown; setState(s: unknown): void }
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

/** Outside VS Code (a bare page in a test), messages go out as `elig-to-host` DOM events. */
const api: VsCodeApi = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : {
  postMessage: m => window.dispatchEvent(new CustomEvent('elig-to-host', { detail: m })),
  getState: () => undefined,
  setState: () => undefined,
};

const send = (m: WebviewToHost) => postToHost(api, m);

let current: { view: ResultView; ui: UiState; labels: ResultLabels } | undefined;
let busy = false;
let persistTimer: ReturnType<typeof setTimeout> | undefined;

const app = document.getElementById('app') ?? document.body.appendChild(h('main', { id: 'app' }));
clear(app);
const notice = h('div', { id: 'notice', role: 'status', 'aria-live': 'polite' });
const busyEl = h('div', { id: 'busy', hidden: true }, icon('loading codicon-modifier-spin'), ' ', h('span', { id: 'busy-text' }));
const content = h('div', { id: 'content' });
app.append(busyEl, notice, content);

function saveState(): void {
  if (!current) return;
  const st: WebviewState = { v: VIEW_VERSION, view: current.view, ui: current.ui, labels: current.labels };
  api.setState(st);
}

/** UI changes (sort, filter, page) are saved a moment later, once typing pauses. */
function onUi(ui: UiState): void {
  if (!current) return;
  current.ui = ui;
  if (persistTimer) clearTimeout(persistTimer);
  persistTimer = setTimeout(() => { saveState(); send({ type: 'persistState', ui }); }, 250);
}

function render(): void {
  if (!current) return;
  const t0 = performance.now();
  const { view, ui, labels: L } = current;
  const r = view.result;
  const offers = r.normalized?.offers ?? [];
  clear(content);
  const parts = [
    renderActions({
      rerun: () => send({ type: 'rerun' }),
      copyCurl: () => send({ type: 'copyCurl' }),
      saveRequestFile: () => send({ type: 'saveRequestFile' }),
      copyJson: () => send({ type: 'copyJson' }),
      compareWith: () => send({ type: 'compareWith' }),
      exportSupport: () => send({ type: 'exportSupport' }),
    }, !!r.exchange, L),
    renderHeader(view, L),
    renderDrift(view, L),
    renderError(r.error, step => send({ type: 'nextStep', step }), L),
    renderAssertions(view.assertions, L),
    renderBuildingPicker(view, code => send({ type: 'pickBuilding', code }), busy, L),
    renderSummary(view, L),
    offers.length ? h('section', { class: 'section', 'aria-label': L.offers }, renderOffersTable(offers, ui, onUi, L)) : null,
    renderSupportMatrix(view, L),
    renderRipItems(view, L),
    renderEndpoint(r.normalized?.endpoint, L),
    renderSearchTable(view, L),
    renderRaw(view, L),
  ];
  for (const p of parts) if (p) content.appendChild(p);
  app.removeAttribute('aria-busy');
  document.title = view.title;
  setBusy(busy);
  document.body.dataset.renderMs = String(Math.round(performance.now() - t0));
  document.body.dataset.rendered = view.id;
}

function setBusy(b: boolean, message?: string): void {
  busy = b;
  document.body.dataset.busy = String(b);
  busyEl.hidden = !b;
  const busyText = document.getElementById('busy-text') as HTMLElement;
  if (message) busyText.textContent = message;
  else if (!busyText.textContent && current) busyText.textContent = current.labels.running;
  for (const el of document.querySelectorAll<HTMLButtonElement>('#action-rerun, #building-picker button, #next-step')) el.disabled = b;
}

function show(view: ResultView, ui: UiState | undefined, labels: ResultLabels): void {
  const keep = current && current.view.id === view.id ? current.ui : undefined;
  current = { view, ui: keep ?? ui ?? DEFAULT_UI, labels };
  notice.textContent = '';
  render();
  // save after the first paint (setState serializes the whole view); a timer, not
  // requestAnimationFrame, so a hidden panel saves too
  setTimeout(saveState, 20);
}

function onMessage(msg: HostToWebview): void {
  switch (msg.type) {
    case 'show': return show(msg.view, msg.ui, msg.labels);
    case 'busy': return setBusy(msg.busy, msg.message);
    case 'notice':
      notice.textContent = msg.message;
      notice.className = msg.level;
      return;
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  const msg = parseHostToWebview(e.data);
  if (msg) onMessage(msg);
});

// restore at once from the saved state (a reload, or the panel coming back from hidden; a state
// saved before labels existed waits for the host) …
const saved = api.getState();
if (isWebviewState(saved) && saved.labels) show(saved.view, saved.ui, saved.labels);
// … then ask the host for the current view
send({ type: 'ready' });
