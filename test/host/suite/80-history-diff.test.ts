import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ResultEntry } from '../../../src/extension/run/history';
import type { DiffView } from '../../../src/shared/diffProtocol';
import { admin, api, waitFor } from '../helpers';

const BUILDING = 'IMB/91471/C/NT8X';

describe('result history and Compare with…', () => {
  before(async () => { await api(); await vscode.commands.executeCommand('eligibility.useSandbox'); });
  afterEach(async () => { await admin('faults', {}); });

  it('two results of the same call compare as identical; an error later shows the outcome change and every offer lost', async () => {
    const a = await vscode.commands.executeCommand<ResultEntry>('eligibility.testBuilding', BUILDING);
    const b = await vscode.commands.executeCommand<ResultEntry>('eligibility.testBuilding', BUILDING);
    assert.ok(a.result.ok && b.result.ok);
    const same = await vscode.commands.executeCommand<DiffView>('eligibility.compareResults', b.id, a.id);
    assert.strictEqual(same.before.entryId, a.id, 'the older result is on the left whatever the order picked');
    assert.strictEqual(same.diff.sameCall, true);
    assert.strictEqual(same.diff.identical, true, JSON.stringify(same.diff));
    await admin('faults', { rules: [{ kind: 'status', status: 404, path: '/1.0/connectivity/eligibility/test/building' }] });
    const c = await vscode.commands.executeCommand<ResultEntry>('eligibility.testBuilding', BUILDING);
    assert.strictEqual(c.result.ok, false);
    const d = await vscode.commands.executeCommand<DiffView>('eligibility.compareResults', a.id, c.id);
    assert.strictEqual(d.diff.outcomeChanged, true);
    assert.strictEqual(d.diff.offers.lost.length, a.result.normalized!.offers.length);
    // the diff panel shows it
    const panel = (await api()).resultDiff();
    await waitFor(() => panel.current?.id === d.id, 'the diff panel to show the diff');
  });

  it('is persisted in the global storage, bounded by eligibility.history.size, without secrets', async () => {
    const h = (await api()).history();
    const cfg = vscode.workspace.getConfiguration('eligibility');
    await cfg.update('history.size', 3, vscode.ConfigurationTarget.Global);
    try {
      for (let i = 0; i < 4; i++) await vscode.commands.executeCommand<ResultEntry>('eligibility.testBuilding', BUILDING);
      h.flush();
      assert.match(h.file, /history\.json$/);
      const doc = JSON.parse(fs.readFileSync(h.file, 'utf8')) as { entries: ResultEntry[] };
      assert.strictEqual(doc.entries.length, 3);
      assert.doesNotMatch(JSON.stringify(doc), /Bearer [A-Za-z0-9]|"x-api-key":"[^*]/i);
    } finally {
      await cfg.update('history.size', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
