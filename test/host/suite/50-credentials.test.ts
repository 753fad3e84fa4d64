import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ResultEntry } from '../../../src/extension/run/history';
import { admin, api, logContaining, logText } from '../helpers';

// the sandbox's documented Orange credentials (src/core/target.ts SANDBOX_CREDENTIALS)
const ORANGE = { clientId: 'sandbox-client-id', clientSecret: 'sandbox-client-secret', apiKey: 'sandbox-api-key' };
interface Counters { tokenRequests: number; requestsPerPath: Record<string, number>; misplacedCredentials: number }

describe('credentials in SecretStorage (an Orange profile pointed at the sandbox)', () => {
  let profileId: string;
  const poi = () => vscode.commands.executeCommand<ResultEntry>('eligibility.orangePoi', { buildingCode: 'IMB/59378/X/013S' });

  before(async () => {
    const url = await (await api()).sandboxUrl();
    profileId = (await vscode.commands.executeCommand<string>('eligibility.addProfile', { name: 'Orange test', kind: 'orange', endpoint: url }))!;
    assert.ok(profileId, 'profile added');
    assert.strictEqual((await api()).activeProfile().id, profileId, 'a new profile becomes the active one');
  });
  after(async () => { await vscode.commands.executeCommand('eligibility.useSandbox'); });

  it('missing: a call fails with a credentials error that says how to set them', async () => {
    const e = await poi();
    assert.strictEqual(e.result.ok, false);
    assert.strictEqual(e.result.error?.kind, 'credentials', JSON.stringify(e.result.error));
    assert.match(e.result.error!.message, /No .*credentials are stored/);
    assert.strictEqual(e.result.error!.nextStep, 'set-credentials');
  });

  it('rejected: wrong credentials are checked by a real token call and not saved', async () => {
    const saved = await vscode.commands.executeCommand<boolean>('eligibility.setCredentials', { profileId, credentials: { ...ORANGE, clientSecret: 'not-the-secret' } });
    assert.strictEqual(saved, false);
    assert.strictEqual((await poi()).result.error?.kind, 'credentials', 'still nothing stored');
  });

  it('set: validated, stored, used; an expired token is refreshed invisibly', async () => {
    const before = await admin<Counters>('counters');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('eligibility.setCredentials', { profileId, credentials: ORANGE }), true);
    const first = await poi();
    assert.ok(first.result.ok, JSON.stringify(first.result.error));
    assert.strictEqual(first.profileName, 'Orange test');
    await admin('expire-tokens', {});
    const second = await poi();
    assert.ok(second.result.ok, `after token expiry: ${JSON.stringify(second.result.error)}`);
    const after = await admin<Counters>('counters');
    assert.ok(after.tokenRequests > before.tokenRequests + 1, `a new token was fetched (${before.tokenRequests} → ${after.tokenRequests})`);
    assert.strictEqual(after.misplacedCredentials, 0);
  });

  it('clear: the secret is gone, the next call asks for credentials again', async () => {
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('eligibility.clearCredentials', profileId), true);
    const e = await poi();
    assert.strictEqual(e.result.error?.kind, 'credentials');
    assert.match(e.result.error!.message, /No .*credentials are stored/);
  });

  it('the log shows the calls but no secret', async () => {
    const text = await logContaining('/eligibility/b2b/v1/poi');
    for (const secret of [ORANGE.clientSecret, ORANGE.apiKey, 'not-the-secret', Buffer.from(`${ORANGE.clientId}:${ORANGE.clientSecret}`).toString('base64')]) {
      assert.ok(!text.includes(secret), `the log contains ${secret}`);
    }
    assert.doesNotMatch(text, /Bearer [A-Za-z0-9_-]{16,}/, 'a bearer token in the log');
    assert.ok(logText()!.length > 0);
  });
});
