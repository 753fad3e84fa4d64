import * as vscode from 'vscode';
import { renderHtml } from './html';

/**
 * Sets up a webview of one of our own bundles (dist/webview/<script> + <style>): scripts on,
 * command URIs off, resources from dist/webview only, and the one HTML shell of our panels (strict
 * CSP, fresh crypto nonce, the display language). No data goes into the HTML: it travels by
 * postMessage. Used by the results, summary, diff and matrix panels.
 */
export function setupBundleWebview(webview: vscode.Webview, extensionUri: vscode.Uri, bundle: string,
  files: { script?: string; style?: string } = {}): void {
  const root = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
  webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [root] };
  const uri = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(root, f)).toString();
  webview.html = renderHtml({
    cspSource: webview.cspSource, scriptUri: uri(files.script ?? `${bundle}.js`), styleUri: uri(files.style ?? `${bundle}.css`),
    codiconUri: uri('codicon.css'), lang: vscode.env.language, loading: vscode.l10n.t('Loading…'),
  });
}
