import assert from 'node:assert/strict';
import { parseEnvFile, selectEnvironment } from '../../../src/core/requests/envfile';
import { interpolateString, lookupVariable } from '../../../src/core/requests/variables';
import { parseRequestFile } from '../../../src/core/requests/parse';

describe('request files: variables and environments', () => {
  it('precedence: --var over the environment over the file', () => {
    const file = { zip: 'file', a: 'A' }, environment = { zip: 'env', b: 'B' }, overrides = { zip: 'cli' };
    assert.deepEqual(lookupVariable('zip', { file, environment, overrides }), { kind: 'value', value: 'cli' });
    assert.deepEqual(lookupVariable('zip', { file, environment }), { kind: 'value', value: 'env' });
    assert.deepEqual(lookupVariable('zip', { file }), { kind: 'value', value: 'file' });
    assert.deepEqual(lookupVariable(' a ', { file, environment, overrides }), { kind: 'value', value: 'A' });
    assert.equal(lookupVariable('zip', {}).kind, 'unknown');
  });

  it('the same precedence applies through parseRequestFile', () => {
    const text = '{"variables": {"zip": "11111"}, "requests": [{"name": "c", "api": "ovh", "operation": "search/cities", "params": {"zipCode": "{{zip}}"}}]}';
    assert.equal(parseRequestFile(text).requests[0].request?.params.zipCode, '11111');
    assert.equal(parseRequestFile(text, { environment: { zip: '22222' } }).requests[0].request?.params.zipCode, '22222');
    assert.equal(parseRequestFile(text, { environment: { zip: '22222' }, overrides: { zip: '33333' } }).requests[0].request?.params.zipCode, '33333');
  });

  it('{{env:NAME}} reads only the process variables the user exposed, and never credentials', () => {
    assert.deepEqual(lookupVariable('env:ELIG_VAR_ZIP', { file: { 'env:ELIG_VAR_ZIP': 'no' }, processEnv: { ELIG_VAR_ZIP: '91400' } }), { kind: 'value', value: '91400' });
    assert.deepEqual(lookupVariable('env:ZIP', { processEnv: { ZIP: '91400' }, allowEnv: ['ZIP'] }), { kind: 'value', value: '91400' });
    assert.equal(lookupVariable('env:ELIG_VAR_MISSING', { processEnv: {} }).kind, 'unknown');
    for (const n of ['ZIP', 'GH_PAT', 'DATABASE_URL', 'CI_JOB_JWT_V2', 'SENTRY_DSN', 'HOME']) {
      assert.equal(lookupVariable(`env:${n}`, { processEnv: { [n]: 'x' } }).kind, 'forbidden', n);
      // the editor (no process env) refuses them too
      assert.equal(lookupVariable(`env:${n}`, {}).kind, 'forbidden', n);
    }
    for (const n of ['ELIG_OVH_APPLICATION_SECRET', 'ELIG_ORANGE_API_KEY', 'ELIG_ORANGE_CLIENT_ID']) {
      assert.equal(lookupVariable(`env:${n}`, { processEnv: { [n]: 'x' }, allowEnv: [n] }).kind, 'forbidden', n);
    }
  });

  it('splices values into strings, types exact placeholders, resolves nested variables', () => {
    assert.deepEqual(interpolateString('{{n}}', { file: { n: 5 } }).value, 5);
    assert.deepEqual(interpolateString('{{b}}', { file: { b: true } }).value, true);
    assert.equal(interpolateString('{{num}} {{street}}, {{city}}', { file: { num: 4, street: 'rue X', city: '{{zip}} Orsay', zip: '91400' } }).value, '4 rue X, 91400 Orsay');
    const r = interpolateString('a {{x}} b {{y}}', { file: { x: 1 } });
    assert.equal(r.value, undefined);
    assert.deepEqual(r.problems.map(p => [p.start, p.end]), [[10, 15]]);
    // a cycle does not hang
    assert.notEqual(lookupVariable('a', { file: { a: '{{b}}', b: '{{a}}' } }).kind, 'value');
  });

  it('environments file: $shared under the selected environment, reserved endpoint keys', () => {
    const ef = parseEnvFile(`{
      // committed next to the request files
      "$shared": { "zip": "91400", "line": "0123456789" },
      "dev": { "zip": "75001", "orangeBaseUrl": "https://api.orange.com" },
      "ci": { "ovhEndpoint": "ovh-ca", },
    }`);
    assert.equal(ef.ok, true);
    assert.deepEqual(selectEnvironment(ef, 'dev'), { name: 'dev', variables: { zip: '75001', line: '0123456789' }, ovhEndpoint: undefined, orangeBaseUrl: 'https://api.orange.com' });
    assert.equal(selectEnvironment(ef, 'ci')?.ovhEndpoint, 'ovh-ca');
    assert.equal(selectEnvironment(ef, 'prod'), undefined);
    assert.deepEqual(selectEnvironment(ef, undefined)?.variables, { zip: '91400', line: '0123456789' });
  });

  it('environments file: secret-looking keys and authorization values are refused at their position', () => {
    const text = '{\n  "dev": {\n    "clientSecret": "s3cr3t",\n    "apiKey": "k",\n    "auth": "Bearer abcdefghijkl",\n    "zip": "91400"\n  }\n}';
    const ef = parseEnvFile(text);
    assert.equal(ef.ok, false);
    const found = ef.diagnostics.map(d => [d.range.start.line, text.slice(d.offset, d.offset + d.length)]);
    assert.deepEqual(found, [[2, '"clientSecret"'], [3, '"apiKey"'], [4, '"Bearer abcdefghijkl"']]);
    assert.ok(ef.diagnostics.every(d => d.code === 'secret-in-env-file'));
  });
});
