/**
 * The one message protocol between the extension host (src/extension/panel) and the results
 * webview (webview/). Discriminated unions both ways, validated on receipt, no runtime imports
 * (the webview bundle pulls in only this file; `import type` is erased).
 *
 * Handshake: the webview posts `{type:'ready'}` once its script runs; the host answers with
 * `{type:'show', view, ui?, labels}`. Every later re-run answers with another `show`.
 *
 * Localization (/work/briefs/L10N.md): the webview holds no user-facing text of its own. Every
 * `show` carries the panel's labels table (`ResultLabels`), built on the host with
 * `vscode.l10n.t` (src/extension/panel/labels.ts); the webview renders `labels.x` and fills
 * `{0}` placeholders with `fmt`. The table is saved with the webview state so a restored panel
 * renders in the same language before the host answers.
 *
 * Host → webview                         Webview → host
 *   show   {view, ui?}  render a result    ready                      handshake
 *   busy   {busy, message?}  re-running    rerun                      run the same call again
 *   notice {level, message}  "Copied"      pickBuilding {code}        re-run with a chosen building
 *                                          copyCurl / copyJson        clipboard (secrets redacted)
 *                                          saveRequestFile            save the call as .elig.json
 *                                          compareWith                diff with another result of the same call (history)
 *                                          nextStep {step}            set-credentials / retry / open-log …
 *                                          persistState {ui}          sort, filter, page (host keeps it)
 *
 * The view never carries a secret: exchange headers are redacted by the core and again by the
 * host before posting (src/extension/panel/view.ts), and the webview state saved with
 * `setState` is that same view.
 */
import type { AssertionResult, ExecResult } from '../core/result';
import type { NextStep } from '../core/errors';

// The data types the webview renders, re-exported so that webview/ imports only this file.
export type { AssertionResult, ExecResult, ApiCall } from '../core/result';
export type { EligErrorInfo, NextStep } from '../core/errors';
export type { Exchange } from '../core/apis/operation';
export type { ApiId, BuildingChoice, Endpoint, NormalizedResult, Offer, Reason, Technology } from '../core/model/normalized';

export const VIEW_TYPE = 'eligibility.result';
export const VIEW_VERSION = 1;

/** What a results panel shows: one ExecResult plus who/where it ran (never secrets). */
export interface ResultView {
  v: typeof VIEW_VERSION;
  /** unique per result (a re-run gets a new id) */
  id: string;
  /** panel title, e.g. `test/building IMB/91471/C/NT8X` */
  title: string;
  /** profile the call ran with, e.g. `Sandbox` */
  profile: string;
  /** the call, its timing, normalized result, raw JSON, redacted exchange, error, drift, polls */
  result: ExecResult;
  /** `expect` results when the call came from a request file */
  assertions?: AssertionResult[];
  /** where the call came from, e.g. `examples/ovh.elig.json#fiber building` */
  source?: string;
  /** kind of the profile the call ran with (`sandbox`, `ovh`, `orange`…), for the support export */
  profileKind?: string;
  /** index in `result.normalized.offers` of the best eligible offer (core rule src/core/model/best.ts) */
  best?: number;
  /** the provider's stage of the operation when not production (OVH schema apiStatus `BETA`), shown as a badge */
  stage?: string;
}

export type SortKey = 'eligible' | 'technology' | 'code' | 'name' | 'download' | 'upload' | 'reasons' | 'activation';
export const SORT_KEYS: readonly SortKey[] = ['eligible', 'technology', 'code', 'name', 'download', 'upload', 'reasons', 'activation'];
export type SortDir = 'asc' | 'desc';
export interface SortState { key: SortKey; dir: SortDir }

/** How the user arranged the panel: kept with the view in the webview state. */
export interface UiState {
  sort: SortState;
  filter: string;
  eligibleOnly: boolean;
  /** 0-based page of the offers table */
  page: number;
}
export const DEFAULT_UI: UiState = { sort: { key: 'eligible', dir: 'desc' }, filter: '', eligibleOnly: false, page: 0 };

