import * as assert from 'assert';
import { createSharedState } from '../../../src/core/apis/operation';
import { execute } from '../../../src/core/execute';
import { HttpClient } from '../../../src/core/http/client';
import { planMigration } from '../../../src/core/profileMigration';
import {
  allSecretKeys, familySecretKey, legacySecretKey, NOT_COVERED_URL, parseSecret, parseSecretKey, secretValues, serializeSecret, targetFor,
} from '../../../src/core/profileSecrets';
import {
  assertCovers, checkEndpoint, covers, familyOf, loadProfiles, newProfileId, Profile, ProfileRefusal, profileApis, SANDBOX_PROFILE, toStored,
} from '../../../src/core/profiles';

const orangeOnly: Profile = { id: 'orange-staging', name: 'Orange staging', kind: 'custom', apis: { orange: { endpoint: 'https://staging.example.com/' } } };

describe('profiles (core, VS Code-free)', () => {
  it('always starts with the built-in Sandbox, which covers the three APIs, whatever the setting holds', () => {
    for (const raw of [undefined, null, [], 'garbage', [{ id: 'sandbox', name: 'Mine', kind: 'sandbox' }], [{ id: 'sandbox', name: 'Mine', apis: { ovh: {} } }]]) {
      const { profiles } = loadProfiles(raw);
      assert.deepStrictEqual(profiles[0], SANDBOX_PROFILE);
      assert.strictEqual(profiles.filter(p => p.kind === 'sandbox').length, 1);
    }
    assert.deepStrictEqual(profileApis(SANDBOX_PROFILE), ['ovh', 'orange-b2b', 'orange-rip']);
  });

  it('reads both shapes, and reports invalid, duplicate and unsafe entries with their index', () => {
    const { profiles, problems } = loadProfiles([
      { id: 'ovh-eu', name: 'OVH EU', kind: 'ovh', endpoint: 'ovh-eu' },
      { id: 'ovh-eu', name: 'again', apis: { ovh: {} } },
      { id: 'bad id!', name: 'x', apis: { orange: {} } },
      { id: 'orange', name: 'Orange', apis: { orange: { endpoint: 'http://api.orange.com' } } },
      { id: 'both', name: 'Both', apis: { ovh: { endpoint: 'ovh-ca' }, orange: {} } },
      { id: 'weird', name: 'Weird', kind: 'ovh', endpoint: 'not a url' },
      { id: 'empty', name: 'Empty', apis: {} },
      { id: 'typo', name: 'Typo', apis: { ovhh: {} } },
      { id: 'orange-bad', name: 'Orange bad', apis: { orange: { endpoint: 'staging' } } },
    ]);
    assert.deepStrictEqual(profiles.map(p => p.id), ['sandbox', 'ovh-eu', 'both']);
    assert.deepStrictEqual(profiles[1].apis, { ovh: { endpoint: 'ovh-eu' } });
    assert.strictEqual(profiles[1].kind, 'custom');
    assert.strictEqual(problems.length, 7, problems.join('\n'));
    assert.match(problems[0], /\[1\].*duplicate id "ovh-eu"/);
    assert.match(problems[1], /\[2\].*id/);
    assert.match(problems[2], /\[3\].*https/);
    assert.match(problems[3], /\[5\].*neither a known OVHcloud endpoint/);
    assert.match(problems[4], /\[6\].*at least one API family/);
    assert.match(problems[5], /\[7\]/);
    // Orange's endpoint problem does not talk about OVH (issue 13 item 8)
    assert.match(problems[6], /\[8\].*"staging" is not a URL/);
    assert.doesNotMatch(problems[6], /OVH/);
  });

  it('checks endpoints per family: https only (http on loopback), no user info, no query', () => {
    assert.match(checkEndpoint('orange', 'https://user:pw@api.orange.com') ?? '', /user info/);
    assert.match(checkEndpoint('orange', 'https://api.orange.com/?x=1') ?? '', /query/);
    assert.strictEqual(checkEndpoint('ovh', 'ovh-ca'), undefined);
    assert.strictEqual(checkEndpoint('orange', 'http://127.0.0.1:9999'), undefined);
    assert.strictEqual(checkEndpoint('orange', ''), undefined);
    assert.match(checkEndpoint('orange', 'ovh-eu') ?? '', /not a URL/);
  });

  it('covers per family: Orange b2b and RIP together, OVH apart; refusal names the profile and the API', () => {
    assert.strictEqual(familyOf('orange-rip'), 'orange');
    assert.ok(covers(orangeOnly, 'orange-b2b') && covers(orangeOnly, 'orange-rip'));
    assert.ok(!covers(orangeOnly, 'ovh'));
    assert.doesNotThrow(() => assertCovers(orangeOnly, ['orange-b2b', 'orange-rip']));
    assert.doesNotThrow(() => assertCovers(SANDBOX_PROFILE, ['ovh', 'orange-b2b', 'orange-rip']));
    let caught: unknown;
    try { assertCovers(orangeOnly, ['orange-rip', 'ovh']); } catch (e) { caught = e; }
    assert.ok(caught instanceof ProfileRefusal);
    const info = caught.toJSON();
    assert.strictEqual(info.kind, 'credentials');
    assert.strictEqual(info.nextStep, 'check-endpoint');
    assert.deepStrictEqual(info.refusal, { profileId: 'orange-staging', profileName: 'Orange staging', api: 'ovh', family: 'ovh' });
    assert.match(info.message, /Profile "Orange staging" does not cover OVHcloud Connectivity: the ovh call was not sent/);
  });

  it('resolves targets: a family the profile does not cover gets no endpoint and no credentials (never a public default)', () => {
    const t = targetFor(orangeOnly, { orange: { clientId: 'id', clientSecret: 'secret' } });
    assert.strictEqual(t.orange.baseUrl, 'https://staging.example.com');
    assert.ok(t.orange.credentials);
    assert.strictEqual(t.ovh.baseUrl, NOT_COVERED_URL);
    assert.strictEqual(t.ovh.credentials, undefined);
    assert.ok(!JSON.stringify(t).includes('ovh.com'));
    const both = targetFor({ id: 'b', name: 'B', kind: 'custom', apis: { ovh: { endpoint: 'ovh-ca' }, orange: {} } }, {});
    assert.strictEqual(both.ovh.baseUrl, 'https://ca.api.ovh.com/1.0');
    assert.strictEqual(both.orange.baseUrl, 'https://api.orange.com');
    assert.throws(() => targetFor(SANDBOX_PROFILE, {}), /sandbox is not running/);
    assert.strictEqual(targetFor(SANDBOX_PROFILE, {}, 'http://127.0.0.1:1234').ovh.baseUrl, 'http://127.0.0.1:1234/1.0');
  });

  it('keeps secrets per profile and family; the Orange API key is optional', () => {
    const ovh = { family: 'ovh' as const, ovh: { applicationKey: 'ak-1234', applicationSecret: 'as-5678', consumerKey: 'ck-9012' } };
    assert.deepStrictEqual(parseSecret('ovh', serializeSecret(ovh)), ovh);
    assert.strictEqual(parseSecret('orange', serializeSecret(ovh)), undefined);
    assert.strictEqual(parseSecret('ovh', undefined), undefined);
    assert.strictEqual(parseSecret('ovh', '{not json'), undefined);
    assert.deepStrictEqual(secretValues(ovh), ['ak-1234', 'as-5678', 'ck-9012']);
    const rip = { family: 'orange' as const, orange: { clientId: 'cid-1', clientSecret: 'cs-2' } };
    assert.deepStrictEqual(parseSecret('orange', serializeSecret(rip)), rip);
    assert.deepStrictEqual(secretValues(rip), ['cid-1', 'cs-2']);
    assert.strictEqual(familySecretKey('orange-prod', 'orange'), 'eligibility.credentials.orange-prod/orange');
    assert.deepStrictEqual(parseSecretKey('eligibility.credentials.a.b/ovh'), { profileId: 'a.b', family: 'ovh' });
    assert.deepStrictEqual(parseSecretKey(legacySecretKey('a.ovh')), { profileId: 'a.ovh', family: undefined });
    assert.strictEqual(parseSecretKey('other.key'), undefined);
    assert.deepStrictEqual(allSecretKeys('p'), ['eligibility.credentials.p', 'eligibility.credentials.p/ovh', 'eligibility.credentials.p/orange']);
  });

  it('migrates first-round entries to per-family ones and moves their secrets; leaves the rest alone', () => {
    const foreign = { id: 'x', name: 'X', kind: 'ftp' };
    const already = { id: 'n', name: 'New', apis: { ovh: {} } };
    const m = planMigration([
      { id: 'o', name: 'Orange staging', kind: 'orange', endpoint: 'https://staging.example.com' },
      { id: 'v', name: 'OVH CA', kind: 'ovh', endpoint: 'ovh-ca' },
      { id: 'plain', name: 'OVH', kind: 'ovh' },
      foreign, already,
    ]);
    assert.strictEqual(m.changed, true);
    assert.deepStrictEqual(m.entries, [
      { id: 'o', name: 'Orange staging', apis: { orange: { endpoint: 'https://staging.example.com' } } },
      { id: 'v', name: 'OVH CA', apis: { ovh: { endpoint: 'ovh-ca' } } },
      { id: 'plain', name: 'OVH', apis: { ovh: {} } },
      foreign, already,
    ]);
    assert.deepStrictEqual(m.moves, [
      { from: 'eligibility.credentials.o', to: 'eligibility.credentials.o/orange' },
      { from: 'eligibility.credentials.v', to: 'eligibility.credentials.v/ovh' },
      { from: 'eligibility.credentials.plain', to: 'eligibility.credentials.plain/ovh' },
    ]);
    // the migrated entries read back as the same profiles
    assert.deepStrictEqual(loadProfiles(m.entries).profiles.slice(1, 4).map(toStored), m.entries.slice(0, 3));
    assert.deepStrictEqual(planMigration([already]), { changed: false, entries: [already], moves: [] });
    assert.deepStrictEqual(planMigration(undefined), { changed: false, entries: [], moves: [] });
  });

  it('makes readable, unique ids from names', () => {
    assert.strictEqual(newProfileId('OVH EU', ['sandbox']), 'ovh-eu');
    assert.strictEqual(newProfileId('OVH EU', ['sandbox', 'ovh-eu']), 'ovh-eu-2');
    assert.strictEqual(newProfileId('Sandbox', ['sandbox']), 'sandbox-1');
    assert.strictEqual(newProfileId('Orange Prod é', []), 'orange-prod-e');
    assert.strictEqual(newProfileId('!!!', []), 'profile');
  });
});

describe('profiles: a call that bypassed the refusal still sends nothing', () => {
  it('an OVH call on an Orange-only target fails without a request', async () => {
    const seen: string[] = [];
    const http = new HttpClient({ logger: { trace() {}, debug() {}, info: m => seen.push(m), warn: m => seen.push(m), error: m => seen.push(m) } });
    try {
      const r = await execute({ http, target: targetFor(orangeOnly, {}), state: createSharedState() },
        { api: 'ovh', operation: 'test/line', params: { lineNumber: '0123456789' } });
      assert.strictEqual(r.ok, false);
      assert.ok(!JSON.stringify(r).includes('ovh.com'), JSON.stringify(r.error));
    } finally { http.dispose(); }
  });
});
