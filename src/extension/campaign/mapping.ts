import * as vscode from 'vscode';
import type { ColumnMap, Field, InputHead } from '../../core/campaign';

type Item = vscode.QuickPickItem & { field?: Field; run?: boolean };

/** What each field means, as the preview shows it next to the field's name (the names are the CLI's `--map` fields). */
function fieldMeaning(f: Field): string {
  switch (f) {
    case 'id': return vscode.l10n.t('row identifier (numbered from 1 when none)');
    case 'address': return vscode.l10n.t('full address');
    case 'zip': return vscode.l10n.t('zip code');
    case 'city': return vscode.l10n.t('city');
    case 'street': return vscode.l10n.t('street name');
    case 'number': return vscode.l10n.t('street number');
    case 'building': return vscode.l10n.t('building code (IMB/…)');
    case 'line': return vscode.l10n.t('line number (ND)');
    case 'otp': return vscode.l10n.t('optical socket (OTP)');
    case 'lat': return vscode.l10n.t('latitude');
    case 'lon': return vscode.l10n.t('longitude');
  }
}

export interface MappingDeps {
  detect(map: Record<string, string>): ColumnMap;
  /** whether this mapping cannot say where a row is (compare mode only: a template takes its variables by column name) */
  lacksPlace(m: ColumnMap): boolean;
}

/**
 * The column mapping preview: the detected column of every field with the first rows' values,
 * the columns that pass through to the report, and a warning while no column says where a row
 * is. Pick a field to take it from another column. Resolves with the `--map` entries to apply,
 * or undefined when the user backs out.
 */
export async function editMapping(file: string, head: InputHead, fields: readonly Field[], deps: MappingDeps): Promise<Record<string, string> | undefined> {
  const map: Record<string, string> = {};
  const sample = (col: string | undefined) => (col ? head.sample.slice(0, 3).map(r => r.values[col] ?? '').filter(Boolean).join(' · ') : '');
  for (;;) {
    const m = deps.detect(map);
    const used = new Set(Object.values(m));
    const passing = head.columns.filter(c => !used.has(c));
    const problem = deps.lacksPlace(m);
    const items: Item[] = [
      {
        label: `$(play) ${vscode.l10n.t('Run with this mapping')}`, run: true,
        description: problem ? `$(warning) ${vscode.l10n.t('no column says where a row is')}` : vscode.l10n.t('{0} columns, {1} first rows read', head.columns.length, head.sample.length),
        detail: passing.length ? vscode.l10n.t('Passed through to the report: {0}', passing.join(', ')) : undefined,
      },
      { label: vscode.l10n.t('Fields'), kind: vscode.QuickPickItemKind.Separator },
      ...fields.map(f => ({
        field: f, label: m[f] ? `$(check) ${f}` : `$(circle-slash) ${f}`,
        description: m[f] ? `← ${m[f]} — ${fieldMeaning(f)}` : `${vscode.l10n.t('(no column)')} — ${fieldMeaning(f)}`,
        detail: sample(m[f]) || undefined,
      })),
    ];
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Run Campaign: columns of {0}', file), matchOnDescription: true, ignoreFocusOut: true,
      placeHolder: vscode.l10n.t('Check the detected columns; pick a field to take it from another column'),
    });
    if (!pick) return undefined;
    if (pick.run) {
      if (!problem) return map;
      // the run would be refused by the plan: say why here, and stay in the preview
      void vscode.window.showWarningMessage(vscode.l10n.t('{0}: no column says where a row is. Take address, zip with city or street, building, line, otp, or lat with lon from one of the columns ({1}).', file, head.columns.join(', ')));
      continue;
    }
    const field = pick.field!;
    const cols: vscode.QuickPickItem[] = head.columns.map(c => ({
      label: c, description: m[field] === c ? vscode.l10n.t('(current)') : [...used].includes(c) ? vscode.l10n.t('(used by {0})', Object.entries(m).find(([, v]) => v === c)?.[0] ?? '') : undefined,
      detail: sample(c) || undefined,
    }));
    // a field taken from a column (detected by its header or mapped) can be set to no column: that column passes through
    const none: vscode.QuickPickItem & { none?: true } = { label: `$(circle-slash) ${vscode.l10n.t('(no column)')}`, none: true, description: vscode.l10n.t('{0} passes through to the report', m[field] ?? '') };
    const col = await vscode.window.showQuickPick<vscode.QuickPickItem & { none?: true }>(m[field] ? [none, ...cols] : cols, { title: vscode.l10n.t('Column for {0} ({1})', field, fieldMeaning(field)), ignoreFocusOut: true });
    if (!col) continue;
    for (const [c, v] of Object.entries(map)) if (v === field) delete map[c];
    if (col.none) { map[m[field]!] = '-'; continue; }
    map[col.label] = field;
  }
}
