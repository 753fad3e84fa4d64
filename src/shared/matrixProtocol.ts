/**
 * Typed messages between the matrix panel's host (src/extension/compare) and its webview
 * (webview/matrix). Both sides validate what they receive; unknown messages are ignored.
 * The webview holds no text of its own: every label comes in `labels` (localized on the host).
 */
import type { CompareResult, CompareApi } from '../core/compare/schema';
import { isLabels, type Labels } from './protocol';

export type { CompareResult, CompareApi, Cell, CellStatus, MatrixRow, Resolution, TraceStep, Candidate, Disagreement } from '../core/compare/schema';
export { fmt } from './protocol';

export const MATRIX_VIEW_TYPE = 'eligibility.matrix';
export const MATRIX_APIS: readonly CompareApi[] = ['ovh', 'orange-b2b', 'orange-rip'];
export const MATRIX_TECHS = ['ADSL', 'VDSL', 'SDSL', 'FTTH', 'FTTE', 'FTTO'] as const;

export const MATRIX_LABEL_KEYS = [
  'title', 'technology', 'ovh', 'orange-b2b', 'orange-rip',
  'eligible', 'not-eligible', 'not-offered', 'needs-choice', 'error', 'not-asked',
  'copyMarkdown', 'saveRequest', 'rerun', 'cancel', 'disagreements', 'noDisagreement', 'trace', 'calls',
  'openCell', 'running', 'waiting', 'done', 'candidates', 'profile', 'resolvedVia', 'callsCount',
] as const;
export type MatrixLabels = Labels<typeof MATRIX_LABEL_KEYS[number]>;

export interface MatrixProgress { api: CompareApi; phase: 'start' | 'call' | 'done'; message: string; calls: number }

export type MatrixToWebview =
  | { type: 'show'; result: CompareResult; profile: string; labels: MatrixLabels }
  | { type: 'running'; query: string; profile: string; labels: MatrixLabels }
  | { type: 'progress'; progress: MatrixProgress }
  | { type: 'notice'; level: 'info' | 'error'; message: string };

export type MatrixToHost =
  | { type: 'ready' }
  | { type: 'openCell'; api: CompareApi; technology: typeof MATRIX_TECHS[number] }
  | { type: 'openCall'; api: CompareApi; index: number }
  | { type: 'copyMarkdown' }
  | { type: 'saveRequest' }
  | { type: 'rerun' }
  | { type: 'cancel' };

/** What the webview saves with setState: a restored panel shows its last matrix before the host answers. */
export interface MatrixState { v: 1; result: CompareResult; profile: string; labels: MatrixLabels }

export interface PostTarget { postMessage(message: unknown): unknown }
export function postToMatrix(target: PostTarget, msg: MatrixToWebview): unknown { return target.postMessage(msg); }
export function postToMatrixHost(target: PostTarget, msg: MatrixToHost): unknown { return target.postMessage(msg); }

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isApi = (x: unknown): x is CompareApi => typeof x === 'string' && (MATRIX_APIS as readonly string[]).includes(x);

export function isCompareResultLike(x: unknown): x is CompareResult {
  return isObj(x) && typeof x.query === 'string' && Array.isArray(x.matrix) && Array.isArray(x.disagreements) && isObj(x.resolved)
    && MATRIX_APIS.every(a => isObj((x.resolved as Obj)[a]));
}

export function parseMatrixToHost(x: unknown): MatrixToHost | undefined {
  if (!isObj(x)) return undefined;
  switch (x.type) {
    case 'ready': case 'copyMarkdown': case 'saveRequest': case 'rerun': case 'cancel': return { type: x.type };
    case 'openCell':
      return isApi(x.api) && (MATRIX_TECHS as readonly unknown[]).includes(x.technology) ? { type: 'openCell', api: x.api, technology: x.technology as typeof MATRIX_TECHS[number] } : undefined;
    case 'openCall':
      return isApi(x.api) && Number.isInteger(x.index) && (x.index as number) >= 0 ? { type: 'openCall', api: x.api, index: x.index as number } : undefined;
    default: return undefined;
  }
}

export function parseMatrixToWebview(x: unknown): MatrixToWebview | undefined {
  if (!isObj(x)) return undefined;
  switch (x.type) {
    case 'show':
      return isCompareResultLike(x.result) && typeof x.profile === 'string' && isLabels(x.labels, MATRIX_LABEL_KEYS) ? { type: 'show', result: x.result, profile: x.profile, labels: x.labels } : undefined;
    case 'running':
      return typeof x.query === 'string' && typeof x.profile === 'string' && isLabels(x.labels, MATRIX_LABEL_KEYS) ? { type: 'running', query: x.query, profile: x.profile, labels: x.labels } : undefined;
    case 'progress': {
      const p = x.progress as Obj | undefined;
      return isObj(p) && isApi(p.api) && typeof p.message === 'string' && typeof p.calls === 'number' && (p.phase === 'start' || p.phase === 'call' || p.phase === 'done')
        ? { type: 'progress', progress: { api: p.api, phase: p.phase, message: p.message, calls: p.calls } } : undefined;
    }
    case 'notice':
      return (x.level === 'info' || x.level === 'error') && typeof x.message === 'string' ? { type: 'notice', level: x.level, message: x.message } : undefined;
    default: return undefined;
  }
}

export function isMatrixState(x: unknown): x is MatrixState {
  return isObj(x) && x.v === 1 && isCompareResultLike(x.result) && typeof x.profile === 'string' && isLabels(x.labels, MATRIX_LABEL_KEYS);
}
