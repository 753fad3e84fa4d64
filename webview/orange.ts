/**
 * Orange views: the b2b support matrix per POI, the RIP items with characteristics, and the
 * `notComputed` building picker (posts pickBuilding; the host re-runs and shows the result).
 */
import type { ResultLabels, ResultView } from '../src/shared/protocol';
import { h, icon, kv, section } from './dom';
import { MATRIX_COLUMNS, buildingChoices, ripItems, statusClass, supportMatrix } from './details-model';

export function renderSupportMatrix(view: ResultView, L: ResultLabels): HTMLElement | null {
  const rows = supportMatrix(view);
  if (!rows.length) return null;
  const table = h('table', { id: 'support-matrix', class: 'grid' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, L.poiBuilding), MATRIX_COLUMNS.map(c => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map(r => h('tr', { 'data-testid': 'matrix-row', 'data-poi': r.poi },
      h('th', { scope: 'row' }, h('code', {}, r.poi), r.building ? h('div', {}, r.building) : null, r.address ? h('div', { class: 'muted' }, r.address) : null),
      MATRIX_COLUMNS.map(c => {
        const cell = r.cells[c];
        if (!cell) return h('td', { class: 'status none', 'data-col': c }, '—');
        const details = [...cell.properties.map(([k, v]) => `${k}: ${v}`), ...cell.comments];
        return h('td', { class: `status ${statusClass(cell.status)}`, 'data-col': c, 'data-status': cell.status },
          h('span', { class: 'status-word' }, cell.status),
          details.length ? h('ul', { class: 'cell-notes' }, details.map(d => h('li', {}, d))) : null);
      })))));
  return section('b2b', L.supportPerPoi, h('div', { class: 'table-wrap' }, table));
}

export function renderRipItems(view: ResultView, L: ResultLabels): HTMLElement | null {
  const items = ripItems(view);
  if (!items.length) return null;
  return section('rip-items', L.ripQualification, h('div', { class: 'cards' }, items.map(i =>
    h('div', { class: `card ${i.eligible ? 'eligible' : 'not-eligible'}`, 'data-testid': 'rip-item', 'data-eligible': String(i.eligible) },
      h('h3', {}, i.eligible ? icon('pass-filled', L.eligible) : icon('circle-slash', L.notEligible), ' ', i.name),
      // l10n-ignore: the result is the API's own word (qualificationItemResult), not translated
      kv([[L.result, i.eligible ? 'eligible' : 'notEligible'], [L.reason, i.reason], ...i.characteristics]),
    ))));
}

export function renderBuildingPicker(view: ResultView, pick: (code: string) => void, busy: boolean, L: ResultLabels): HTMLElement | null {
  const choices = buildingChoices(view);
  if (!choices.length) return null;
  return section('buildings', L.chooseBuilding, [
    h('p', {}, L.chooseBuildingText),
    h('div', { id: 'building-picker', role: 'group', 'aria-label': L.buildings }, choices.map(b => {
      const btn = h('button', { type: 'button', 'data-testid': 'building-choice', 'data-code': b.code, disabled: busy, class: 'building' },
        icon('home'), ' ', b.name ? h('strong', {}, b.name) : null, b.name ? ' ' : null, h('code', {}, b.code),
        b.latitude !== undefined && b.longitude !== undefined ? h('span', { class: 'muted' }, ` (${b.latitude}, ${b.longitude})`) : null);
      btn.addEventListener('click', () => pick(b.code));
      return btn;
    })),
  ]);
}
