import assert from 'node:assert/strict';
import { credentialHomes, endpointProblem, FencedHttpClient, retarget } from '../../../src/core/requests/endpoints';
import { targetFromEnv } from '../../../src/core/target';
import { scriptedServer, sendJson } from './scripted';

const CREDS = { ELIG_OVH_APPLICATION_KEY: 'ak-1234', ELIG_OVH_APPLICATION_SECRET: 'as-1234', ELIG_ORANGE_CLIENT_ID: 'id-1234', ELIG_ORANGE_CLIENT_SECRET: 'cs-1234', ELIG_ORANGE_API_KEY: 'key-1234' };

describe('requests: credentials stay with the host they were configured for', () => {
  it('retarget drops credentials when an environment moves an API to another origin, keeps them on the same origin', () => {
    const base = targetFromEnv(CREDS);
    const moved = retarget(base, { ovhEndpoint: 'ovh-ca', orangeBaseUrl: 'https://api.orange.com.evil.test' });
    assert.equal(moved.target.ovh.credentials, undefined);
    assert.equal(moved.target.orange.credentials, undefined);
    assert.equal(moved.warnings.length, 2);
    assert.equal(moved.target.ovh.baseUrl, 'https://ca.api.ovh.com/1.0');
    const same = retarget(base, { ovhEndpoint: 'https://eu.api.ovh.com/1.0', orangeBaseUrl: 'https://API.orange.com:443/' });
    assert.ok(same.target.ovh.credentials && same.target.orange.credentials);
    assert.deepEqual(same.warnings, []);
    assert.throws(() => retarget(base, { ovhEndpoint: 'not a url' }), /neither ovh-eu/);
  });

  it('endpoint URLs from environments files: no userinfo, query, or other schemes', () => {
    assert.equal(endpointProblem('ovh-eu', 'ovh'), undefined);
    assert.equal(endpointProblem('https://api.orange.com', 'orange'), undefined);
    assert.match(endpointProblem('https://a:b@api.orange.com', 'orange')!, /user information/);
    assert.match(endpointProblem('https://api.orange.com?x=1', 'orange')!, /query/);
    assert.match(endpointProblem('ftp://api.orange.com', 'orange')!, /not supported/);
    assert.match(endpointProblem('ovh-fr', 'ovh')!, /neither/);
  });

  it('the fenced client refuses credential headers anywhere but their home, before any byte is sent', async () => {
    const home = await scriptedServer((_r, res) => sendJson(res, 200, {}));
    const other = await scriptedServer((_r, res) => sendJson(res, 200, {}));
    const http = new FencedHttpClient({ ovh: home.url, orange: home.url });
    try {
      await http.send({ method: 'GET', url: `${home.url}/x`, headers: { 'X-Api-Key': 'k' } });
      await http.send({ method: 'GET', url: `${other.url}/public` });
      for (const headers of [{ 'X-Api-Key': 'k' }, { Authorization: 'Bearer t' }, { 'X-Ovh-Application': 'a' }] as Record<string, string>[]) {
        await assert.rejects(http.send({ method: 'GET', url: `${other.url}/x`, headers }), (e: Error & { kind?: string }) => e.kind === 'credentials');
      }
      await assert.rejects(http.send({ method: 'GET', url: `${other.url}/x`, credentialBase: other.url }), /configured for another host/);
      await assert.rejects(http.send({ method: 'GET', url: home.url.replace('http://', 'http://u:p@') + '/x' }), /user information/);
      assert.equal(home.seen.length, 1);
      assert.deepEqual(other.seen.map(s => s.url), ['/public']);
      // no home at all (no credentials configured): credential headers go nowhere
      const bare = new FencedHttpClient(credentialHomes(targetFromEnv({})));
      await assert.rejects(bare.send({ method: 'GET', url: `${home.url}/x`, headers: { 'X-Api-Key': 'k' } }), /configured for another host/);
      bare.dispose();
    } finally { http.dispose(); await home.close(); await other.close(); }
  });
});