// ---- labels: every user-facing text of a webview comes from the host, localized there ----

/** A panel's labels: key → text in the display language; `{0}`, `{1}` … are filled by `fmt`. */
export type Labels<K extends string> = Readonly<Record<K, string>>;

/** Fills `{0}`, `{1}` … of a label (what `vscode.l10n.t` does on the host); unknown ones stay. */
export function fmt(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** True when `x` has a string for every key (extra keys are ignored, and dropped by `pickLabels`). */
export function isLabels<K extends string>(x: unknown, keys: readonly K[]): x is Labels<K> {
  return isObj(x) && keys.every(k => Object.prototype.hasOwnProperty.call(x, k) && isStr(x[k]) && (x[k] as string).length <= 2000);
}
function pickLabels<K extends string>(x: Labels<K>, keys: readonly K[]): Labels<K> {
  return Object.fromEntries(keys.map(k => [k, x[k]])) as Labels<K>;
}

/** The results panel's labels. Add a key here, its English in src/extension/panel/labels.ts
 *  (`vscode.l10n.t('…')`), its French in l10n/bundle.l10n.fr.json. */
export const RESULT_LABEL_KEYS = [
  'rerun', 'copyCurl', 'saveRequest', 'copyJson', 'resultActions', 'running', 'exportSupport', 'stageNote',
  'compareWith', 'badgeOk', 'badgeExpectedError', 'badgeAssertionsFailed', 'badgeNeedsChoice', 'badgeError',
  'none', 'factApi', 'factProfile', 'factOperation', 'factParameters', 'factSource', 'factStarted', 'factDuration',
  'factPolls', 'factAttempts', 'httpStatus', 'factReference', 'factQualification', 'durationMs', 'driftOne',
  'driftMany', 'noOffersReturned', 'eligibleOfOffers', 'best', 'rateDown', 'rateUp', 'offers', 'colEligible',
  'colTechnology', 'code', 'colName', 'colDown', 'colUp', 'reasons', 'colActivation', 'eligible', 'notEligible',
  'offersPages', 'filterPlaceholder', 'filterLabel', 'noMatch', 'noOffers', 'offersCount', 'offersCountFiltered',
  'previous', 'next', 'pageRange', 'sortBy', 'eligibleOnly', 'stepSetCredentials', 'stepRetry', 'openLog',
  'stepFixInput', 'stepCheckEndpoint', 'kind', 'description', 'assertionsFailed', 'assertionsPassed', 'passed',
  'failed', 'expectedGot', 'poiBuilding', 'supportPerPoi', 'ripQualification', 'result', 'reason', 'chooseBuilding',
  'chooseBuildingText', 'buildings', 'endpoint', 'address', 'streetCity', 'streetCode', 'coordinates', 'copper',
  'status', 'pairs', 'pairsAvailable', 'unlistedNumber', 'underConstruction', 'lineSections', 'diameter', 'length',
  'fiber', 'building', 'buildingType', 'operator', 'portability', 'underConditions', 'type', 'quarantineEnd',
  'reference', 'line', 'requestLine', 'responseLine', 'noBody', 'resultJson', 'value', 'resultsOne', 'resultsMany',
  'firstShown',
] as const;
export type ResultLabelKey = typeof RESULT_LABEL_KEYS[number];
export type ResultLabels = Labels<ResultLabelKey>;

/** What the webview saves with `vscode.setState` and the serializer gets back after a reload. */
export interface WebviewState { v: typeof VIEW_VERSION; view: ResultView; ui: UiState; labels?: ResultLabels }

export type HostToWebview =
  | { type: 'show'; view: ResultView; ui?: UiState; labels: ResultLabels }
  | { type: 'busy'; busy: boolean; message?: string }
  | { type: 'notice'; level: 'info' | 'error'; message: string };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'rerun' }
  | { type: 'pickBuilding'; code: string }
  | { type: 'copyCurl' }
  | { type: 'copyJson' }
  | { type: 'saveRequestFile' }
  | { type: 'compareWith' }
  | { type: 'exportSupport' }
  | { type: 'nextStep'; step: NextStep }
  | { type: 'persistState'; ui: UiState };

