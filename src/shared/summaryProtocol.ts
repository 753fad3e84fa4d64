/**
 * Messages between the host (src/extension/summary) and the run summary webview
 * (webview/summary). Discriminated unions both ways, validated on receipt, no runtime imports.
 *
 * Host → webview                          Webview → host
 *   show {view, labels}  render a run       ready                    handshake (host answers `show`)
 *                                           openResult {entryId}     show that result in the results panel
 *                                           openRequest {uri,index}  reveal the request in its file
 *                                           rerunFailed              run the failed requests again
 * Rows carry no secret: names, statuses, durations, assertion texts and redacted error messages.
 */
import type { RequestStatus } from './status';

export type { RequestStatus } from './status';
export const SUMMARY_VIEW_TYPE = 'eligibility.runSummary';

export interface SummaryRow {
  file: string;
  uri: string;
  index: number;
  /** 0-based line of the request in its file */
  line: number;
  name: string;
  api: string;
  operation: string;
  status: RequestStatus;
  durationMs: number;
  firstFailure?: string;
  error?: string;
  skipped?: string;
  entryId?: string;
}

export interface SummaryView {
  id: string;
  kind: 'request' | 'file' | 'folder' | 'testExplorer';
  profile: string;
  startedAt: string;
  durationMs: number;
  rows: SummaryRow[];
  problems: { file: string; uri: string; message: string }[];
  cancelled: boolean;
  summary: { total: number; passed: number; failed: number; errors: number; skipped: number };
}

/** Every label of the panel, in one table (the host fills it through vscode.l10n). */
export interface SummaryLabels {
  title: string; profile: string; duration: string; passed: string; failed: string; errors: string; skipped: string;
  failedOnly: string; rerunFailed: string; file: string; request: string; status: string; firstFailure: string;
  noFailures: string; cancelled: string; problems: string; openResult: string;
  statusPassed: string; statusExpected: string; statusFailed: string; statusError: string; statusSkipped: string;
  /** `{0} ms` */
  durationMs: string;
  /** `{0}: {1}` (French puts a space before the colon) */
  pair: string;
}

export type HostToSummary = { type: 'show'; view: SummaryView; labels: SummaryLabels };
export type SummaryToHost =
  | { type: 'ready' }
  | { type: 'openResult'; entryId: string }
  | { type: 'openRequest'; uri: string; index: number }
  | { type: 'rerunFailed' };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max = 4096): x is string => typeof x === 'string' && x.length <= max;

export function parseSummaryToHost(x: unknown): SummaryToHost | undefined {
  if (!isObj(x) || !isStr(x.type)) return undefined;
  const t = x.type as SummaryToHost['type'];
  switch (t) {
    case 'ready': case 'rerunFailed': return { type: t };
    case 'openResult': return isStr(x.entryId, 100) && x.entryId ? { type: t, entryId: x.entryId } : undefined;
    case 'openRequest':
      return isStr(x.uri) && Number.isInteger(x.index) && (x.index as number) >= 0 ? { type: t, uri: x.uri, index: x.index as number } : undefined;
    default: { const never: never = t; void never; return undefined; }
  }
}

export function parseHostToSummary(x: unknown): HostToSummary | undefined {
  if (!isObj(x) || x.type !== 'show' || !isObj(x.view) || !isObj(x.labels)) return undefined;
  const v = x.view;
  if (!isStr(v.id) || !Array.isArray(v.rows) || !Array.isArray(v.problems) || !isObj(v.summary)) return undefined;
  return { type: 'show', view: v as unknown as SummaryView, labels: x.labels as unknown as SummaryLabels };
}

export interface PostTarget { postMessage(message: unknown): unknown }
export const postToSummary = (t: PostTarget, m: HostToSummary): unknown => t.postMessage(m);
export const postFromSummary = (t: PostTarget, m: SummaryToHost): unknown => t.postMessage(m);
