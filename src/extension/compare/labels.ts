import * as vscode from 'vscode';
import type { MatrixLabels } from '../../shared/matrixProtocol';

/** Every text of the matrix panel, localized here and sent over the protocol. */
export const matrixLabels = (): MatrixLabels => ({
  title: vscode.l10n.t('Eligibility matrix'),
  technology: vscode.l10n.t('Technology'),
  ovh: 'OVHcloud', // l10n-ignore: product name
  'orange-b2b': 'Orange b2b', // l10n-ignore: product name
  'orange-rip': 'Orange RIP', // l10n-ignore: product name
  eligible: vscode.l10n.t('eligible'),
  'not-eligible': vscode.l10n.t('not eligible'),
  'not-offered': vscode.l10n.t('not offered'),
  'needs-choice': vscode.l10n.t('needs a choice'),
  error: vscode.l10n.t('error'),
  'not-asked': vscode.l10n.t('not asked'),
  copyMarkdown: vscode.l10n.t('Copy as Markdown'),
  saveRequest: vscode.l10n.t('Save as .elig.json'),
  rerun: vscode.l10n.t('Run again'),
  cancel: vscode.l10n.t('Cancel'),
  disagreements: vscode.l10n.t('Disagreements'),
  noDisagreement: vscode.l10n.t('The providers that answered agree.'),
  trace: vscode.l10n.t('Resolution trace'),
  calls: vscode.l10n.t('Calls:'),
  openCell: vscode.l10n.t('Click to open the underlying result'),
  running: vscode.l10n.t('Asking the providers…'),
  waiting: vscode.l10n.t('waiting'),
  done: vscode.l10n.t('done'),
  candidates: vscode.l10n.t('{0} candidates'),
  profile: vscode.l10n.t('Profile: {0}'),
  resolvedVia: vscode.l10n.t('via {0}'),
  callsCount: vscode.l10n.t('{0} calls'),
});
