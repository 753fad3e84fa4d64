/**
 * Compare Providers Here…: from the palette (an input accepting the four forms), from tree nodes
 * (address, street number, building, line), and from a results panel. Runs the core compare with
 * the active profile, progress per API, cancellable, ambiguity → a quick pick; shows the matrix.
 */
import * as vscode from 'vscode';
import { compare, describePlace, parsePlace, type ChoiceRequest, type CompareResult, type Place } from '../../core/compare';
import { compareEntry } from '../../core/compare/entry';
import { API_LABEL } from '../../core/compare/cells';
import { EligError } from '../../core/errors';
import type { ExecResult } from '../../core/result';
import { profileApis } from '../../core/profiles';
import { openRequestFile } from '../requestFiles/saveRequest';
import { SANDBOX_POLL } from '../run/callRunner';
import type { Services } from '../services';
import type { TreeNode } from '../tree/node';
import { assertMayRun } from '../trust';
import { MatrixPanels, type MatrixPanel } from './matrixPanel';
import { placeOfNode } from './placeOf';

export function registerCompareCommands(s: Services): vscode.Disposable[] {
  const panels = new MatrixPanels(s.context.extensionUri, {
    rerun: p => { void runInto(s, p, parsePlace(p.query)); },
    openResult: async (result: ExecResult, title: string) => { await s.runner.record(s.profiles.active(), title, result, undefined, { source: 'compare' }); },
    saveRequest: async (result: CompareResult) => {
      const text = `${JSON.stringify({ requests: [compareEntry(result)] }, null, 2)}\n`;
      await openRequestFile(`compare ${result.query}`, text);
    },
  });
  const start = async (place: Place | undefined): Promise<CompareResult | undefined> => {
    if (!place) return undefined;
    const panel = panels.create(describePlace(place), s.profiles.active().name);
    return runInto(s, panel, place);
  };
  return [
    panels,
    vscode.commands.registerCommand('eligibility.compare', async (arg?: unknown) => start(typeof arg === 'string' ? safeParse(arg) : await askPlace())),
    vscode.commands.registerCommand('eligibility.node.compare', async (node?: TreeNode) => {
      const place = node ? placeOfNode(node) : await askPlace();
      if (node && !place) { void vscode.window.showWarningMessage(vscode.l10n.t('This item has no address, building or line to compare.')); return undefined; }
      return start(place);
    }),
    // internal (no palette entry): a compare run elsewhere (a request file's compare entry) shown in a matrix panel
    vscode.commands.registerCommand('eligibility.showCompareResult', (result: CompareResult, profile?: string) => {
      const panel = panels.create(result.query, profile ?? s.profiles.active().name);
      panel.show(result);
      return panel;
    }),
    vscode.commands.registerCommand('eligibility.compareFromResult', async () => {
      const r = s.runner.lastResult?.result;
      const e = r?.normalized?.endpoint;
      const text = e?.building?.reference ?? e?.line?.number ?? (e?.referenceType === 'lineNumber' ? e.reference : undefined) ?? e?.address?.text;
      return start(text ? safeParse(text) ?? await askPlace(text) : await askPlace());
    }),
  ];
}

function safeParse(text: string): Place | undefined {
  try { return parsePlace(text); } catch (e) {
    void vscode.window.showErrorMessage((e as Error).message);
    return undefined;
  }
}

async function askPlace(value?: string): Promise<Place | undefined> {
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Compare providers'),
    prompt: vscode.l10n.t('An address, a building code (IMB/…), a 10-digit line number or "lat,lon" coordinates'),
    placeHolder: '2 RUE DU VERGER, 91400 ORSAY', // l10n-ignore: an example address
    value,
    ignoreFocusOut: true,
    validateInput: v => { try { parsePlace(v); return undefined; } catch (e) { return (e as Error).message; } },
  });
  return text === undefined ? undefined : safeParse(text);
}

async function choose(q: ChoiceRequest): Promise<string | undefined> {
  const items = q.candidates.map(c => ({ label: c.label, description: c.label === c.code ? undefined : c.code, code: c.code }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('{0}: {1}', API_LABEL[q.api], q.question), placeHolder: vscode.l10n.t('Several candidates: choose one, or Escape to show them in the matrix'), ignoreFocusOut: true });
  return picked?.code;
}

/** Runs one compare into a panel: progress per API in the panel and a cancellable notification. */
async function runInto(s: Services, panel: MatrixPanel, place: Place): Promise<CompareResult | undefined> {
  const profile = s.profiles.active();
  const ctl = new AbortController();
  panel.running = ctl;
  panel.setRunning(profile.name);
  panel.reveal();
  try {
    assertMayRun(profile, 'command');
    // only the APIs the profile covers are asked (the others: `not-asked`, nothing sent to them)
    const apis = profileApis(profile);
    const target = await s.targets.forApis(apis, profile);
    s.logger.info(`compare ${describePlace(place)} (${profile.name})`);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Comparing providers for {0}', describePlace(place)), cancellable: true },
      async (progress, token) => {
        const sub = token.onCancellationRequested(() => ctl.abort());
        try {
          return await compare(place, {
            ctx: { http: s.http, target, state: s.runner.state, poll: profile.kind === 'sandbox' ? SANDBOX_POLL : undefined },
            apis, signal: ctl.signal, pick: choose,
            onProgress: p => { panel.progress(p); progress.report({ message: `${API_LABEL[p.api]}: ${p.phase === 'done' ? vscode.l10n.t('done') : p.message}` }); },
          });
        } finally { sub.dispose(); }
      });
    panel.show(result);
    return result;
  } catch (e) {
    const cancelled = e instanceof EligError && e.kind === 'cancelled';
    if (panel.result) panel.show(panel.result);
    panel.notice(cancelled ? 'info' : 'error', cancelled ? vscode.l10n.t('Compare cancelled: no provider is asked any more.') : (e as Error).message);
    if (!cancelled) void vscode.window.showErrorMessage(vscode.l10n.t('Compare failed: {0}', (e as Error).message));
    return undefined;
  } finally {
    panel.running = undefined;
  }
}
