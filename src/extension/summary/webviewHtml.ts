import * as vscode from 'vscode';
import { csp, makeNonce } from '../panel/html';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Sets up a webview of one of our own bundles (dist/webview/<name>.js + .css): scripts on,
 * command URIs off, resources from dist/webview only, the results panel's CSP with a fresh nonce.
 * No data goes into the HTML: it travels by postMessage.
 */
export function setupBundleWebview(webview: vscode.Webview, extensionUri: vscode.Uri, bundle: string, title: string): void {
  const root = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
  webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [root] };
  const uri = (f: string) => attr(webview.asWebviewUri(vscode.Uri.joinPath(root, f)).toString());
  const nonce = makeNonce();
  webview.html = `<!DOCTYPE html>
<html lang="${attr(vscode.env.language || 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp(webview.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${uri('codicon.css')}">
<link rel="stylesheet" href="${uri(`${bundle}.css`)}">
<title>${attr(title)}</title>
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${attr(nonce)}" src="${uri(`${bundle}.js`)}"></script>
</body>
</html>`;
}
