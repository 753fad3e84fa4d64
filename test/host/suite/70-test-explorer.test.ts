import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestRunLog } from '../../../src/extension/testing/testController';
import { admin, api, positionOf, waitFor, workspaceUri } from '../helpers';

const mixed = () => workspaceUri('requests', 'mixed.elig.json');
const checks = () => workspaceUri('harness', 'ovh-checks.elig.json');

interface Counters { injectedFaults: Record<string, number> }

describe('Test Explorer (TestController for *.elig.json)', () => {
  before(async () => { await api(); await vscode.commands.executeCommand('eligibility.useSandbox'); });
  afterEach(async () => { await admin('faults', {}); });

  const ctl = async () => (await api()).testController();
  const lastRun = async (n: number): Promise<TestRunLog> => {
    const c = await ctl();
    return waitFor(() => (c.runs.length > n && c.runs[c.runs.length - 1].ended ? c.runs[c.runs.length - 1] : undefined), 'the test run to end', 60000);
  };

  it('discovers the request files lazily, then each request with its range from our parser', async () => {
    const c = await ctl();
    await c.ctrl.resolveHandler!(undefined);
    const file = c.ctrl.items.get(mixed().toString());
    assert.ok(file, `no item for ${mixed().toString()}; have ${[...(function* () { for (const [id] of c.ctrl.items) yield id; })()].join(', ')}`);
    assert.ok(c.ctrl.items.get(checks().toString()), 'the harness file is discovered too');
    await c.ctrl.resolveHandler!(file);
    assert.strictEqual(file.children.size, 6);
    const doc = await vscode.workspace.openTextDocument(mixed());
    const first = file.children.get(`${mixed().toString()}#0`)!;
    assert.strictEqual(first.label, 'passes: fiber building');
    assert.strictEqual(first.description, 'ovh test/building');
    // the range is the request object: from its "{" to its "}"
    assert.strictEqual(first.range!.start.line, positionOf(doc, '"name": "passes: fiber building"').line - 1);
    assert.strictEqual(doc.getText(first.range!).trim().startsWith('{'), true);
    assert.match(doc.getText(first.range!), /"expect": \{ "eligible": \["FTTH"\] \}\s*\}$/);
  });

  it('a run reports passed / failed (assertion messages with expected and actual) / expected failure as passed / skipped, with durations', async () => {
    const c = await ctl();
    const n = c.runs.length;
    const file = await c.tree.resolveFile(mixed());
    const cts = new vscode.CancellationTokenSource();
    await c.runFromExplorer(new vscode.TestRunRequest([file]), cts.token);
    const run = await lastRun(n);
    const st = (i: number) => run.states.get(`${mixed().toString()}#${i}`);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5].map(i => st(i)?.state), ['passed', 'failed', 'passed', 'failed', 'passed', 'skipped']);
    assert.ok(st(1)!.messages.some(m => /VDSL/.test(m)), st(1)!.messages.join(' | '));
    assert.ok(typeof st(1)!.durationMs === 'number' && st(0)!.durationMs! >= 0);
    // the shared result store (CodeLens) got the same results
    const store = (await api()).requestResults(mixed())!;
    assert.strictEqual(store.get(4)?.status, 'expected-failure');
    assert.strictEqual(store.get(1)?.status, 'failed');
  });

  it('excluded items do not run; a CodeLens run shows in the Test Explorer as a run of its own', async () => {
    const c = await ctl();
    const file = await c.tree.resolveFile(checks());
    let n = c.runs.length;
    const second = file.children.get(`${checks().toString()}#1`)!;
    await c.runFromExplorer(new vscode.TestRunRequest([file], [second]), new vscode.CancellationTokenSource().token);
    let run = await lastRun(n);
    assert.strictEqual(run.states.get(second.id), undefined);
    assert.strictEqual(run.states.get(`${checks().toString()}#0`)?.state, 'passed');
    n = c.runs.length;
    await vscode.commands.executeCommand('eligibility.runRequest', checks(), 1);
    run = await lastRun(n);
    assert.strictEqual(run.states.get(second.id)?.state, 'failed');
    assert.match(run.states.get(second.id)!.messages.join(' '), /99/);
  });

  it('Cancel stops a run: the request in flight and those after it are skipped, nothing hangs', async () => {
    const c = await ctl();
    const file = await c.tree.resolveFile(checks());
    await admin('faults', { rules: [{ kind: 'hang', path: '/1.0/connectivity/eligibility/test/building' }] });
    const before = (await admin<Counters>('counters')).injectedFaults.hang ?? 0;
    const n = c.runs.length;
    const cts = new vscode.CancellationTokenSource();
    const done = c.runFromExplorer(new vscode.TestRunRequest([file]), cts.token);
    await waitFor(async () => ((await admin<Counters>('counters')).injectedFaults.hang ?? 0) > before, 'the first request to reach the sandbox');
    cts.cancel();
    await done;
    const run = await lastRun(n);
    assert.deepStrictEqual([0, 1, 2].map(i => run.states.get(`${checks().toString()}#${i}`)?.state), ['skipped', 'skipped', 'skipped']);
  });

  it('a new request file appears, an edit updates the requests, a deleted file disappears', async () => {
    const c = await ctl();
    await c.ctrl.resolveHandler!(undefined);
    const uri = workspaceUri('requests', 'created-by-test.elig.json');
    const one = { requests: [{ name: 'one', api: 'ovh', operation: 'search/cities', params: { zipCode: '91400' } }] };
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(one, null, 2)));
    const item = await waitFor(() => c.ctrl.items.get(uri.toString()), 'the created file in the Test Explorer');
    const doc = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    const two = { requests: [...one.requests, { name: 'two', api: 'ovh', operation: 'search/cities', params: { zipCode: '75001' } }] };
    edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), JSON.stringify(two, null, 2));
    await vscode.workspace.applyEdit(edit);
    await waitFor(() => item.children.size === 2 && item.children.get(`${uri.toString()}#1`)?.label === 'two', 'the edited file to list two requests');
    await doc.save();
    await vscode.workspace.fs.delete(uri);
    await waitFor(() => !c.ctrl.items.get(uri.toString()), 'the deleted file to disappear');
  });
});
