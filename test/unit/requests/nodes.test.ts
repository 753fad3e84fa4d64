import assert from 'node:assert/strict';
import { findNodeAtLocation, parse, parseTree } from 'jsonc-parser';
import { removalRange } from '../../../src/core/requests/nodes';

/** The text without property `key` of the root object, as the `$schema` Quick Fix removes it. */
function without(text: string, key: string): string {
  const prop = findNodeAtLocation(parseTree(text, [], { allowTrailingComma: true })!, [key])!.parent!;
  const { offset, end } = removalRange(prop);
  return text.slice(0, offset) + text.slice(end);
}

describe('request files: removing a property (the $schema Quick Fix)', () => {
  it('first, middle, last, only, with comments and a trailing comma: the rest stays valid (as the last one, a comment between it and the one before goes with it)', () => {
    const cases: [string, string][] = [
      ['{\n  "$schema": "x",\n  "requests": []\n}', '{\n  "requests": []\n}'],
      ['{ "a": 1, "$schema": "x", "requests": [] }', '{ "a": 1, "requests": [] }'],
      ['{ "requests": [], "$schema": "x" }', '{ "requests": [] }'],
      ['{ "$schema": "x" }', '{  }'],
      ['// top\n{\n  "requests": [], // runs\n  "$schema": "x",\n}', '// top\n{\n  "requests": [],\n}'],
    ];
    for (const [text, expected] of cases) {
      const out = without(text, '$schema');
      assert.equal(out, expected, text);
      const errors: unknown[] = [];
      parse(out, errors as never, { allowTrailingComma: true });
      assert.deepEqual(errors, [], out);
    }
  });
});
