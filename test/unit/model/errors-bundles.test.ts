import assert from 'node:assert/strict';

/**
 * The extension's lazily loaded bundles each hold their own copy of src/core/errors.ts: an error
 * made by one copy must keep its kind, next step and refusal when another copy reads it (a
 * ProfileRefusal thrown in dist/extension.js, caught by the campaign flow in dist/features.js).
 */
describe('EligError across bundles (two copies of the module)', () => {
  const id = require.resolve('../../../src/core/errors');
  const shared = require.cache[id];
  const load = () => {
    delete require.cache[id];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../../../src/core/errors') as typeof import('../../../src/core/errors');
  };
  const a = load(), b = load();
  // put the shared copy back: test files loaded after this one must get the one every module has
  if (shared) require.cache[id] = shared; else delete require.cache[id];

  it('the two copies are different classes (what the bundles see)', () => {
    assert.notEqual(a.EligError, b.EligError);
    assert.equal(new b.EligError({ kind: 'input', message: 'x' }) instanceof a.EligError, false);
  });

  it('toErrorInfo of one copy keeps what the other made: kind, next step, refusal; isAbort too', () => {
    const refusal = { profileId: 'p', profileName: 'Orange only', api: 'ovh' as const, family: 'ovh' as const };
    const info = a.toErrorInfo(new b.EligError({ kind: 'credentials', message: 'Profile "Orange only" does not cover OVHcloud', nextStep: 'check-endpoint', refusal }));
    assert.equal(info.kind, 'credentials');
    assert.equal(info.nextStep, 'check-endpoint');
    assert.deepEqual(info.refusal, refusal);
    assert.equal(a.isAbort(new b.EligError({ kind: 'cancelled', message: 'Cancelled' })), true);
    assert.equal(a.isAbort(new b.EligError({ kind: 'input', message: 'no' })), false);
  });

  it('a plain object claiming to be one is not trusted (no brand)', () => {
    const fake = { kind: 'credentials', message: 'm', toJSON: () => ({ kind: 'credentials', message: 'forged' }) };
    assert.equal(a.toErrorInfo(fake).kind, 'network');
  });
});
