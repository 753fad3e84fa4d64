/**
 * The offers table: filter box, "eligible only", sortable headers (buttons, aria-sort), and
 * pages of PAGE_SIZE rows so that 2,000 offers paint at once and scroll smoothly.
 * Only the body and the pager are rebuilt on a change; the controls keep focus.
 */
import { DEFAULT_UI, fmt, type Offer, type ResultLabelKey, type ResultLabels, type SortKey, type SortState, type UiState } from '../src/shared/protocol';
import { button, clear, h, icon } from './dom';
import { buildOfferRows, formatRate, pageOf, type OfferRow } from './offers-model';

/** The columns; their headers come from the labels table. */
const COLUMNS: { key: SortKey; labelKey: ResultLabelKey; numeric?: boolean }[] = [
  { key: 'eligible', labelKey: 'colEligible' },
  { key: 'technology', labelKey: 'colTechnology' },
  { key: 'code', labelKey: 'code' },
  { key: 'name', labelKey: 'colName' },
  { key: 'download', labelKey: 'colDown', numeric: true },
  { key: 'upload', labelKey: 'colUp', numeric: true },
  { key: 'reasons', labelKey: 'reasons' },
  { key: 'activation', labelKey: 'colActivation' },
];

/**
 * A header click: a new column sorts in its natural direction (numbers and "eligible" descending),
 * the second click reverses it, the third restores the default order (eligible first, fastest first).
 */
export function nextSort(cur: SortState, key: SortKey, descFirst: boolean): SortState {
  const first = descFirst ? 'desc' : 'asc';
  if (cur.key !== key) return { key, dir: first };
  if (cur.dir === first) return { key, dir: first === 'asc' ? 'desc' : 'asc' };
  return { ...DEFAULT_UI.sort };
}

function row(r: OfferRow, L: ResultLabels): HTMLTableRowElement {
  const o = r.offer;
  const reasons = o.reasons.length
    ? h('ul', { class: 'reasons' }, o.reasons.map(x => h('li', {}, h('code', {}, x.code), x.message ? ` ${x.message}` : '')))
    : '';
  const provider = typeof o.details?.provider === 'string' ? o.details.provider : undefined;
  return h('tr', { 'data-testid': 'offer-row', 'data-code': o.code, 'data-eligible': String(o.eligible), class: o.eligible ? 'eligible' : 'not-eligible' },
    h('td', { class: 'c-eligible' }, o.eligible ? icon('pass-filled', L.eligible) : icon('circle-slash', L.notEligible)),
    h('td', {}, h('span', { class: `tech tech-${o.technology.toLowerCase()}` }, o.technology)),
    h('td', { class: 'c-code' }, h('code', {}, o.code)),
    h('td', {}, o.name, provider ? h('div', { class: 'muted' }, provider) : null),
    h('td', { class: 'num' }, formatRate(o.downloadMbps)),
    h('td', { class: 'num' }, formatRate(o.uploadMbps)),
    h('td', {}, reasons),
    h('td', { class: 'c-activation' }, r.activationTypes.map(a => h('span', { class: 'act' }, a))),
  );
}

export function renderOffersTable(offers: readonly Offer[], ui: UiState, onUi: (ui: UiState) => void, L: ResultLabels): HTMLElement {
  let state = ui;
  const tbody = h('tbody');
  const count = h('span', { id: 'offers-count', role: 'status' });
  const pager = h('nav', { id: 'offers-pager', 'aria-label': L.offersPages });
  const headers = new Map<SortKey, HTMLTableCellElement>();

  const filter = h('input', { id: 'offers-filter', type: 'search', placeholder: L.filterPlaceholder, 'aria-label': L.filterLabel, value: state.filter });
  filter.addEventListener('input', () => set({ filter: filter.value, page: 0 }));
  const only = h('input', { id: 'offers-eligible-only', type: 'checkbox', checked: state.eligibleOnly });
  only.addEventListener('change', () => set({ eligibleOnly: only.checked, page: 0 }));

  function set(p: Partial<UiState>) {
    state = { ...state, ...p };
    onUi(state);
    refresh();
  }

  function refresh() {
    const rows = buildOfferRows(offers, state.sort, { text: state.filter, eligibleOnly: state.eligibleOnly, words: { eligible: L.eligible, notEligible: L.notEligible } });
    const pg = pageOf(rows, state.page);
    if (pg.page !== state.page) state = { ...state, page: pg.page };
    clear(tbody);
    const frag = document.createDocumentFragment();
    for (const r of pg.items) frag.appendChild(row(r, L));
    if (!pg.items.length) frag.appendChild(h('tr', { class: 'empty' }, h('td', { colspan: COLUMNS.length }, offers.length ? L.noMatch : L.noOffers)));
    tbody.appendChild(frag);
    count.textContent = rows.length === offers.length ? fmt(L.offersCount, offers.length) : fmt(L.offersCountFiltered, rows.length, offers.length);
    for (const [key, th] of headers) {
      const on = key === state.sort.key;
      th.setAttribute('aria-sort', on ? (state.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none');
      const mark = th.querySelector('.sort-dir');
      if (mark) mark.textContent = on ? (state.sort.dir === 'asc' ? '▲' : '▼') : '';
    }
    clear(pager);
    if (pg.pages > 1) {
      pager.append(
        button('offers-prev', L.previous, 'chevron-left', () => set({ page: state.page - 1 }), { disabled: pg.page === 0 }),
        h('span', { id: 'offers-page' }, fmt(L.pageRange, pg.from, pg.to, pg.total, pg.page + 1, pg.pages)),
        button('offers-next', L.next, 'chevron-right', () => set({ page: state.page + 1 }), { disabled: pg.page >= pg.pages - 1 }),
      );
    }
  }

  const headRow = h('tr');
  for (const c of COLUMNS) {
    const b = button(undefined, L[c.labelKey], undefined, () => set({ sort: nextSort(state.sort, c.key, c.key === 'eligible' || !!c.numeric), page: 0 }),
      { class: 'sort', 'data-sort': c.key, title: fmt(L.sortBy, L[c.labelKey]) });
    b.append(h('span', { class: 'sort-dir', 'aria-hidden': 'true' }));
    const th = h('th', { scope: 'col', class: c.numeric ? 'num' : undefined }, b);
    headers.set(c.key, th);
    headRow.append(th);
  }
  refresh();

  return h('div', { id: 'offers' },
    h('div', { class: 'toolbar' },
      filter,
      h('label', { class: 'check' }, only, L.eligibleOnly),
      count),
    h('div', { class: 'table-wrap' },
      h('table', { id: 'offers-table', class: 'grid fixed' },
        h('colgroup', {}, COLUMNS.map(c => h('col', { class: `col-${c.key}` }))),
        h('thead', {}, headRow), tbody)),
    pager);
}
