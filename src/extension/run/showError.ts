import * as vscode from 'vscode';
import type { EligErrorInfo } from '../../core/errors';
import { redactor } from '../../core/log';
import type { ApiCall } from '../../core/result';
import { showRefusal } from '../profiles/refusal';

/** One line: what failed, the API's status/code and message, the next step (nothing said twice). */
export function formatError(call: ApiCall | undefined, e: EligErrorInfo): string {
  const m = e.message;
  const what = call && !m.includes(call.operation) ? `${call.api} ${call.operation}: ` : '';
  const tag = [e.status && !m.includes(String(e.status)) ? String(e.status) : undefined,
    e.code && e.code !== String(e.status) && !m.includes(e.code) ? `code ${e.code}` : undefined].filter(Boolean).join(' ');
  const desc = e.description && !m.includes(e.description) ? ` (${e.description})` : '';
  return redactor.redact(`${what}${tag ? `[${tag}] ` : ''}${m}${desc}${e.hint ? ` — ${e.hint}` : ''}`);
}

/**
 * Shows an error with its next step as buttons: "Set credentials", "Retry", "Open log".
 * Resolves when the user picked (or dismissed); the retry callback runs the same call again.
 */
export async function showCallError(call: ApiCall | undefined, e: EligErrorInfo, retry?: () => unknown): Promise<void> {
  if (e.kind === 'cancelled') return;
  // refused before sending (the profile does not cover the API): its own message and buttons
  if (e.refusal) { await showRefusal(e.refusal); return; }
  const setCredentials = vscode.l10n.t('Set credentials'), retryLabel = vscode.l10n.t('Retry'), openLog = vscode.l10n.t('Open log');
  const buttons: string[] = [];
  if (e.nextStep === 'set-credentials') buttons.push(setCredentials);
  if (retry && e.nextStep !== 'fix-input') buttons.push(retryLabel);
  buttons.push(openLog);
  const pick = await vscode.window.showErrorMessage(formatError(call, e), ...buttons);
  if (pick === setCredentials) await vscode.commands.executeCommand('eligibility.setCredentials');
  else if (pick === retryLabel) await retry?.();
  else if (pick === openLog) await vscode.commands.executeCommand('eligibility.showLog');
}
