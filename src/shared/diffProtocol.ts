/**
 * Messages between the host (src/extension/summary/diffPanel.ts) and the result diff webview
 * (webview/summary/diff.ts). Validated on receipt, no runtime imports.
 *
 * Host → webview                       Webview → host
 *   show {view, labels}  render a diff   ready                          handshake (host answers `show`)
 *                                        openResult {side}              show the older / newer result
 */
import type { ResultDiff } from '../core/diff';
import type { ApiCall } from '../core/result';

export type { OfferRef, ResultDiff } from '../core/diff';
export const DIFF_VIEW_TYPE = 'eligibility.resultDiff';

export interface DiffSide { entryId: string; title: string; profile: string; startedAt: string; source?: string }

export interface DiffView {
  id: string;
  call: ApiCall;
  before: DiffSide;
  after: DiffSide;
  diff: ResultDiff;
}

/** Every label of the panel, in one table (the host fills it through vscode.l10n). */
export interface DiffLabels {
  title: string; older: string; newer: string; identical: string; differentCalls: string; outcome: string;
  ok: string; error: string; gained: string; lost: string; flips: string; becameEligible: string; becameIneligible: string;
  rates: string; reasons: string; reasonAdded: string; reasonRemoved: string; fields: string; unchanged: string; none: string;
  open: string; download: string; upload: string;
  /** `{0}: {1}` (French puts a space before the colon) */
  pair: string;
}

export type HostToDiff = { type: 'show'; view: DiffView; labels: DiffLabels };
export type DiffToHost = { type: 'ready' } | { type: 'openResult'; side: 'before' | 'after' };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

export function parseDiffToHost(x: unknown): DiffToHost | undefined {
  if (!isObj(x)) return undefined;
  if (x.type === 'ready') return { type: 'ready' };
  if (x.type === 'openResult' && (x.side === 'before' || x.side === 'after')) return { type: 'openResult', side: x.side };
  return undefined;
}

export function parseHostToDiff(x: unknown): HostToDiff | undefined {
  if (!isObj(x) || x.type !== 'show' || !isObj(x.view) || !isObj(x.labels)) return undefined;
  const v = x.view;
  if (typeof v.id !== 'string' || !isObj(v.before) || !isObj(v.after) || !isObj(v.diff) || !isObj((v.diff as Obj).offers)) return undefined;
  return { type: 'show', view: v as unknown as DiffView, labels: x.labels as unknown as DiffLabels };
}

export interface PostTarget { postMessage(message: unknown): unknown }
export const postToDiff = (t: PostTarget, m: HostToDiff): unknown => t.postMessage(m);
export const postFromDiff = (t: PostTarget, m: DiffToHost): unknown => t.postMessage(m);
