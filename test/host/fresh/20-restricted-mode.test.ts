import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ResultEntry } from '../../../src/extension/run/history';
import { admin, api } from '../helpers';

interface Counters { requestsPerPath: Record<string, number> }
const REQUEST = JSON.stringify({ requests: [{ name: 'building', api: 'ovh', operation: 'test/building', params: { building: 'IMB/91471/C/NT8X' } }] });
const buildingCalls = async () => Object.entries((await admin<Counters>('counters')).requestsPerPath)
  .filter(([p]) => p.includes('test/building')).reduce((n, [, c]) => n + c, 0);

// Workspace Trust is ON in this pass (the project harness starts code-server without
// --disable-workspace-trust, and a fresh profile trusts no folder): this is Restricted Mode.
describe('Restricted Mode', () => {
  let profileId: string;
  let file: vscode.Uri;

  before(async function () {
    if (process.env.ELIG_TEST_RESTRICTED !== '1') this.skip(); // test-electron passes --disable-workspace-trust
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the folder is in Restricted Mode');
    const url = await (await api()).sandboxUrl();
    // a non-sandbox profile whose endpoint is the sandbox: a run that got through would be counted there
    profileId = (await vscode.commands.executeCommand<string>('eligibility.addProfile', { name: 'OVH local', kind: 'ovh', endpoint: `${url}/1.0` }))!;
    file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'restricted.elig.json');
    await vscode.workspace.fs.writeFile(file, Buffer.from(REQUEST));
  });
  after(async () => { if (profileId) await vscode.commands.executeCommand('eligibility.useSandbox'); });

  it('refuses to run a request file against a non-sandbox profile (nothing is sent)', async () => {
    assert.strictEqual((await api()).activeProfile().id, profileId);
    const before = await buildingCalls();
    const run = await vscode.commands.executeCommand('eligibility.runRequestFile', file);
    assert.strictEqual(run, undefined, 'the run was refused');
    assert.strictEqual(await buildingCalls(), before, 'no request reached the endpoint');
  });

  it('the same command with a non-sandbox profile still runs (only workspace content is limited)', async () => {
    const e = await vscode.commands.executeCommand<ResultEntry>('eligibility.testBuilding', 'IMB/91471/C/NT8X');
    assert.ok(e.result.ok, JSON.stringify(e.result.error));
    assert.strictEqual(e.profileName, 'OVH local');
  });

  it('runs the request file against the Sandbox profile', async () => {
    await vscode.commands.executeCommand('eligibility.useSandbox');
    const before = await buildingCalls();
    const run = await vscode.commands.executeCommand<{ summary: { passed: number } }>('eligibility.runRequestFile', file);
    assert.strictEqual(run?.summary.passed, 1);
    assert.ok(await buildingCalls() > before);
  });
});
