import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  englishLabels, hasWords, packageKeys, packageTexts, placeholders, scanSources,
} from '../../../src/build/l10n-scan';
import { RESULT_LABEL_KEYS } from '../../../src/shared/protocol';

/**
 * Every user-facing string of the extension has a French entry, and none is left bare
 * (see /work/briefs/L10N.md). Failures name the file and line to fix.
 */
const root = path.resolve(__dirname, '../../..');
const json = (f: string) => JSON.parse(readFileSync(path.join(root, f), 'utf8')) as Record<string, unknown>;
const pkgText = readFileSync(path.join(root, 'package.json'), 'utf8');
const pkg = JSON.parse(pkgText) as Record<string, unknown>;
const nlsEn = json('package.nls.json') as Record<string, string>;
const nlsFr = json('package.nls.fr.json') as Record<string, string>;
const bundleFr = json('l10n/bundle.l10n.fr.json') as Record<string, string>;
const scan = scanSources(root, ['src/extension']);
/** the webviews get every text from their labels table: a string literal put in the DOM is bare English */
const webview = scanSources(root, ['webview'], { dom: true });
const usedKeys = new Set(scan.keys.map(k => k.key));
const list = (xs: string[]) => `\n    ${xs.join('\n    ')}`;

describe('localization (French and English UI)', () => {
  it('finds the strings it checks (the scan is not empty)', () => {
    assert.ok(scan.keys.length > 0, 'no l10n.t call found in src/extension');
    assert.ok(packageKeys(pkgText).length > 0, 'no %key% in package.json');
  });

  it('every l10n.t key of src/extension has a French entry with the same placeholders', () => {
    const missing = scan.keys.filter(k => typeof bundleFr[k.key] !== 'string' || !bundleFr[k.key].trim())
      .map(k => `${k.file}:${k.line}  "${k.key}"`);
    assert.deepEqual(missing, [], `add these to l10n/bundle.l10n.fr.json:${list([...new Set(missing)])}`);
    const wrong = [...usedKeys].filter(k => bundleFr[k] && placeholders(k).join() !== placeholders(bundleFr[k]).join())
      .map(k => `"${k}" → "${bundleFr[k]}"`);
    assert.deepEqual(wrong, [], `these translations lose or add a placeholder:${list(wrong)}`);
  });

  it('l10n.t is called with a literal message (a computed key cannot be translated)', () => {
    assert.deepEqual(scan.nonLiteral.map(p => `${p.file}:${p.line}`), []);
  });

  it('no bare English is left where VS Code shows it (messages, picks, inputs, progress, tree, lenses)', () => {
    // strings written before the mechanism, being converted (the list may only shrink)
    const todo = new Set((json('test/unit/l10n/todo.json') as unknown as { bare: string[] }).bare);
    const id = (b: { file: string; text: string }) => `${b.file} ${b.text}`;
    const bare = scan.bare.filter(b => !todo.has(id(b))).map(b => `${b.file}:${b.line}  [${b.where}]  ${JSON.stringify(b.text)}`);
    assert.deepEqual(bare, [], `wrap these in l10n.t('…') (or mark a non-UI string // l10n-ignore):${list(bare)}`);
    const done = [...todo].filter(t => !scan.bare.some(b => id(b) === t));
    assert.deepEqual(done, [], `converted: remove these from test/unit/l10n/todo.json:${list(done)}`);
  });

  it('no bare English in the webviews: DOM text and shown attributes come from the labels table', () => {
    const bare = webview.bare.map(b => `${b.file}:${b.line}  [${b.where}]  ${JSON.stringify(b.text)}`);
    assert.deepEqual(bare, [], `add a key to the panel's labels table (protocol keys, src/extension/<panel>/labels.ts, French in l10n/bundle.l10n.fr.json) and render L.key (or mark an API term // l10n-ignore):${list(bare)}`);
  });

  it('the French bundle has no entry that nothing uses (a renamed string leaves no stale translation)', () => {
    const stale = Object.keys(bundleFr).filter(k => !usedKeys.has(k));
    assert.deepEqual(stale, [], `remove or rename these in l10n/bundle.l10n.fr.json:${list(stale)}`);
  });

  it('every contribution text in package.json is a %key% with English and French', () => {
    const bare = packageTexts(pkg).filter(t => !/^%[\w.-]+%$/.test(t.value) && hasWords(t.value)).map(t => `${t.at}: ${t.value.slice(0, 60)}`);
    assert.deepEqual(bare, [], `use %key% (English in package.nls.json, French in package.nls.fr.json):${list(bare)}`);
    const keys = packageKeys(pkgText);
    const noEn = keys.filter(k => typeof nlsEn[k] !== 'string');
    const noFr = keys.filter(k => typeof nlsFr[k] !== 'string' || !nlsFr[k].trim());
    assert.deepEqual(noEn, [], `missing in package.nls.json:${list(noEn)}`);
    assert.deepEqual(noFr, [], `missing in package.nls.fr.json:${list(noFr)}`);
    const stale = [...Object.keys(nlsEn), ...Object.keys(nlsFr)].filter(k => !keys.includes(k));
    assert.deepEqual([...new Set(stale)], [], `unused keys in package.nls*.json:${list([...new Set(stale)])}`);
    const wrong = keys.filter(k => nlsEn[k] && nlsFr[k] && placeholders(nlsEn[k]).join() !== placeholders(nlsFr[k]).join());
    assert.deepEqual(wrong, [], `placeholders differ between English and French:${list(wrong)}`);
  });

  it('welcome links and command links survive translation (same command: targets in both languages)', () => {
    const cmds = (s: string) => [...s.matchAll(/\(command:([\w.]+)[^)]*\)/g)].map(m => m[1]).sort().join();
    const wrong = Object.keys(nlsEn).filter(k => nlsFr[k] && cmds(nlsEn[k]) !== cmds(nlsFr[k]));
    assert.deepEqual(wrong, [], `a French text lost or changed a command link:${list(wrong)}`);
  });

  it('the results panel labels table has every protocol key, each an l10n.t literal', () => {
    const en = englishLabels(path.join(root, 'src/extension/panel/labels.ts'));
    assert.deepEqual(Object.keys(en).sort(), [...RESULT_LABEL_KEYS].sort());
  });

  it('the checker itself catches a bare string and a missing translation (it can fail)', () => {
    const fixture = scanSources(path.join(root, 'test/unit/l10n'), ['fixtures']);
    assert.deepEqual(fixture.bare.map(b => b.text).sort(), ['Filter {}', 'Nothing found.', 'Pick a profile', 'Zip code'].sort());
    assert.deepEqual(fixture.keys.map(k => k.key), ['Saved {0}.']);
    assert.equal(fixture.nonLiteral.length, 1);
    assert.ok(!hasWords('ftth') && !hasWords('$(key)') && !hasWords('{0} ({1})') && hasWords('Set credentials'));
    assert.ok(!hasWords('X-OVH-QUERYID') && !hasWords('NRA') && hasWords('eligible', { dom: true }) && !hasWords('eligible'));
  });

  it('the webview checker catches DOM text, shown attributes and setAttribute, not tag names, ids or API terms (it can fail)', () => {
    const fixture = scanSources(path.join(root, 'test/unit/l10n'), ['fixtures-dom'], { dom: true });
    assert.deepEqual(fixture.bare.map(b => b.text).sort(),
      ['Close the panel', 'Endpoint', 'Previous', 'Sort by name', 'Street code', 'eligible', '{} offers'].sort());
  });
});
