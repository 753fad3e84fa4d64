import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(__dirname, '../../..');
const WEBVIEW = path.join(ROOT, 'webview');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|js|mjs)$/.test(e.name) ? [p] : [];
  });
}

/** Ways to turn a string into markup or code, and inline styles the CSP would block. */
const FORBIDDEN = [/\binnerHTML\b/, /\bouterHTML\b/, /\binsertAdjacentHTML\b/, /\bdocument\.write/, /\bcreateContextualFragment\b/,
  /\bDOMParser\b/, /\beval\s*\(/, /\bnew\s+Function\b/, /setAttribute\(\s*['"](style|on\w+)['"]/, /\bsrcdoc\b/];

describe('webview safety', () => {
  const sources = files(WEBVIEW);

  it('has sources to check', () => assert.ok(sources.some(f => f.endsWith('main.ts'))));

  it('never parses strings as HTML (no innerHTML / outerHTML / insertAdjacentHTML …)', () => {
    for (const f of sources) {
      const text = fs.readFileSync(f, 'utf8');
      for (const re of FORBIDDEN) assert.doesNotMatch(text, re, `${path.relative(ROOT, f)} uses ${re}`);
    }
  });

  it('imports only the shared protocol and its own modules', () => {
    for (const f of sources) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1];
        // a panel in a subfolder (webview/matrix/) may also use the shared DOM helpers one level up
        const sub = path.dirname(f) !== WEBVIEW && /^\.\.\/[a-z-]+$/.test(spec);
        const ok = spec.startsWith('./') || sub || /^(\.\.\/)+src\/shared\/(protocol|matrixProtocol)$/.test(spec);
        assert.ok(ok, `${path.relative(ROOT, f)} imports ${spec}`);
      }
    }
  });

  it('bundles for the browser without zod or node modules, and the bundle has no HTML sinks either', async function () {
    this.timeout(30000);
    const out = await esbuild.build({ entryPoints: [path.join(WEBVIEW, 'main.ts')], bundle: true, write: false, platform: 'browser',
      format: 'iife', target: 'es2022', minify: true, logLevel: 'silent', metafile: true });
    const js = out.outputFiles[0].text;
    const inputs = Object.keys(out.metafile.inputs);
    assert.ok(!inputs.some(i => /node_modules\/zod|src\/core\//.test(i) && !i.endsWith('.d.ts')), `unexpected inputs: ${inputs.join(', ')}`);
    assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML/);
    assert.ok(js.length < 100_000, `bundle is ${js.length} bytes`);
  });
});
