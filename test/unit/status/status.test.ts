import * as assert from 'assert';
import { evaluateExpect } from '../../../src/core/requests/assert';
import { isPass, requestStatus, resultBadge } from '../../../src/shared/status';
import { execResult } from '../panel/fixtures';

describe('shared/status: the honest badge and request status', () => {
  const ok = execResult();
  const err = execResult({ ok: false, normalized: undefined, error: { kind: 'http', status: 404, code: '4041', message: 'not found' } });

  it('OK only when the call succeeded and every assertion passed', () => {
    assert.strictEqual(resultBadge(ok), 'ok');
    assert.strictEqual(resultBadge(ok, evaluateExpect({ anyEligible: true }, ok)), 'ok');
    assert.strictEqual(resultBadge(ok, evaluateExpect({ offerCount: 99 }, ok)), 'assertions-failed');
  });

  it('an error, an expected error, and an error that is not the expected one', () => {
    assert.strictEqual(resultBadge(err), 'error');
    assert.strictEqual(resultBadge(err, evaluateExpect({ anyEligible: true }, err)), 'error');
    assert.strictEqual(resultBadge(err, evaluateExpect({ error: { status: 404 } }, err)), 'expected-error');
    assert.strictEqual(resultBadge(err, evaluateExpect({ error: { status: 500 } }, err)), 'assertions-failed');
    // the file expected an error, the call succeeded
    assert.strictEqual(resultBadge(ok, evaluateExpect({ error: { status: 404 } }, ok)), 'assertions-failed');
  });

  it('RIP notComputed needs a choice (unless an assertion failed)', () => {
    const nc = execResult({ call: { api: 'orange-rip', operation: 'productRIPQualification', params: {} },
      normalized: { api: 'orange-rip', endpoint: {}, offers: [], qualificationResult: 'notComputed', buildingsToChoose: [{ code: 'B1' }] } });
    assert.strictEqual(resultBadge(nc), 'needs-choice');
    assert.strictEqual(resultBadge(nc, evaluateExpect({ qualificationResult: 'notComputed' }, nc)), 'needs-choice');
    assert.strictEqual(resultBadge(nc, evaluateExpect({ buildingsToChoose: 5 }, nc)), 'assertions-failed');
  });

  it('request status: expected failures count as passed, cancelled requests as skipped', () => {
    assert.strictEqual(requestStatus({ ok: false, passed: true, expectedFailure: true }), 'expected-failure');
    assert.ok(isPass('expected-failure'));
    assert.strictEqual(requestStatus({ ok: false, passed: false }), 'error');
    assert.strictEqual(requestStatus({ ok: false, passed: false, expectedFailure: true }), 'failed');
    assert.strictEqual(requestStatus({ ok: true, passed: false }), 'failed');
    assert.strictEqual(requestStatus({ ok: false, passed: false, errorKind: 'cancelled' }), 'skipped');
    assert.strictEqual(requestStatus({ ok: true, passed: true, skipped: 'skip: true' }), 'skipped');
    assert.ok(!isPass('failed') && !isPass('error') && !isPass('skipped'));
  });
});
