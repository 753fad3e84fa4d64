import * as assert from 'assert';
import * as vscode from 'vscode';
import { ext, waitFor } from '../helpers';

// This pass opens a folder with no request file, next to a probe extension that activates
// onStartupFinished: once the probe is active the workbench has finished starting, and
// Eligibility Explorer must still be inactive until one of its own triggers fires.
describe('nothing activates eagerly', () => {
  it('is not active after startup finished, nor after a plain JSON file is opened', async () => {
    const probe = vscode.extensions.getExtension('elig-test.startup-probe');
    assert.ok(probe, 'the startup probe extension is loaded');
    await waitFor(() => probe.isActive, 'onStartupFinished (the probe activates)');
    assert.strictEqual(ext().isActive, false, 'activated at startup');
    const json = vscode.workspace.workspaceFolders?.[0] && vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'data.json');
    const doc = await vscode.workspace.openTextDocument(json!);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'json');
    await waitFor(() => vscode.window.activeTextEditor?.document === doc, 'the JSON editor');
    assert.strictEqual(ext().isActive, false, 'activated by a JSON document');
  });

  it('activates when its view is opened', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.eligibility');
    await waitFor(() => ext().isActive, 'activation by the Eligibility view');
  });
});
