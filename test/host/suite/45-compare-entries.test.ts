import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, waitFor, workspaceUri } from '../helpers';

const matrixTabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs)
  .filter(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('eligibility.matrix'));

describe('compare entries of request files', () => {
  before(async () => { await api(); });

  it('Run (CodeLens) on a compare entry opens its matrix in a matrix panel, with the run\'s own result', async () => {
    const uri = workspaceUri('compare', 'compare-providers.elig.json');
    const before = matrixTabs().length;
    const report = await vscode.commands.executeCommand<{ rows: { compare?: { query: string }; status: string }[] }>('eligibility.runRequest', uri, 0);
    const row = report.rows[0];
    assert.ok(row?.compare, `the run carries the matrix: ${JSON.stringify(report.rows)}`);
    const tab = await waitFor(() => matrixTabs().length > before ? matrixTabs()[matrixTabs().length - 1] : undefined, 'a matrix panel');
    assert.strictEqual(tab.label, `Matrix: ${row.compare.query}`);
  });
});
