/**
 * Conformance: OVHcloud's published `/connectivity` schema (specs/ovh/connectivity.json) against
 * our operation table and zod schemas, by introspection. One test per eligibility operation
 * (method, auth, api status, deprecation, task or plain answer, every parameter as sent and as a
 * request file may type it) and one per response model reached (fields, types, required,
 * nullability, enum values). Deliberate differences: exceptions.ts, each with its reason.
 */
import assert from 'node:assert/strict';
import { contractDiffs } from './contractDiffs';
import { type ContractException, EXCEPTIONS, format, uncovered } from './exceptions';
import { ELIGIBILITY_OPERATIONS } from './ovhSchema';

describe('OVH contract: the vendored /connectivity schema vs our zod schemas', () => {
  const { operations, models } = contractDiffs();
  const used = new Set<ContractException>();

  it('covers every /connectivity/eligibility operation of the schema (24 with recall)', () => {
    assert.ok(ELIGIBILITY_OPERATIONS.length >= 24, `${ELIGIBILITY_OPERATIONS.length} operations`);
    assert.ok(models.size >= 20, `${models.size} response models reached`);
  });

  describe('operations (method, auth, api status, deprecation, parameters)', () => {
    for (const [key, diffs] of operations) {
      it(key, () => {
        const left = uncovered('zod', diffs, used);
        assert.deepEqual(left.map(format), [], `${left.length} difference(s) from the schema`);
      });
    }
  });

  describe('response models', () => {
    for (const [model, diffs] of models) {
      it(model, () => {
        const left = uncovered('zod', diffs, used);
        assert.deepEqual(left.map(format), [], `${left.length} difference(s) from the schema`);
      });
    }
  });

  describe('exceptions table', () => it('every zod exception of the table is still needed', () => {
    const all = [...operations.values(), ...models.values()].flat();
    uncovered('zod', all, used);
    const stale = EXCEPTIONS.filter(e => e.scope === 'zod' && !used.has(e));
    assert.deepEqual(stale.map(e => `${e.path} ${String(e.kind)}`), []);
    for (const e of EXCEPTIONS) assert.ok(e.reason.length > 40, `exception ${e.path} needs a reason`);
  }));
});
