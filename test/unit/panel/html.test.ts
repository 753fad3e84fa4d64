import { strict as assert } from 'node:assert';
import { csp, makeNonce, renderHtml } from '../../../src/extension/panel/html';

const P = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/style.css',
  codiconUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/codicon.css',
};

function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(m, 'a CSP meta tag');
  return m[1].replace(/&amp;/g, '&');
}

describe('panel html', () => {
  it('has a strict CSP with a nonce that differs per call', () => {
    const a = renderHtml(P), b = renderHtml(P);
    const na = /'nonce-([^']+)'/.exec(cspOf(a))?.[1], nb = /'nonce-([^']+)'/.exec(cspOf(b))?.[1];
    assert.ok(na && nb && na !== nb);
    assert.ok(Buffer.from(na, 'base64').length >= 16, '128-bit nonce');
    assert.equal(cspOf(a), `default-src 'none'; img-src ${P.cspSource} data:; style-src ${P.cspSource}; font-src ${P.cspSource}; script-src 'nonce-${na}'`);
    assert.doesNotMatch(cspOf(a), /unsafe-inline|unsafe-eval|\*/);
  });

  it('makeNonce gives distinct base64 values', () => {
    const s = new Set(Array.from({ length: 50 }, makeNonce));
    assert.equal(s.size, 50);
    for (const n of s) assert.match(n, /^[A-Za-z0-9+/]{22}==$/);
  });

  it('every script carries the nonce and a src; there is no inline script or style', () => {
    const html = renderHtml({ ...P, nonce: 'abc123' });
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs, /nonce="abc123"/);
      assert.match(attrs, /src="/);
      assert.equal(body.trim(), '', 'no inline code');
    }
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=/i);
    assert.match(cspOf(html), /script-src 'nonce-abc123'$/);
  });

  it('loads resources only from the URIs it was given', () => {
    const html = renderHtml(P);
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map(m => m[1]);
    assert.deepEqual(urls.sort(), [P.codiconUri, P.scriptUri, P.styleUri].sort());
  });

  it('escapes what it puts in attributes', () => {
    const html = renderHtml({ ...P, scriptUri: 'x"><script>alert(1)</script>' });
    assert.equal([...html.matchAll(/<script\b/g)].length, 1);
    assert.match(csp('a', 'b'), /^default-src 'none';/);
  });
});
