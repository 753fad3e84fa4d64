/**
 * The results webview's HTML: a fixed shell with a strict CSP and a fresh crypto nonce.
 * No data goes into the HTML (it travels by postMessage only). Pure: takes the webview's
 * cspSource and the asWebviewUri'd resource URIs as parameters, so it is unit-testable.
 */
import { randomBytes } from 'node:crypto';

export interface HtmlParams {
  /** `webview.cspSource` */
  cspSource: string;
  /** `webview.asWebviewUri(dist/webview/main.js)` as a string */
  scriptUri: string;
  /** `…/dist/webview/style.css` */
  styleUri: string;
  /** `…/dist/webview/codicon.css` */
  codiconUri: string;
  /** defaults to a fresh `makeNonce()` */
  nonce?: string;
  /** the display language (`vscode.env.language`); default `en` */
  lang?: string;
  /** the text shown until the script has rendered (localized by the caller); none by default */
  loading?: string;
}

/** 128 bits from the OS CSPRNG, base64. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function csp(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function renderHtml(p: HtmlParams): string {
  const nonce = p.nonce ?? makeNonce();
  return `<!DOCTYPE html>
<html lang="${attr(p.lang ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp(p.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(p.codiconUri)}">
<link rel="stylesheet" href="${attr(p.styleUri)}">
</head>
<body>
<main id="app" aria-busy="true">${p.loading ? `<p id="loading">${attr(p.loading)}</p>` : ''}</main>
<script nonce="${attr(nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>`;
}
