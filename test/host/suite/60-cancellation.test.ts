import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ResultEntry } from '../../../src/extension/run/history';
import { admin, api, waitFor } from '../helpers';

interface Counters { injectedFaults: Record<string, number> }

describe('cancellation', () => {
  before(async () => { await api(); await vscode.commands.executeCommand('eligibility.useSandbox'); });
  afterEach(async () => { await admin('faults', {}); });

  it('a call that never answers (sandbox fault "hang") is cancelled from its progress notification', async () => {
    await admin('faults', { rules: [{ kind: 'hang', path: '/1.0/connectivity/eligibility/test/line' }] });
    await vscode.commands.executeCommand('notifications.clearAll'); // only the progress toast will be left
    const before = (await admin<Counters>('counters')).injectedFaults.hang ?? 0;
    const pending = vscode.commands.executeCommand<ResultEntry>('eligibility.testLine', { lineNumber: '0123456789', status: 'inactive' });
    await waitFor(async () => ((await admin<Counters>('counters')).injectedFaults.hang ?? 0) > before, 'the call to reach the sandbox');
    // the progress notification's primary action is its Cancel button: press it (the toast shows
    // after a short delay, so keep pressing until the command settles)
    let settled = false;
    void pending.then(() => { settled = true; }, () => { settled = true; });
    await waitFor(async () => { if (!settled) await vscode.commands.executeCommand('notification.acceptPrimaryAction'); return settled; }, 'the call to be cancelled', 15000);
    const e = await pending;
    assert.strictEqual(e.result.ok, false);
    assert.strictEqual(e.result.error?.kind, 'cancelled', JSON.stringify(e.result.error));
  });
});
