/**
 * The results panel's labels, in VS Code's display language. The webview has no text of its
 * own: every `show` carries this table (see src/shared/protocol.ts and /work/briefs/L10N.md).
 * One line per key; the English is the l10n key, its French is in l10n/bundle.l10n.fr.json.
 */
import { l10n } from 'vscode';
import type { ResultLabels } from '../../shared/protocol';

export function resultLabels(): ResultLabels {
  return {
    rerun: l10n.t('Re-run'),
    copyCurl: l10n.t('Copy as cURL'),
    saveRequest: l10n.t('Save as .elig.json'),
    copyJson: l10n.t('Copy result JSON'),
    resultActions: l10n.t('Result actions'),
    running: l10n.t('Running…'),
    stageNote: l10n.t('OVHcloud\'s API schema gives this operation the status {0}: it may change or answer differently.'),
    exportSupport: l10n.t('Export for Support…'),
  };
}
