import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'jsonc-parser';

/** Issue 13 item 7: the examples' editor help must not depend on where the folder is opened. */
describe('examples: schema help wherever the folder is opened', () => {
  const root = path.resolve(__dirname, '../../..');
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
    .flatMap(e => e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.elig.json') ? [path.join(dir, e.name)] : []);
  it('the extension contributes the schema for every *.elig.json (jsonValidation)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    const v = pkg.contributes.jsonValidation.find(x => x.fileMatch === '*.elig.json');
    assert.ok(v && fs.existsSync(path.join(root, v.url)));
  });
  it('no example carries a relative $schema (it would break once copied, and override the contributed one)', () => {
    const list = files(path.join(root, 'examples'));
    assert.ok(list.length >= 5);
    for (const f of list) {
      const s = (parse(fs.readFileSync(f, 'utf8')) as { $schema?: string }).$schema;
      assert.ok(s === undefined || /^https?:\/\//.test(s), `${path.relative(root, f)}: $schema ${s}`);
    }
  });
});
