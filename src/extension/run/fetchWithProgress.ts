import * as vscode from 'vscode';
import type { ApiCall } from '../../core/result';
import type { CallRunner } from './callRunner';
import { showCallError } from './showError';

/**
 * A search step of a guided flow: runs under a cancellable notification; resolves with the
 * payload, or undefined after showing the error (or when cancelled).
 */
export async function fetchStep(runner: CallRunner, call: ApiCall, title: string): Promise<unknown | undefined> {
  const r = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_p, token) => runner.fetch(call, { token }));
  if (r.ok) return r.raw;
  if (r.error) void showCallError(call, r.error, () => fetchStep(runner, call, title));
  return undefined;
}
