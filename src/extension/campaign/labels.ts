import * as vscode from 'vscode';
import type { HtmlLabels } from '../../core/campaign';

/** The HTML report's labels in the display language (one table, as for every panel). */
export const reportLabels = (): HtmlLabels => ({
  title: vscode.l10n.t('Eligibility campaign'),
  rows: vscode.l10n.t('rows'), ok: vscode.l10n.t('answered'), errors: vscode.l10n.t('with an API error'), bad: vscode.l10n.t('unreadable'), failed: vscode.l10n.t('expect failed'),
  shareTitle: vscode.l10n.t('Share of rows eligible, per technology and provider'),
  areaTitle: vscode.l10n.t('By zip code / city (rows with at least one eligible offer)'),
  errorsTitle: vscode.l10n.t('Errors by code'), noErrors: vscode.l10n.t('No errors.'),
  tableTitle: vscode.l10n.t('Rows'), filter: vscode.l10n.t('Filter rows…'), allRows: vscode.l10n.t('All rows'),
  onlyErrors: vscode.l10n.t('Rows with an error'), onlyBad: vscode.l10n.t('Unreadable rows'), onlyNone: vscode.l10n.t('Rows eligible nowhere'),
  capped: vscode.l10n.t('The table shows the first {0} rows; the CSV and JSON-lines reports have all of them.'),
  line: vscode.l10n.t('line'), place: vscode.l10n.t('place'),
  best: vscode.l10n.t('{0} best'), speed: vscode.l10n.t('Mb/s'), reasonOrError: vscode.l10n.t('reason / error'), passed: vscode.l10n.t('passed'),
  generated: vscode.l10n.t('Generated {0} by Eligibility Explorer. Mapping: {1}'),
  shown: vscode.l10n.t('{0} rows shown'),
});