export const NEXT_STEPS: readonly NextStep[] = ['set-credentials', 'retry', 'open-log', 'fix-input', 'check-endpoint', 'wait'];

/** Something with a postMessage: a `vscode.Webview` on the host, the `acquireVsCodeApi()` object in the webview. */
export interface PostTarget { postMessage(message: unknown): unknown }

/** Host side: the only way the host posts to a webview. */
export function postToWebview(target: PostTarget, msg: HostToWebview): unknown {
  return target.postMessage(msg);
}
/** Webview side: the only way the webview posts to the host. */
export function postToHost(target: PostTarget, msg: WebviewToHost): unknown {
  return target.postMessage(msg);
}

// ---- validation (no zod: keeps the webview bundle small; exhaustive switches instead) ----

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';

export function isUiState(x: unknown): x is UiState {
  if (!isObj(x) || !isObj(x.sort)) return false;
  return SORT_KEYS.includes(x.sort.key as SortKey) && (x.sort.dir === 'asc' || x.sort.dir === 'desc')
    && isStr(x.filter) && x.filter.length <= 1000 && typeof x.eligibleOnly === 'boolean'
    && Number.isInteger(x.page) && (x.page as number) >= 0;
}

export function isResultView(x: unknown): x is ResultView {
  if (!isObj(x) || x.v !== VIEW_VERSION || !isStr(x.id) || !isStr(x.title) || !isStr(x.profile)) return false;
  const r = x.result;
  if (!isObj(r) || typeof r.ok !== 'boolean' || !isStr(r.startedAt) || !Array.isArray(r.schemaDrift)) return false;
  const c = r.call;
  return isObj(c) && isStr(c.api) && isStr(c.operation) && isObj(c.params);
}

export function isWebviewState(x: unknown): x is WebviewState {
  return isObj(x) && x.v === VIEW_VERSION && isResultView(x.view) && isUiState(x.ui)
    && (x.labels === undefined || isLabels(x.labels, RESULT_LABEL_KEYS));
}

/** Validates a message from the webview; unknown or malformed messages give `undefined` (ignored). */
export function parseWebviewToHost(x: unknown): WebviewToHost | undefined {
  if (!isObj(x) || !isStr(x.type)) return undefined;
  const t = x.type as WebviewToHost['type'];
  switch (t) {
    case 'ready': case 'rerun': case 'copyCurl': case 'copyJson': case 'saveRequestFile': case 'compareWith': case 'exportSupport':
      return { type: t };
    case 'pickBuilding':
      return isStr(x.code) && x.code.length > 0 && x.code.length <= 200 ? { type: t, code: x.code } : undefined;
    case 'nextStep':
      return NEXT_STEPS.includes(x.step as NextStep) ? { type: t, step: x.step as NextStep } : undefined;
    case 'persistState':
      return isUiState(x.ui) ? { type: t, ui: x.ui } : undefined;
    default: {
      const unknownType: never = t;
      void unknownType;
      return undefined;
    }
  }
}

/** Validates a message from the host; unknown or malformed messages give `undefined` (ignored). */
export function parseHostToWebview(x: unknown): HostToWebview | undefined {
  if (!isObj(x) || !isStr(x.type)) return undefined;
  const t = x.type as HostToWebview['type'];
  switch (t) {
    case 'show':
      if (!isResultView(x.view) || !isLabels(x.labels, RESULT_LABEL_KEYS)) return undefined;
      return { type: t, view: x.view, ui: isUiState(x.ui) ? x.ui : undefined, labels: pickLabels(x.labels, RESULT_LABEL_KEYS) };
    case 'busy':
      return typeof x.busy === 'boolean' ? { type: t, busy: x.busy, message: isStr(x.message) ? x.message : undefined } : undefined;
    case 'notice':
      return (x.level === 'info' || x.level === 'error') && isStr(x.message) ? { type: t, level: x.level, message: x.message } : undefined;
    default: {
      const unknownType: never = t;
      void unknownType;
      return undefined;
    }
  }
}
