/**
 * The top of a result: actions, what was asked and of whom, the summary line and the
 * schema-drift banner.
 */
import { fmt, type ResultLabels, type ResultView } from '../src/shared/protocol';
import { button, h, icon, kv, text } from './dom';
import { formatRate, summarize } from './offers-model';

export const API_LABELS: Record<string, string> = {
  'ovh': 'OVHcloud Connectivity',
  'orange-b2b': 'Orange Business Eligibility (b2b)',
  'orange-rip': 'Orange RIP Operator Eligibility',
};

export interface Actions {
  rerun(): void;
  copyCurl(): void;
  saveRequestFile(): void;
  copyJson(): void;
  exportSupport(): void;
}

export function renderActions(a: Actions, hasExchange: boolean, L: ResultLabels): HTMLElement {
  return h('div', { id: 'actions', class: 'actions', role: 'toolbar', 'aria-label': L.resultActions },
    button('action-rerun', L.rerun, 'refresh', a.rerun),
    button('action-copy-curl', L.copyCurl, 'terminal', a.copyCurl, { disabled: !hasExchange }),
    button('action-save', L.saveRequest, 'save', a.saveRequestFile),
    button('action-copy-json', L.copyJson, 'json', a.copyJson),
    button('action-export-support', L.exportSupport, 'export', a.exportSupport),
  );
}

function params(p: Record<string, unknown>): HTMLElement {
  const entries = Object.entries(p);
  if (!entries.length) return h('span', { class: 'muted' }, '(none)');
  return h('ul', { id: 'header-params', class: 'params' }, entries.map(([k, v]) => h('li', {}, h('span', { class: 'k' }, k), ' = ', h('code', {}, text(v)))));
}

/** `BETA` next to the operation when the provider's schema says so (the note comes from the labels). */
function stageBadge(view: ResultView, L?: ResultLabels): HTMLElement | string {
  if (!view.stage) return '';
  const note = L ? fmt(L.stageNote, view.stage) : view.stage;
  return h('span', { id: 'operation-stage', class: 'badge stage', title: note, 'aria-label': note }, view.stage);
}

export function renderHeader(view: ResultView, L?: ResultLabels): HTMLElement {
  const r = view.result;
  const when = new Date(r.startedAt);
  const status = r.ok
    ? h('span', { id: 'result-status', class: 'badge ok', 'data-ok': 'true' }, icon('pass'), ' OK')
    : h('span', { id: 'result-status', class: 'badge ko', 'data-ok': 'false' }, icon('error'), ' Failed');
  return h('header', { id: 'header' },
    h('h1', { id: 'result-title' }, view.title, ' ', status),
    kv([
      ['API', h('span', { id: 'header-api', 'data-api': r.call.api }, API_LABELS[r.call.api] ?? r.call.api)],
      ['Profile', h('span', { id: 'header-profile' }, view.profile)],
      ['Operation', h('span', {}, h('code', { id: 'header-operation' }, r.call.operation), ' ', stageBadge(view, L))],
      ['Parameters', params(r.call.params ?? {})],
      ['Source', view.source ? h('span', { id: 'header-source' }, view.source) : undefined],
      ['Started', h('time', { id: 'header-started', datetime: r.startedAt }, isNaN(when.getTime()) ? r.startedAt : when.toLocaleString())],
      ['Duration', h('span', { id: 'header-duration' }, `${r.durationMs} ms`)],
      ['Polls', h('span', { id: 'polls' }, String(r.polls))],
      ['Attempts', h('span', { id: 'attempts' }, String(r.attempts))],
      ['HTTP status', r.exchange?.status !== undefined ? h('span', { id: 'http-status' }, String(r.exchange.status)) : undefined],
      ['Eligibility reference', r.normalized?.eligibilityReference ? h('code', { id: 'eligibility-reference' }, r.normalized.eligibilityReference) : undefined],
      ['X-OVH-QUERYID', r.exchange?.queryId ? h('code', { id: 'query-id' }, r.exchange.queryId) : undefined],
      ['Qualification', r.normalized?.qualificationResult ? h('code', { id: 'qualification-result' }, r.normalized.qualificationResult) : undefined],
    ], { id: 'header-facts' }));
}

export function renderDrift(view: ResultView): HTMLElement | null {
  const d = view.result.schemaDrift ?? [];
  if (!d.length) return null;
  return h('div', { id: 'schema-drift', class: 'banner warning', role: 'note' },
    h('strong', {}, icon('warning'), ` The response did not match the documented schema (${d.length} difference${d.length > 1 ? 's' : ''}); the result may be incomplete.`),
    h('ul', {}, d.map(w => h('li', { 'data-testid': 'drift-item' }, w))));
}

export function renderSummary(view: ResultView): HTMLElement | null {
  const n = view.result.normalized;
  if (!n) return null;
  if (!n.offers.length) {
    // a notComputed result or a b2b matrix says more than "0 offers"
    if (n.buildingsToChoose?.length || n.api === 'orange-b2b') return null;
    return h('div', { id: 'summary', class: 'summary', role: 'status' }, h('span', { id: 'summary-eligible', 'data-eligible': 0, 'data-total': 0 }, 'No offers returned.'));
  }
  const s = summarize(n.offers, view.best);
  return h('div', { id: 'summary', class: 'summary', role: 'status' },
    h('span', { id: 'summary-eligible', 'data-eligible': s.eligible, 'data-total': s.total }, h('strong', {}, String(s.eligible)), ` eligible / ${s.total} offers`),
    s.best ? h('span', { id: 'summary-best', 'data-technology': s.best.technology }, 'Best: ', h('strong', {}, s.best.technology),
      s.best.downloadMbps !== undefined ? ` ${formatRate(s.best.downloadMbps)} down` : '',
      ` (${s.best.code}${s.best.uploadMbps !== undefined ? `, ${formatRate(s.best.uploadMbps)} up` : ''})`) : null,
    h('span', { class: 'by-tech' }, s.byTechnology.map(t => h('span', { class: `chip tech-${t.technology.toLowerCase()}`, 'data-testid': 'tech-chip' }, `${t.technology} ${t.eligible}/${t.total}`))));
}
