/**
 * The error view (kind, status, code, message, description, hint, next-step button) and the
 * assertion results of a request file.
 */
import type { AssertionResult, EligErrorInfo, NextStep } from '../src/shared/protocol';
import { button, h, icon, kv } from './dom';

export const NEXT_STEP_LABELS: Record<NextStep, { label: string; icon: string }> = {
  'set-credentials': { label: 'Set credentials', icon: 'key' },
  'retry': { label: 'Retry', icon: 'refresh' },
  'open-log': { label: 'Open log', icon: 'output' },
  'fix-input': { label: 'Edit the request', icon: 'edit' },
  'check-endpoint': { label: 'Check the profile endpoint', icon: 'settings-gear' },
  'wait': { label: 'Retry', icon: 'watch' },
};

/** The query id of an OVH error note, when `description` is only that note. */
function queryIdOf(d: string | undefined): string | undefined {
  return d ? /^X-OVH-QUERYID (\S+)( \(give it to OVH support\))?$/.exec(d)?.[1] : undefined;
}

export function renderError(e: EligErrorInfo | undefined, nextStep: (s: NextStep) => void): HTMLElement | null {
  if (!e) return null;
  const step = e.nextStep;
  return h('section', { id: 'error', class: 'banner error', role: 'alert', 'data-kind': e.kind },
    h('h2', {}, icon('error'), ' ', h('span', { id: 'error-message' }, e.message)),
    kv([
      ['Kind', h('span', { id: 'error-kind' }, e.kind)],
      ['HTTP status', e.status !== undefined ? h('span', { id: 'error-status' }, String(e.status)) : undefined],
      ['Code', e.code !== undefined ? h('code', { id: 'error-code' }, e.code) : undefined],
      // OVH errors carry their query id in `description` ("X-OVH-QUERYID … (give it to OVH support)"): label it as what it is
      ...(queryIdOf(e.description) ? [['X-OVH-QUERYID', h('code', { id: 'error-query-id' }, queryIdOf(e.description)!)] as [string, HTMLElement]]
        : [['Description', e.description ? h('span', { id: 'error-description' }, e.description) : undefined] as [string, HTMLElement | undefined]]),
    ]),
    e.hint ? h('p', { id: 'error-hint' }, e.hint) : null,
    h('div', { class: 'actions' },
      step ? button('next-step', NEXT_STEP_LABELS[step]?.label ?? step, NEXT_STEP_LABELS[step]?.icon, () => nextStep(step), { 'data-step': step, class: 'primary' }) : null,
      step !== 'open-log' ? button('open-log', 'Open log', 'output', () => nextStep('open-log'), { class: 'secondary' }) : null));
}

export function renderAssertions(list: AssertionResult[] | undefined): HTMLElement | null {
  if (!list?.length) return null;
  const failed = list.filter(a => !a.passed).length;
  return h('section', { id: 'assertions', class: 'section', 'data-failed': failed, 'aria-labelledby': 'assertions-title' },
    h('h2', { id: 'assertions-title' }, failed ? `Assertions: ${failed} of ${list.length} failed` : `Assertions: all ${list.length} passed`),
    h('ul', { class: 'assertions' }, list.map(a => h('li', { 'data-testid': 'assertion', 'data-passed': String(a.passed), class: a.passed ? 'pass' : 'fail' },
      a.passed ? icon('pass', 'passed') : icon('error', 'failed'), ' ', a.description,
      !a.passed && (a.expected !== undefined || a.actual !== undefined)
        ? h('div', { class: 'muted' }, `expected ${a.expected ?? '—'}, got ${a.actual ?? '—'}`) : null))));
}
