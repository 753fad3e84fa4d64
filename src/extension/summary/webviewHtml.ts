import * as vscode from 'vscode';
import { renderHtml } from '../panel/html';

/**
 * Sets up a webview of one of our own bundles (dist/webview/<name>.js + .css): scripts on,
 * command URIs off, resources from dist/webview only, and the results panel's HTML shell (strict
 * CSP, fresh crypto nonce). No data goes into the HTML: it travels by postMessage.
 */
export function setupBundleWebview(webview: vscode.Webview, extensionUri: vscode.Uri, bundle: string): void {
  const root = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
  webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [root] };
  const uri = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(root, f)).toString();
  webview.html = renderHtml({ cspSource: webview.cspSource, scriptUri: uri(`${bundle}.js`), styleUri: uri(`${bundle}.css`), codiconUri: uri('codicon.css') });
}
