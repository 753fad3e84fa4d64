import * as assert from 'assert';
import * as vscode from 'vscode';

describe('fresh window', () => {
  it('is in Restricted Mode under the project harness', function () {
    if (process.env.ELIG_TEST_RESTRICTED !== '1') this.skip();
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });
});
