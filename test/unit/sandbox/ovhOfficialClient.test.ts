/**
 * The official OVH Node client against the sandbox. node-ovh only speaks https (it calls
 * https.request with the global agent and signs "https://<host><path>", without the port), so
 * the test makes the global https agent open plain TCP connections to the sandbox: every byte
 * still goes through the real client code and the sandbox's HTTP surface.
 */
import * as assert from 'node:assert/strict';
import * as https from 'node:https';
import * as net from 'node:net';
import { admin, CREDS, useSandbox } from './helpers';
const ovh = require('@ovhcloud/node-ovh') as (p: Record<string, unknown>) => { requestPromised(m: string, p: string, b?: object): Promise<unknown> };

type AgentWithConnect = https.Agent & { createConnection: (o: { port?: number; host?: string }) => net.Socket };

describe('sandbox with the official @ovhcloud/node-ovh client', () => {
  const sb = useSandbox({ pendingPolls: 1 });
  const agent = https.globalAgent as AgentWithConnect;
  let saved: AgentWithConnect['createConnection'];
  before(() => {
    saved = agent.createConnection;
    agent.createConnection = o => net.connect({ port: Number(o.port), host: String(o.host) });
  });
  after(() => { agent.createConnection = saved; });

  const client = (over: Record<string, string> = {}) => ovh({
    appKey: CREDS.ovh.applicationKey, appSecret: CREDS.ovh.applicationSecret, consumerKey: CREDS.ovh.consumerKey,
    host: '127.0.0.1', port: sb().port, basePath: '/1.0', ...over,
  });

  it('calls POST /connectivity/eligibility/test/building/partners with the sandbox credentials', async () => {
    const c = client();
    let task = await c.requestPromised('POST', '/connectivity/eligibility/test/building/partners', { building: 'IMB/91471/C/NT8X' }) as { status: string; result: unknown };
    assert.equal(task.status, 'pending');
    task = await c.requestPromised('POST', '/connectivity/eligibility/test/building/partners', { building: 'IMB/91471/C/NT8X' }) as { status: string; result: unknown };
    assert.equal(task.status, 'ok');
    assert.ok(task.result && typeof task.result === 'object');
    const counters = await admin.counters(sb());
    assert.equal(counters.signatureForms['official-client'], 2);
    assert.equal(counters.requestsPerPath['/1.0/auth/time'], 1);
  });

  it('fails with a wrong application secret (400 Invalid signature)', async () => {
    const c = client({ appSecret: 'wrong-secret' });
    await assert.rejects(c.requestPromised('POST', '/connectivity/eligibility/test/building/partners', { building: 'IMB/91471/C/NT8X' }),
      (e: { error: number; message: string }) => e.error === 400 && e.message === 'Invalid signature');
  });

  it('fails with an unknown consumer key (403 Invalid credential)', async () => {
    const c = client({ consumerKey: 'not-a-consumer-key' });
    await assert.rejects(c.requestPromised('POST', '/connectivity/eligibility/test/building/partners', { building: 'IMB/91471/C/NT8X' }),
      (e: { error: number; message: string }) => e.error === 403 && e.message === 'Invalid credential');
  });
});
