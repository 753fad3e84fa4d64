/**
 * Raw request, response and result JSON (collapsible, pretty-printed as text, filled on first
 * open so a 2,000-offer payload costs nothing until asked for), and a plain table for search
 * results (lists of cities, streets, buildings…) that have no normalized form.
 */
import { fmt, type ResultLabels, type ResultView } from '../src/shared/protocol';
import { h, kv, text } from './dom';

function lazyPre(id: string, title: string, make: () => string, open = false): HTMLDetailsElement {
  const pre = h('pre', { class: 'json', tabindex: 0 });
  const d = h('details', { id, class: 'section raw', open }, h('summary', {}, title), pre);
  const fill = () => { if (d.open && !pre.firstChild) pre.textContent = make(); };
  d.addEventListener('toggle', fill);
  fill();
  return d;
}

const pretty = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2) ?? '');

function headerLines(hdrs: Record<string, string> | undefined): string {
  return Object.entries(hdrs ?? {}).map(([k, v]) => `${k}: ${v}`).join('\n');
}

export function renderRaw(view: ResultView, L: ResultLabels): HTMLElement {
  const r = view.result;
  const ex = r.exchange;
  return h('div', { id: 'raw' },
    ex ? lazyPre('raw-request', fmt(L.requestLine, ex.method, ex.url), () =>
      `${ex.method} ${ex.url}\n${headerLines(ex.requestHeaders)}${ex.requestBody !== undefined ? `\n\n${pretty(ex.requestBody)}` : ''}`) : null,
    ex ? lazyPre('raw-response', fmt(L.responseLine, ex.status ?? '—'), () =>
      `HTTP ${ex.status ?? '—'}\n${headerLines(ex.responseHeaders)}\n\n${r.raw !== undefined ? pretty(r.raw) : r.error?.body !== undefined ? pretty(r.error.body) : L.noBody}`) : null,
    lazyPre('raw-json', L.resultJson, () => pretty(r.raw ?? r.error?.body ?? null)),
  );
}

const MAX_ROWS = 500;

/** A search result with no normalized form: an array of objects (or strings) as a table. */
export function renderSearchTable(view: ResultView, L: ResultLabels): HTMLElement | null {
  const r = view.result;
  const isRec = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!r.ok || r.normalized || r.raw === undefined || r.raw === null) return null;
  if (isRec(r.raw)) {
    // one object (e.g. search/buildingDetails): its fields
    return h('section', { id: 'search-results', class: 'section' }, h('h2', {}, L.result),
      kv(Object.entries(r.raw).map(([k, v]): [string, string] => [k, text(v)]), { id: 'search-object' }));
  }
  if (!Array.isArray(r.raw)) return null;
  const items = r.raw as unknown[];
  const cols = [...new Set(items.slice(0, MAX_ROWS).flatMap(x => (isRec(x) ? Object.keys(x) : [])))];
  const shown = items.slice(0, MAX_ROWS);
  const table = h('table', { id: 'search-table', class: 'grid' },
    h('thead', {}, h('tr', {}, cols.length ? cols.map(c => h('th', { scope: 'col' }, c)) : h('th', { scope: 'col' }, L.value))),
    h('tbody', {}, shown.map(x => h('tr', { 'data-testid': 'search-row' },
      cols.length ? cols.map(c => h('td', {}, isRec(x) ? text(x[c]) : '')) : h('td', {}, text(x))))));
  return h('section', { id: 'search-results', class: 'section' },
    h('h2', {}, items.length === 1 ? L.resultsOne : fmt(L.resultsMany, items.length), items.length > MAX_ROWS ? ` ${fmt(L.firstShown, MAX_ROWS)}` : ''),
    h('div', { class: 'table-wrap' }, table));
}
