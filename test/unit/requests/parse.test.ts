import assert from 'node:assert/strict';
import { parseRequestFile } from '../../../src/core/requests/parse';
import type { Diagnostic } from '../../../src/core/requests/positions';

/** 1-based "line:col" of a diagnostic, and the source text it underlines. */
const at = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
const under = (text: string, d: Diagnostic) => text.slice(d.offset, d.offset + d.length);
/** "line:col" (1-based) of the first occurrence of `needle` on 1-based line `line`. */
const loc = (text: string, line: number, needle: string) => `${line}:${text.split(/\r?\n/)[line - 1].indexOf(needle) + 1}`;
const errors = (r: { diagnostics: Diagnostic[] }) => r.diagnostics.filter(d => d.severity === 'error');

describe('request files: parse', () => {
  it('tolerates comments and trailing commas (the RIP guide pastes them)', () => {
    const text = `// QA smoke
{
  /* block comment */
  "requests": [
    {
      "name": "rip",
      "api": "orange-rip",
      "operation": "productRIPQualification",
      "params": { "contextType": "address", "category": { "name": "ftte", }, "place": { "geographicAddress": { "rivoliCode": "0082", "cityCode": "53068", "streetNr": "59", }, }, },
    },
  ],
}`;
    const r = parseRequestFile(text);
    assert.deepEqual(errors(r), []);
    assert.equal(r.ok, true);
    assert.equal(r.requests.length, 1);
    assert.equal(r.requests[0].request?.operation, 'productRIPQualification');
  });

  it('reports invalid JSON at its exact line and column', () => {
    const text = '{\n  "requests": [\n    { "name": "a" "api": "ovh" }\n  ]\n}';
    const r = parseRequestFile(text);
    const e = errors(r);
    assert.equal(e.length >= 1, true);
    assert.equal(at(e[0]), '3:19');
    assert.match(e[0].message, /comma expected/);
    assert.equal(r.ok, false);
  });

  it('reports an unknown operation on the operation value, with a suggestion', () => {
    const text = '{"requests": [\n  {"name": "x", "api": "ovh", "operation": "test/lin", "params": {}}\n]}';
    const e = errors(parseRequestFile(text));
    assert.equal(e.length, 1);
    assert.equal(at(e[0]), '2:44');
    assert.equal(at(e[0]), loc(text, 2, '"test/lin"'));
    assert.equal(under(text, e[0]), '"test/lin"');
    assert.match(e[0].message, /Unknown operation "test\/lin" for api "ovh"; did you mean "test\/line"\?/);
    assert.equal(e[0].code, 'unknown-operation');
  });

  it('an empty operation is one problem, one diagnostic (the known names), not the envelope\'s too', () => {
    const text = '{"requests": [{"name": "x", "api": "ovh", "operation": "", "params": {}}, {"name": "y", "api": "nope", "operation": "", "params": {}}]}';
    const e = errors(parseRequestFile(text));
    const first = e.filter(d => d.offset < text.indexOf('"y"'));
    assert.equal(first.length, 1, first.map(d => d.message).join(' | '));
    assert.equal(under(text, first[0]), '""');
    assert.match(first[0].message, /Unknown operation "" for api "ovh".*known: search\/cities/);
    // with an unknown api the operation cannot be checked against a list: the envelope says it
    const second = e.filter(d => d.offset > text.indexOf('"y"'));
    assert.deepEqual(second.map(d => d.code), ['envelope', 'envelope']);
  });

  it('says which api an operation belongs to when used with the wrong one', () => {
    const text = '{"requests": [{"name": "x", "api": "ovh", "operation": "poi", "params": {}}]}';
    const e = errors(parseRequestFile(text));
    assert.match(e[0].message, /"poi" is an operation of api "orange-b2b"/);
  });

  it('reports bad params on the offending value, unknown keys on the key, missing keys on the params key', () => {
    const text = [
      '{"requests": [',
      '  {"name": "x", "api": "ovh", "operation": "test/line",',
      '   "params": {"lineNumber": "0123456789", "status": "activ", "colour": 1}},',
      '  {"name": "y", "api": "ovh", "operation": "test/line",',
      '   "params": {"lineNumber": "0123456789"}}',
      ']}',
    ].join('\n');
    const e = errors(parseRequestFile(text));
    const byText = new Map(e.map(d => [under(text, d), d]));
    assert.equal(at(byText.get('"activ"')!), loc(text, 3, '"activ"'));
    assert.match(byText.get('"activ"')!.message, /^params\.status: /);
    assert.equal(at(byText.get('"colour"')!), loc(text, 3, '"colour"'));
    assert.match(byText.get('"colour"')!.message, /unknown property "colour"/);
    assert.equal(at(byText.get('"params"')!), '5:4');
    assert.match(byText.get('"params"')!.message, /missing required property "status"/);
  });

  it('reports an unknown variable at the placeholder inside the string', () => {
    const text = '{"variables": {"line": "0123456789"},\n "requests": [{"name": "x", "api": "ovh", "operation": "test/line",\n  "params": {"lineNumber": "{{lin}}", "status": "active"}}]}';
    const e = errors(parseRequestFile(text));
    assert.equal(e.length, 1);
    assert.equal(under(text, e[0]), '{{lin}}');
    assert.equal(at(e[0]), loc(text, 3, '{{lin}}'));
    assert.match(e[0].message, /Unknown variable \{\{lin\}\}; did you mean \{\{line\}\}\?/);
  });

  it('positions a placeholder in the middle of a string exactly', () => {
    const text = '{"requests": [{"name": "x", "api": "orange-b2b", "operation": "poi", "params": {"fullTextAddress": "12 rue {{street}}, {{city}}"}}]}';
    const r = parseRequestFile(text, { environment: { city: '75001 Paris' } });
    const e = errors(r);
    assert.equal(e.length, 1);
    assert.equal(under(text, e[0]), '{{street}}');
  });

  it('counts positions in UTF-16 code units across CRLF lines and non-ASCII text', () => {
    const text = '{\r\n"description": "Marcq-en-Barœul 🏢",\r\n"requests": [{"name": "x", "api": "ovh", "operation": "test/otp", "params": {"otp": "{{nope}}"}}]}';
    const e = errors(parseRequestFile(text));
    assert.equal(e.length, 1);
    assert.equal(e[0].range.start.line, 2);
    assert.equal(under(text, e[0]), '{{nope}}');
    assert.equal(e[0].range.start.character, text.split('\r\n')[2].indexOf('{{nope}}'));
  });

  it('checks ND, building code and OTP formats where JSON Schema cannot', () => {
    const text = JSON.stringify({ requests: [
      { name: 'nd', api: 'ovh', operation: 'test/line', params: { lineNumber: '012345678', status: 'active' } },
      { name: 'imb', api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/5937/X/013S' } },
      { name: 'otp', api: 'ovh', operation: 'test/otp', params: { otp: 'OO-XXXX' } },
      { name: 'rip nd', api: 'orange-rip', operation: 'productRIPQualification', params: { contextType: 'nd', category: { name: 'ftte' }, publicKey: { name: 'nd', value: '0923456789' } } },
    ] }, null, 2);
    const r = parseRequestFile(text);
    const find = (s: string) => r.diagnostics.find(d => under(text, d) === JSON.stringify(s));
    assert.match(find('012345678')!.message, /Malformed ND/);
    assert.match(find('IMB/5937/X/013S')!.message, /building code/);
    assert.equal(find('OO-XXXX')!.severity, 'warning');
    assert.match(find('0923456789')!.message, /01.*05/);
  });

  it('search/lines is not deprecated (PRODUCTION in OVHcloud\'s schema: no deprecation text from no source)', () => {
    const text = '{"requests": [{"name": "x", "api": "ovh", "operation": "search/lines", "params": {"streetCode": "9147132200", "streetNumber": "2"}}]}';
    const r = parseRequestFile(text);
    assert.equal(r.diagnostics.find(d => d.code === 'deprecated-operation'), undefined);
    assert.ok(r.requests[0].request);
  });

  it('refuses {{env:...}} on credential variables, and resolves exposed ones from the process env', () => {
    const text = '{"requests": [{"name": "x", "api": "ovh", "operation": "search/cities", "params": {"zipCode": "{{env:ELIG_ORANGE_CLIENT_SECRET}}"}}, {"name": "y", "api": "ovh", "operation": "search/cities", "params": {"zipCode": "{{env:ELIG_VAR_ZIP}}"}}]}';
    const r = parseRequestFile(text, { processEnv: { ELIG_VAR_ZIP: '91400', ELIG_ORANGE_CLIENT_SECRET: 'sentinel' } });
    const e = errors(r);
    assert.equal(e.length, 1);
    assert.equal(e[0].code, 'forbidden-variable');
    assert.equal(r.requests[1].request?.params.zipCode, '91400');
    // editor mode (no process env): left for run time, no error, request not runnable yet
    const r2 = parseRequestFile('{"requests": [{"name": "y", "api": "ovh", "operation": "search/cities", "params": {"zipCode": "{{env:ELIG_VAR_ZIP}}"}}]}');
    assert.deepEqual(errors(r2), []);
    assert.equal(r2.requests[0].request, undefined);
  });

  it('exports request and name ranges for CodeLens, even when the file has a syntax error', () => {
    const text = '{\n  "requests": [\n    {\n      "name": "first", "api": "ovh", "operation": "search/cities", "params": {"zipCode": "91400"}\n    },\n    { "name": "second", "api": "ovh" "operation": "x" }\n  ]\n}';
    const r = parseRequestFile(text);
    assert.equal(r.ok, false);
    assert.equal(r.requests.length, 2);
    assert.deepEqual(r.requests[0].range.start, { line: 2, character: 4 });
    assert.deepEqual(r.requests[0].nameRange!.start, { line: 3, character: 14 });
    assert.equal(r.requests[1].name, 'second');
  });

  it('reports envelope problems: not an object, missing requests, unknown top-level keys, duplicate names', () => {
    assert.match(errors(parseRequestFile('[]'))[0].message, /JSON object/);
    assert.match(errors(parseRequestFile('{}'))[0].message, /missing required property "requests"/);
    const t = '{"requests": [], "reqests": []}';
    const e = errors(parseRequestFile(t));
    assert.equal(under(t, e[0]), '"reqests"');
    const d = '{"requests": [{"name": "a", "api": "ovh", "operation": "search/cities", "params": {"zipCode": "1"}}, {"name": "a", "api": "ovh", "operation": "search/cities", "params": {"zipCode": "2"}}]}';
    assert.equal(parseRequestFile(d).diagnostics.find(x => x.code === 'duplicate-name')?.severity, 'warning');
    assert.match(errors(parseRequestFile(''))[0].message, /Empty request file/);
  });

  it('validates expect and types exact placeholders (numbers stay numbers)', () => {
    const text = '{"variables": {"n": 2, "d": 50}, "requests": [{"name": "a", "api": "ovh", "operation": "search/addresses", "params": {"latitude": 48.7, "longitude": 2.18, "distance": "{{d}}"}, "expect": {"minResults": "{{n}}", "eligble": []}}]}';
    const r = parseRequestFile(text);
    const e = errors(r);
    assert.equal(e.length, 1);
    assert.equal(under(text, e[0]), '"eligble"');
    const ok = parseRequestFile(text.replace(', "eligble": []', ''));
    assert.equal(ok.requests[0].request?.params.distance, 50);
    assert.equal(ok.requests[0].request?.expect?.minResults, 2);
  });
});
