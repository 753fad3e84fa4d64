import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CampaignCommandResult } from '../../../src/extension/campaign/execute';
import { admin, api } from '../helpers';

interface Counters { requests: number; requestsPerPath: Record<string, number> }
const ovhRequests = async () => Object.entries((await admin<Counters>('counters')).requestsPerPath)
  .filter(([p]) => p.startsWith('/1.0/')).reduce((n, [, c]) => n + c, 0);

// Restricted Mode (this pass): a campaign sends workspace content (the CSV's rows) to an API, so,
// like a request file, it runs against the Sandbox profile only.
describe('Restricted Mode: campaigns', () => {
  let profileId: string;
  let csv: vscode.Uri;
  before(async function () {
    if (process.env.ELIG_TEST_RESTRICTED !== '1') this.skip(); // test-electron passes --disable-workspace-trust
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const url = await (await api()).sandboxUrl();
    profileId = (await vscode.commands.executeCommand<string>('eligibility.addProfile', { name: 'OVH campaign', apis: { ovh: { endpoint: `${url}/1.0` } } }))!;
    csv = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'lines.csv');
    await vscode.workspace.fs.writeFile(csv, Buffer.from('nd\n0123456789\n'));
  });
  after(async () => {
    if (!profileId) return;
    await vscode.commands.executeCommand('eligibility.useSandbox');
    await vscode.commands.executeCommand('eligibility.removeProfile', profileId);
  });

  it('refuses a campaign against a non-sandbox profile: no row reaches the endpoint', async () => {
    assert.strictEqual((await api()).activeProfile().id, profileId);
    const before = await ovhRequests();
    const r = await vscode.commands.executeCommand<CampaignCommandResult>('eligibility.runCampaign', csv, { apis: ['ovh'], map: {}, journal: 'fresh' });
    assert.strictEqual(r?.status, 'refused');
    assert.strictEqual(await ovhRequests(), before);
  });

  it('runs it against the Sandbox profile', async () => {
    await vscode.commands.executeCommand('eligibility.useSandbox');
    const before = await ovhRequests();
    const r = await vscode.commands.executeCommand<CampaignCommandResult>('eligibility.runCampaign', csv, { apis: ['ovh'], map: {}, journal: 'fresh' });
    assert.strictEqual(r?.status, 'done', JSON.stringify(r));
    assert.strictEqual(r.rows, 1);
    assert.ok(await ovhRequests() > before);
  });
});
