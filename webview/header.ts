/**
 * The top of a result: actions, what was asked and of whom, the summary line and the
 * schema-drift banner.
 */
import { fmt, type ResultLabels, type ResultView } from '../src/shared/protocol';
import { button, h, icon, kv, localTime, text } from './dom';
import { formatRate, summarize } from './offers-model';
import { resultBadge, type ResultBadge } from '../src/shared/status';

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
  compareWith(): void;
  exportSupport(): void;
}

export function renderActions(a: Actions, hasExchange: boolean, L: ResultLabels): HTMLElement {
  return h('div', { id: 'actions', class: 'actions', role: 'toolbar', 'aria-label': L.resultActions },
    button('action-rerun', L.rerun, 'refresh', a.rerun),
    button('action-copy-curl', L.copyCurl, 'terminal', a.copyCurl, { disabled: !hasExchange }),
    button('action-save', L.saveRequest, 'save', a.saveRequestFile),
    button('action-copy-json', L.copyJson, 'json', a.copyJson),
    button('action-compare', L.compareWith, 'diff', a.compareWith),
    button('action-export-support', L.exportSupport, 'export', a.exportSupport),
  );
}

function params(p: Record<string, unknown>, L: ResultLabels): HTMLElement {
  const entries = Object.entries(p);
  if (!entries.length) return h('span', { class: 'muted' }, L.none);
  return h('ul', { id: 'header-params', class: 'params' }, entries.map(([k, v]) => h('li', {}, h('span', { class: 'k' }, k), ' = ', h('code', {}, text(v)))));
}

/** `BETA` next to the operation when the provider's schema says so (the note comes from the labels). */
function stageBadge(view: ResultView, L: ResultLabels): HTMLElement | string {
  if (!view.stage) return '';
  const note = fmt(L.stageNote, view.stage);
  return h('span', { id: 'operation-stage', class: 'badge stage', title: note, 'aria-label': note }, view.stage);
}

export function renderHeader(view: ResultView, L: ResultLabels): HTMLElement {
  const r = view.result;
  const status = renderBadge(view, L);
  return h('header', { id: 'header' },
    h('h1', { id: 'result-title' }, view.title, ' ', status),
    kv([
      [L.factApi, h('span', { id: 'header-api', 'data-api': r.call.api }, API_LABELS[r.call.api] ?? r.call.api)],
      [L.factProfile, h('span', { id: 'header-profile' }, view.profile)],
      [L.factOperation, h('span', {}, h('code', { id: 'header-operation' }, r.call.operation), ' ', stageBadge(view, L))],
      [L.factParameters, params(r.call.params ?? {}, L)],
      [L.factSource, view.source ? h('span', { id: 'header-source' }, view.source) : undefined],
      [L.factStarted, h('time', { id: 'header-started', datetime: r.startedAt }, localTime(r.startedAt))],
      [L.factDuration, h('span', { id: 'header-duration' }, fmt(L.durationMs, r.durationMs))],
      [L.factPolls, h('span', { id: 'polls' }, String(r.polls))],
      [L.factAttempts, h('span', { id: 'attempts' }, String(r.attempts))],
      [L.httpStatus, r.exchange?.status !== undefined ? h('span', { id: 'http-status' }, String(r.exchange.status)) : undefined],
      [L.factReference, r.normalized?.eligibilityReference ? h('code', { id: 'eligibility-reference' }, r.normalized.eligibilityReference) : undefined],
      ['X-OVH-QUERYID', r.exchange?.queryId ? h('code', { id: 'query-id' }, r.exchange.queryId) : undefined],
      [L.factQualification, r.normalized?.qualificationResult ? h('code', { id: 'qualification-result' }, r.normalized.qualificationResult) : undefined],
    ], { id: 'header-facts' }));
}

/** The status badge: OK only when the call succeeded AND every assertion passed (src/shared/status.ts). */
const BADGES: Record<ResultBadge, { label: keyof ResultLabels; icon: string; cls: string }> = {
  'ok': { label: 'badgeOk', icon: 'pass', cls: 'ok' },
  'expected-error': { label: 'badgeExpectedError', icon: 'pass', cls: 'ok' },
  'assertions-failed': { label: 'badgeAssertionsFailed', icon: 'error', cls: 'ko' },
  'needs-choice': { label: 'badgeNeedsChoice', icon: 'question', cls: 'choice' },
  'error': { label: 'badgeError', icon: 'error', cls: 'ko' },
};

export function renderBadge(view: ResultView, L: ResultLabels): HTMLElement {
  const b = resultBadge(view.result, view.assertions);
  const { label, icon: name, cls } = BADGES[b];
  return h('span', { id: 'result-status', class: `badge ${cls}`, 'data-ok': String(b === 'ok'), 'data-badge': b }, icon(name), ` ${L[label]}`);
}

export function renderDrift(view: ResultView, L: ResultLabels): HTMLElement | null {
  const d = view.result.schemaDrift ?? [];
  if (!d.length) return null;
  return h('div', { id: 'schema-drift', class: 'banner warning', role: 'note' },
    h('strong', {}, icon('warning'), ' ', d.length > 1 ? fmt(L.driftMany, d.length) : L.driftOne),
    h('ul', {}, d.map(w => h('li', { 'data-testid': 'drift-item' }, w))));
}

export function renderSummary(view: ResultView, L: ResultLabels): HTMLElement | null {
  const n = view.result.normalized;
  if (!n) return null;
  if (!n.offers.length) {
    // a notComputed result or a b2b matrix says more than "0 offers"
    if (n.buildingsToChoose?.length || n.api === 'orange-b2b') return null;
    return h('div', { id: 'summary', class: 'summary', role: 'status' }, h('span', { id: 'summary-eligible', 'data-eligible': 0, 'data-total': 0 }, L.noOffersReturned));
  }
  const s = summarize(n.offers, view.best);
  return h('div', { id: 'summary', class: 'summary', role: 'status' },
    h('span', { id: 'summary-eligible', 'data-eligible': s.eligible, 'data-total': s.total }, h('strong', {}, String(s.eligible)), ' ', fmt(L.eligibleOfOffers, s.total)),
    s.best ? h('span', { id: 'summary-best', 'data-technology': s.best.technology }, L.best, ' ', h('strong', {}, s.best.technology),
      s.best.downloadMbps !== undefined ? ` ${fmt(L.rateDown, formatRate(s.best.downloadMbps))}` : '',
      ` (${s.best.code}${s.best.uploadMbps !== undefined ? `, ${fmt(L.rateUp, formatRate(s.best.uploadMbps))}` : ''})`) : null,
    h('span', { class: 'by-tech' }, s.byTechnology.map(t => h('span', { class: `chip tech-${t.technology.toLowerCase()}`, 'data-testid': 'tech-chip' }, `${t.technology} ${t.eligible}/${t.total}`))));
}
