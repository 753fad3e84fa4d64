import assert from 'node:assert/strict';
import type { OvhAnswer } from '../../../src/sandbox/dataset';

/** Parses an example as printed in the docs: drops the RIP guide's trailing commas and stray markdown link. */
export function parseDoc(text: string): any {
  return JSON.parse(text.replace(/\[enter link description here\]\([^)]*\)/g, '').replace(/,(\s*[}\]])/g, '$1'));
}

/** Deep equality that also checks key order (the examples are served verbatim). */
export function assertVerbatim(actual: unknown, expected: unknown): void {
  assert.deepEqual(actual, expected);
  assert.equal(JSON.stringify(actual), JSON.stringify(expected), 'same keys, values and key order');
}

/**
 * A guide test example served for another test than the EN test/line one: verbatim (keys,
 * values, order) but for its own eligibilityReference, never the guides' shared placeholder.
 */
export function assertVerbatimTest(actual: any, expected: any): void {
  assert.notEqual(actual.eligibilityReference, expected.eligibilityReference, 'its own eligibilityReference');
  assert.match(actual.eligibilityReference, /^[0-9a-f]{64}$/);
  assertVerbatim(actual, { ...expected, eligibilityReference: actual.eligibilityReference });
}

export function resultOf(a: OvhAnswer): any {
  assert.equal(a.kind, 'result', `expected a result, got ${JSON.stringify(a).slice(0, 300)}`);
  return (a as { result: unknown }).result;
}
