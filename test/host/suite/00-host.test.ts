import * as assert from 'assert';
import * as vscode from 'vscode';

describe('the real extension host', () => {
  it('runs in VS Code on Node with the workspace copy open', () => {
    assert.ok(process.versions.node);
    assert.match(vscode.version, /^1\.\d+/);
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 1);
    assert.strictEqual(vscode.workspace.isTrusted, true);
  });
});
