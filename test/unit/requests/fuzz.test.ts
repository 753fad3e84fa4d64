import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseRequestFile } from '../../../src/core/requests/parse';
import { parseEnvFile } from '../../../src/core/requests/envfile';
import type { Diagnostic } from '../../../src/core/requests/positions';

function checkRanges(text: string, diags: Diagnostic[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diags) {
    assert.ok(d.offset >= 0 && d.length >= 0 && d.offset + d.length <= text.length, `offset ${d.offset}+${d.length} in ${text.length}`);
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} on line ${p.line}`);
    }
    assert.ok(d.range.start.line < d.range.end.line || (d.range.start.line === d.range.end.line && d.range.start.character <= d.range.end.character));
    assert.ok(d.message.length > 0);
  }
}

/** Valid-ish request files, then mutated: the parser's hard cases are near-valid inputs. */
const jsonish = fc.letrec(tie => ({
  value: fc.oneof({ depthSize: 'small' },
    fc.string(), fc.constantFrom('{{zip}}', '{{env:HOME}}', '{{', '}}', '{{a}}{{b}}', 'IMB/91471/C/NT8X', '0123456789'),
    fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('name', 'api', 'operation', 'params', 'expect', 'lineNumber', 'status', 'x'), tie('value'), { maxKeys: 4 })),
}));
const request = fc.record({
  name: fc.oneof(fc.string(), fc.integer()),
  api: fc.constantFrom('ovh', 'orange-b2b', 'orange-rip', 'nope', ''),
  operation: fc.constantFrom('search/cities', 'test/line', 'test/building', 'poi', 'productRIPQualification', 'search/lines', 'bogus'),
  params: jsonish.value,
  expect: fc.option(jsonish.value, { nil: undefined }),
}, { requiredKeys: [] });
const file = fc.record({ variables: fc.option(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())), { nil: undefined }), requests: fc.array(request, { maxLength: 4 }) }, { requiredKeys: [] });

describe('request files: property-based fuzzing of the parser', () => {
  it('never throws on arbitrary text, and every diagnostic range lies inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), text => {
      const r = parseRequestFile(text);
      checkRanges(text, r.diagnostics);
      checkRanges(text, parseEnvFile(text).diagnostics);
    }), { numRuns: 300 });
  });

  it('never throws on near-valid files (structured, then cut, spliced, or joined with CRLF)', () => {
    fc.assert(fc.property(file, fc.nat(), fc.nat(), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('', ',', '}', '/*', '"', '\u2028', '🏢'),
      (f, cut, at, eol, junk) => {
        const base = JSON.stringify(f, null, 2).replace(/\n/g, eol);
        const variants = [base, base.slice(0, cut % (base.length + 1)), base.slice(0, at % (base.length + 1)) + junk + base.slice(at % (base.length + 1))];
        for (const text of variants) {
          const r = parseRequestFile(text, { processEnv: { HOME: '/root' } });
          checkRanges(text, r.diagnostics);
          assert.equal(r.ok, !r.diagnostics.some(d => d.severity === 'error'));
          for (const q of r.requests) {
            assert.ok(q.offset >= 0 && q.offset + q.length <= text.length);
            if (q.request) assert.equal(typeof q.request.name, 'string');
          }
        }
      }), { numRuns: 120 });
  });
});
