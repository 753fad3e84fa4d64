import assert from 'node:assert/strict';
import path from 'node:path';
import { ESLint } from 'eslint';

/** The layering rules of src/build/eslint.config.mjs, proven on code that breaks them. */
describe('lint-enforced layering', function () {
  this.timeout(60000);
  const root = path.resolve(__dirname, '../../..');
  const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'src/build/eslint.config.mjs') });
  const errorsFor = async (file: string, code: string) => {
    const [r] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return r.messages.filter(m => m.severity === 2).map(m => m.ruleId);
  };

  it('refuses `vscode` in src/core', async () => {
    assert.deepEqual(await errorsFor('src/core/anything.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"), ['no-restricted-imports']);
  });
  it('refuses the extension, CLI or sandbox from src/core', async () => {
    assert.deepEqual(await errorsFor('src/core/apis/x.ts', "import { a } from '../../extension/extension';\nexport const x = a;\n"), ['no-restricted-imports']);
    assert.deepEqual(await errorsFor('src/core/x.ts', "import { a } from '../sandbox/index';\nexport const x = a;\n"), ['no-restricted-imports']);
  });
  it('refuses core imports from the webview (protocol only)', async () => {
    assert.deepEqual(await errorsFor('webview/x.ts', "import { a } from '../src/core/errors';\nexport const x = a;\n"), ['no-restricted-imports']);
    assert.deepEqual(await errorsFor('webview/x.ts', "import type { A } from '../src/shared/protocol';\nexport type X = A;\n"), []);
  });
  it('lets the extension import vscode and the core', async () => {
    assert.deepEqual(await errorsFor('src/extension/x.ts', "import * as vscode from 'vscode';\nimport { a } from '../core/errors';\nexport const x = [vscode, a];\n"), []);
  });
});
