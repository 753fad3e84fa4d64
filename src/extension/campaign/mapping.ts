import * as vscode from 'vscode';
import type { ColumnMap, Field, InputHead } from '../../core/campaign';

type Item = vscode.QuickPickItem & { field?: Field; run?: boolean };

/**
 * The column mapping preview: the detected column of every field with the first rows' values;
 * pick a field to map it to another column (or to none). Resolves with the `--map` entries to
 * apply, or undefined when the user backs out.
 */
export async function editMapping(file: string, head: InputHead, fields: readonly Field[], detect: (map: Record<string, string>) => ColumnMap): Promise<Record<string, string> | undefined> {
  const map: Record<string, string> = {};
  for (;;) {
    const m = detect(map);
    const sample = (col: string | undefined) => (col ? head.sample.slice(0, 3).map(r => r.values[col] ?? '').filter(Boolean).join(' · ') : '');
    const items: Item[] = [
      { label: `$(play) ${vscode.l10n.t('Run with this mapping')}`, run: true, detail: vscode.l10n.t('{0} columns, {1} first rows read', head.columns.length, head.sample.length) },
      { label: vscode.l10n.t('Fields'), kind: vscode.QuickPickItemKind.Separator },
      ...fields.map(f => ({ field: f, label: f, description: m[f] ? `← ${m[f]}` : vscode.l10n.t('(no column)'), detail: sample(m[f]) || undefined })),
    ];
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Run Campaign: columns of {0}', file), placeHolder: vscode.l10n.t('Check the detected columns; pick a field to take it from another column'), ignoreFocusOut: true,
    });
    if (!pick) return undefined;
    if (pick.run) return map;
    const field = pick.field!;
    const cols: vscode.QuickPickItem[] = head.columns.map(c => ({ label: c, description: sample(c) }));
    const col = await vscode.window.showQuickPick(cols, { title: vscode.l10n.t('Column for {0}', field), ignoreFocusOut: true });
    if (!col) continue;
    for (const [c, v] of Object.entries(map)) if (v === field) delete map[c];
    map[col.label] = field;
  }
}
