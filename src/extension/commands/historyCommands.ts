import * as vscode from 'vscode';
import { callKey } from '../../core/diff/callKey';
import { resultBadge, type ResultBadge } from '../../shared/status';
import type { ResultEntry } from '../run/history';
import type { Services } from '../services';
import type { LazyDiffPanel } from '../summary/lazyPanels';
import type { DiffView } from '../../shared/diffProtocol';

const BADGE_ICON: Record<ResultBadge, string> = { 'ok': '$(pass)', 'expected-error': '$(pass)', 'assertions-failed': '$(error)', 'needs-choice': '$(question)', 'error': '$(warning)' };

type EntryItem = vscode.QuickPickItem & { entry: ResultEntry };

/** What a history row says about a result, in one line. */
export function historyDetail(e: ResultEntry): string | undefined {
  const r = e.result, n = r.normalized;
  if (r.error) return `${r.error.status ? `${r.error.status} ` : ''}${r.error.code ? `[${r.error.code}] ` : ''}${r.error.message}`;
  if (n?.buildingsToChoose?.length && !n.offers.length) return vscode.l10n.t('needs a choice: {0} buildings to pick from', n.buildingsToChoose.length);
  if (n) return vscode.l10n.t('{0} eligible of {1} offers', n.offers.filter(o => o.eligible).length, n.offers.length);
  if (Array.isArray(r.raw)) return vscode.l10n.t('{0} results', r.raw.length);
  return undefined;
}

function itemOf(e: ResultEntry, buttons: vscode.QuickInputButton[] = []): EntryItem {
  const failed = e.assertions?.filter(a => !a.passed).length ?? 0;
  const asserted = e.assertions?.length ? ` · ${failed ? vscode.l10n.t('{0} assertions failed', failed) : vscode.l10n.t('assertions passed')}` : '';
  return {
    label: `${BADGE_ICON[resultBadge(e.result, e.assertions)]} ${e.title}`,
    description: `${e.profileName} · ${new Date(e.result.startedAt).toLocaleString(vscode.env.language)}${e.source ? ` · ${e.source}` : ''}`,
    detail: `${historyDetail(e) ?? ''}${asserted}`,
    entry: e, buttons,
  };
}

/**
 * Show Result History… (filterable picker: type to filter by title, profile, date, source or
 * outcome; per row: Compare with…, Remove), Compare Results…, Clear Result History.
 */
export function registerHistoryCommands(s: Services, diff: LazyDiffPanel): vscode.Disposable[] {
  const compareButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('diff'), tooltip: vscode.l10n.t('Compare with…') };
  const removeButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('trash'), tooltip: vscode.l10n.t('Remove from history') };

  /** The other results of the same call, to compare `first` with. */
  const pickOther = async (first: ResultEntry): Promise<ResultEntry | undefined> => {
    const key = callKey(first.result.call);
    const others = s.history.list().filter(e => e.id !== first.id && callKey(e.result.call) === key);
    if (!others.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other result of this call in the history yet: run it again, then compare.'));
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(others.map(e => itemOf(e)), {
      title: vscode.l10n.t('Compare "{0}" with…', first.title), matchOnDescription: true, matchOnDetail: true,
      placeHolder: vscode.l10n.t('Another result of the same call'),
    });
    return pick?.entry;
  };

  const compare = async (first: ResultEntry, second?: ResultEntry): Promise<DiffView | undefined> => {
    const other = second ?? await pickOther(first);
    return other ? diff.show(first, other) : undefined;
  };

  return [
    vscode.commands.registerCommand('eligibility.showHistory', (filter?: string) => new Promise<ResultEntry | undefined>(resolve => {
      const entries = s.history.list();
      if (!entries.length) { void vscode.window.showInformationMessage(vscode.l10n.t('No results yet.')); resolve(undefined); return; }
      const qp = vscode.window.createQuickPick<EntryItem>();
      qp.title = vscode.l10n.t('Eligibility results ({0} kept)', entries.length);
      qp.placeholder = vscode.l10n.t('Filter by title, profile, date, source or outcome');
      qp.matchOnDescription = true;
      qp.matchOnDetail = true;
      qp.items = entries.map(e => itemOf(e, [compareButton, removeButton]));
      if (typeof filter === 'string') qp.value = filter;
      let done = false;
      const finish = (e?: ResultEntry) => { if (!done) { done = true; resolve(e); } qp.dispose(); };
      qp.onDidAccept(() => { const e = qp.selectedItems[0]?.entry; if (e) s.runner.reveal(e); finish(e); });
      qp.onDidTriggerItemButton(async ({ item, button }) => {
        if (button === removeButton) {
          await s.history.remove(item.entry.id);
          qp.items = qp.items.filter(i => i.entry.id !== item.entry.id);
          return;
        }
        finish(undefined);
        await compare(item.entry);
      });
      qp.onDidHide(() => finish(undefined));
      qp.show();
    })),
    vscode.commands.registerCommand('eligibility.compareResults', async (firstId?: string, secondId?: string) => {
      let first = typeof firstId === 'string' ? s.history.get(firstId) : undefined;
      if (!first) {
        const entries = s.history.list();
        if (!entries.length) { void vscode.window.showInformationMessage(vscode.l10n.t('No results yet.')); return undefined; }
        first = (await vscode.window.showQuickPick(entries.map(e => itemOf(e)), {
          title: vscode.l10n.t('Compare results: pick the first one'), matchOnDescription: true, matchOnDetail: true,
        }))?.entry;
        if (!first) return undefined;
      }
      return compare(first, typeof secondId === 'string' ? s.history.get(secondId) : undefined);
    }),
    vscode.commands.registerCommand('eligibility.clearHistory', async () => { await s.history.clear(); }),
  ];
}
