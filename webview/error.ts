/**
 * The error view (kind, status, code, message, description, hint, next-step button) and the
 * assertion results of a request file.
 */
import { fmt, type AssertionResult, type EligErrorInfo, type NextStep, type ResultLabelKey, type ResultLabels } from '../src/shared/protocol';
import { button, h, icon, kv } from './dom';

/** The next-step button of each error: its label (a key of the labels table) and icon. */
export const NEXT_STEP_LABELS: Record<NextStep, { labelKey: ResultLabelKey; icon: string }> = {
  'set-credentials': { labelKey: 'stepSetCredentials', icon: 'key' },
  'retry': { labelKey: 'stepRetry', icon: 'refresh' },
  'open-log': { labelKey: 'openLog', icon: 'output' },
  'fix-input': { labelKey: 'stepFixInput', icon: 'edit' },
  'check-endpoint': { labelKey: 'stepCheckEndpoint', icon: 'settings-gear' },
  'wait': { labelKey: 'stepRetry', icon: 'watch' },
};

/** The query id of an OVH error note, when `description` is only that note. */
function queryIdOf(d: string | undefined): string | undefined {
  return d ? /^X-OVH-QUERYID (\S+)( \(give it to OVH support\))?$/.exec(d)?.[1] : undefined;
}

export function renderError(e: EligErrorInfo | undefined, nextStep: (s: NextStep) => void, L: ResultLabels): HTMLElement | null {
  if (!e) return null;
  const step = e.nextStep;
  return h('section', { id: 'error', class: 'banner error', role: 'alert', 'data-kind': e.kind },
    h('h2', {}, icon('error'), ' ', h('span', { id: 'error-message' }, e.message)),
    kv([
      [L.kind, h('span', { id: 'error-kind' }, e.kind)],
      [L.httpStatus, e.status !== undefined ? h('span', { id: 'error-status' }, String(e.status)) : undefined],
      [L.code, e.code !== undefined ? h('code', { id: 'error-code' }, e.code) : undefined],
      // OVH errors carry their query id in `description` ("X-OVH-QUERYID … (give it to OVH support)"): label it as what it is
      ...(queryIdOf(e.description) ? [['X-OVH-QUERYID', h('code', { id: 'error-query-id' }, queryIdOf(e.description)!)] as [string, HTMLElement]]
        : [[L.description, e.description ? h('span', { id: 'error-description' }, e.description) : undefined] as [string, HTMLElement | undefined]]),
    ]),
    e.hint ? h('p', { id: 'error-hint' }, e.hint) : null,
    h('div', { class: 'actions' },
      step ? button('next-step', NEXT_STEP_LABELS[step] ? L[NEXT_STEP_LABELS[step].labelKey] : step, NEXT_STEP_LABELS[step]?.icon, () => nextStep(step), { 'data-step': step, class: 'primary' }) : null,
      step !== 'open-log' ? button('open-log', L.openLog, 'output', () => nextStep('open-log'), { class: 'secondary' }) : null));
}

export function renderAssertions(list: AssertionResult[] | undefined, L: ResultLabels): HTMLElement | null {
  if (!list?.length) return null;
  const failed = list.filter(a => !a.passed).length;
  return h('section', { id: 'assertions', class: 'section', 'data-failed': failed, 'aria-labelledby': 'assertions-title' },
    h('h2', { id: 'assertions-title' }, failed ? fmt(L.assertionsFailed, failed, list.length) : fmt(L.assertionsPassed, list.length)),
    h('ul', { class: 'assertions' }, list.map(a => h('li', { 'data-testid': 'assertion', 'data-passed': String(a.passed), class: a.passed ? 'pass' : 'fail' },
      a.passed ? icon('pass', L.passed) : icon('error', L.failed), ' ', a.description,
      !a.passed && (a.expected !== undefined || a.actual !== undefined)
        ? h('div', { class: 'muted' }, fmt(L.expectedGot, a.expected ?? '—', a.actual ?? '—')) : null))));
}
