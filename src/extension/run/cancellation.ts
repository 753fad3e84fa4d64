import * as vscode from 'vscode';

/** CancellationToken → AbortSignal, at the VS Code/core boundary. Dispose when the call is over. */
export function abortSignalFor(token: vscode.CancellationToken | undefined): { signal: AbortSignal; dispose(): void } {
  const ctl = new AbortController();
  if (!token) return { signal: ctl.signal, dispose: () => undefined };
  if (token.isCancellationRequested) ctl.abort();
  const sub = token.onCancellationRequested(() => ctl.abort());
  return { signal: ctl.signal, dispose: () => sub.dispose() };
}
