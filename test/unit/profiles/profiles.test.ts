import * as assert from 'assert';
import {
  checkEndpoint, loadProfiles, newProfileId, parseSecret, profileApis, SANDBOX_PROFILE, secretKey, secretValues,
  serializeSecret, targetFor,
} from '../../../src/core/profiles';

describe('profiles (core, VS Code-free)', () => {
  it('always starts with the built-in Sandbox, whatever the setting holds', () => {
    for (const raw of [undefined, null, [], 'garbage', [{ id: 'sandbox', name: 'Mine', kind: 'sandbox' }]]) {
      const { profiles } = loadProfiles(raw);
      assert.deepStrictEqual(profiles[0], SANDBOX_PROFILE);
      assert.strictEqual(profiles.filter(p => p.kind === 'sandbox').length, 1);
    }
  });

  it('keeps valid profiles and reports invalid, duplicate and unsafe ones with their index', () => {
    const { profiles, problems } = loadProfiles([
      { id: 'ovh-eu', name: 'OVH EU', kind: 'ovh', endpoint: 'ovh-eu' },
      { id: 'ovh-eu', name: 'again', kind: 'ovh' },
      { id: 'bad id!', name: 'x', kind: 'orange' },
      { id: 'orange', name: 'Orange', kind: 'orange', endpoint: 'http://api.orange.com' },
      { id: 'orange-local', name: 'Orange local', kind: 'orange', endpoint: 'http://127.0.0.1:9999' },
      { id: 'weird', name: 'Weird', kind: 'ovh', endpoint: 'not a url' },
    ]);
    assert.deepStrictEqual(profiles.map(p => p.id), ['sandbox', 'ovh-eu', 'orange-local']);
    assert.strictEqual(problems.length, 4);
    assert.match(problems[0], /\[1\].*duplicate id "ovh-eu"/);
    assert.match(problems[1], /\[2\].*id/);
    assert.match(problems[2], /\[3\].*https/);
    assert.match(problems[3], /\[5\].*neither a known OVH endpoint/);
  });

  it('refuses endpoints with user info', () => {
    assert.match(checkEndpoint({ kind: 'orange', endpoint: 'https://user:pw@api.orange.com' }) ?? '', /user info/);
    assert.strictEqual(checkEndpoint({ kind: 'ovh', endpoint: 'ovh-ca' }), undefined);
  });

  it('round-trips secrets per kind and rejects what does not fit', () => {
    const ovh = { kind: 'ovh' as const, ovh: { applicationKey: 'ak-1234', applicationSecret: 'as-5678', consumerKey: 'ck-9012' } };
    assert.deepStrictEqual(parseSecret('ovh', serializeSecret(ovh)), ovh);
    assert.strictEqual(parseSecret('orange', serializeSecret(ovh)), undefined);
    assert.strictEqual(parseSecret('ovh', undefined), undefined);
    assert.strictEqual(parseSecret('ovh', '{not json'), undefined);
    assert.deepStrictEqual(secretValues(ovh), ['ak-1234', 'as-5678', 'ck-9012']);
    assert.strictEqual(secretKey('orange-prod'), 'eligibility.credentials.orange-prod');
  });

  it('resolves targets: credentials only on the API the profile is for', () => {
    const t = targetFor({ id: 'o', name: 'O', kind: 'orange', endpoint: 'https://api.orange.com/' },
      { kind: 'orange', orange: { clientId: 'id', clientSecret: 'secret', apiKey: 'key' } });
    assert.strictEqual(t.orange.baseUrl, 'https://api.orange.com');
    assert.ok(t.orange.credentials);
    assert.strictEqual(t.ovh.credentials, undefined);
    assert.strictEqual(t.ovh.baseUrl, 'https://eu.api.ovh.com/1.0');
    const o = targetFor({ id: 'c', name: 'C', kind: 'ovh', endpoint: 'ovh-ca' }, undefined);
    assert.strictEqual(o.ovh.baseUrl, 'https://ca.api.ovh.com/1.0');
    assert.throws(() => targetFor(SANDBOX_PROFILE, undefined), /sandbox is not running/);
    assert.strictEqual(targetFor(SANDBOX_PROFILE, undefined, 'http://127.0.0.1:1234').ovh.baseUrl, 'http://127.0.0.1:1234/1.0');
    assert.deepStrictEqual(profileApis(SANDBOX_PROFILE), ['ovh', 'orange-b2b', 'orange-rip']);
  });

  it('makes readable, unique ids from names', () => {
    assert.strictEqual(newProfileId('OVH EU', ['sandbox']), 'ovh-eu');
    assert.strictEqual(newProfileId('OVH EU', ['sandbox', 'ovh-eu']), 'ovh-eu-2');
    assert.strictEqual(newProfileId('Sandbox', ['sandbox']), 'sandbox-1');
    assert.strictEqual(newProfileId('Orange Prod é', []), 'orange-prod-e');
    assert.strictEqual(newProfileId('!!!', []), 'profile');
  });
});
