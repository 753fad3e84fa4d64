import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_OPERATIONS } from '../../../src/core/apis';
import { buildEditorJsonSchema, buildJsonSchema, defName } from '../../../src/core/requests/jsonschema';
import { ENV_SCHEMA_PATH, generate, generateEnv, generateVscode, SCHEMA_PATH, VSCODE_SCHEMA_PATH } from '../../../src/build/gen-schema';

/** The per-operation if/then of a request schema: nested in the `then` of its api's branch. */
function opBranches(request: Record<string, any>): { api: string; branch: any }[] {
  return (request.allOf as any[]).filter(b => b.if?.properties?.api).flatMap(a => (a.then.allOf as any[]).map(branch => ({ api: a.if.properties.api.const, branch })));
}

describe('request files: generated JSON Schema', () => {
  it('the committed schemas/elig.schema.json equals a fresh generation (run `npm run gen:schema`)', () => {
    const committed = fs.readFileSync(SCHEMA_PATH, 'utf8');
    assert.equal(committed, generate(), 'schemas/elig.schema.json is stale: run npm run gen:schema');
    assert.equal(generate(), generate(), 'generation is deterministic');
    assert.equal(path.basename(SCHEMA_PATH), 'elig.schema.json');
    assert.equal(fs.readFileSync(ENV_SCHEMA_PATH, 'utf8'), generateEnv(), 'schemas/elig.env.schema.json is stale: run npm run gen:schema');
    assert.equal(fs.readFileSync(VSCODE_SCHEMA_PATH, 'utf8'), generateVscode(), 'schemas/elig.vscode.schema.json is stale: run npm run gen:schema');
  });

  it('the extension contributes the completion-only copy to VS Code (jsonValidation), packaged', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [
      { fileMatch: '*.elig.json', url: './schemas/elig.vscode.schema.json' },
      { fileMatch: 'elig.env.json', url: './schemas/elig.env.schema.json' },
    ]);
    const ignore = fs.readFileSync(path.join(__dirname, '../../../.vscodeignore'), 'utf8');
    for (const f of ['elig.vscode.schema.json', 'elig.env.schema.json']) assert.ok(ignore.split('\n').includes(`!schemas/${f}`), `${f} packaged`);
  });

  it('has params, hover text and snippets for every operation, and a deprecation message for deprecated ones', () => {
    const s = buildJsonSchema(ALL_OPERATIONS) as Record<string, any>;
    const request = s.properties.requests.items;
    const branches = opBranches(request);
    assert.ok(ALL_OPERATIONS.length > 0);
    for (const op of ALL_OPERATIONS) {
      const def = s.definitions[defName(op)];
      assert.ok(def, `definition for ${op.api} ${op.name}`);
      assert.equal(typeof def.markdownDescription, 'string');
      const branch = branches.find(b => b.branch.if.properties.operation.const === op.name && b.api === op.api)?.branch;
      assert.ok(branch, `if/then for ${op.api} ${op.name}`);
      if (op.deprecated) assert.match(branch.then.properties.operation.deprecationMessage, /deprecated/);
      else assert.equal(branch.then.properties.operation.deprecationMessage, undefined);
    }
    const deprecated = ALL_OPERATIONS.filter(o => o.deprecated).map(o => o.name);
    assert.deepEqual(deprecated, [], 'no operation is deprecated in the sources we have');
    assert.ok(request.defaultSnippets.length >= ALL_OPERATIONS.length - deprecated.length);
    // a deprecation (from an api status) reaches the editor as a deprecation message
    const withDeprecated = buildJsonSchema(ALL_OPERATIONS.map(o => (o.name === 'search/lines' ? { ...o, deprecated: 'Deprecated by OVHcloud on 2027-01-01 (OVHcloud API schema).' } : o))) as Record<string, any>;
    const lines = opBranches(withDeprecated.properties.requests.items).find(b => b.branch.if.properties.operation.const === 'search/lines')!.branch;
    assert.match(lines.then.properties.operation.deprecationMessage, /2027-01-01/);
    // BETA operations say so in completion and hover
    for (const op of ALL_OPERATIONS.filter(o => o.stage)) {
      const branch = branches.find(b => b.branch.if.properties.operation.const === op.name && b.api === op.api)!.branch;
      assert.match(branch.then.properties.operation.description, /^BETA — /);
      assert.match(branch.then.properties.operation.markdownDescription, /\(BETA\)/);
      const list = (request.allOf as any[]).find(b => b.if?.properties?.api?.const === op.api).then.properties.operation;
      assert.match(list.defaultSnippets.find((d: any) => d.body === op.name).description, /^BETA — /);
    }
    assert.deepEqual(ALL_OPERATIONS.filter(o => o.stage).map(o => o.name), ['test/building/partners', 'test/otp/partners']);
    assert.ok(request.properties.expect.properties.eligible.description);
    assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
    // every pattern must compile as an ECMAScript regex with the u flag (what editors use)
    const patterns: string[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') for (const [k, v] of Object.entries(n)) { if (k === 'pattern' && typeof v === 'string') patterns.push(v); else walk(v); }
    };
    walk(s);
    walk(JSON.parse(generateEnv()));
    assert.ok(patterns.length > 5);
    for (const p of patterns) assert.doesNotThrow(() => new RegExp(p, 'u'), p);
  });
});

describe('request files: completion of operations per api (schema structure)', () => {
  const request = (buildJsonSchema(ALL_OPERATIONS) as Record<string, any>).properties.requests.items;
  it('each api\'s branch lists its own operations, and no top-level `if` names an operation', () => {
    for (const api of ['ovh', 'orange-b2b', 'orange-rip']) {
      const branch = (request.allOf as any[]).find(b => b.if?.properties?.api?.const === api);
      const mine = ALL_OPERATIONS.filter(o => o.api === api).map(o => o.name);
      assert.deepEqual(branch.then.properties.operation.enum, mine);
      assert.deepEqual(branch.then.properties.operation.defaultSnippets.map((d: any) => d.label), mine.map(n => JSON.stringify(n)), 'labelled as the enum items');
      assert.deepEqual((branch.then.allOf as any[]).map(b => b.if.properties.operation.const), mine);
    }
    // VS Code's JSON service offers the consts of every `if` it evaluates: none outside an api's branch
    for (const b of request.allOf as any[]) assert.equal(b.if?.properties?.operation, undefined);
    // hovers: no enum description printed after the description (the same text twice)
    assert.equal(JSON.stringify(request).includes('numDescriptions'), false);
  });
});

describe('request files: the VS Code copy of the schema (schemas/elig.vscode.schema.json)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv').default as new (o: object) => { compile(s: object): (d: unknown) => boolean };
  it('holds the whole schema under an `if` without `then`: it completes and hovers, and fails no document', () => {
    const full = buildJsonSchema(ALL_OPERATIONS) as Record<string, any>;
    const editor = buildEditorJsonSchema(ALL_OPERATIONS) as Record<string, any>;
    assert.deepEqual(Object.keys(editor).sort(), ['$schema', 'allowComments', 'allowTrailingCommas', 'defaultSnippets', 'definitions', 'description', 'if', 'title']);
    assert.equal(editor.then, undefined);
    assert.equal(editor.else, undefined);
    assert.deepEqual(editor.definitions, full.definitions);
    assert.deepEqual(editor.if.properties, full.properties);
    const strict = new Ajv({ strict: false }).compile(full), lenient = new Ajv({ strict: false }).compile(editor);
    for (const bad of [{ requests: [{ name: 'x', api: 'ovh', operation: 'poi', params: {} }] }, { requests: 3 }, [], 'x']) {
      assert.equal(strict(bad), false, JSON.stringify(bad));
      assert.equal(lenient(bad), true, JSON.stringify(bad));
    }
  });
});

describe('request files: the JSON Schema agrees with the zod validation', () => {
  // ajv (draft-07) stands in for VS Code's JSON language service here
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv').default as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] } };
  const validate = new Ajv({ strict: false, allErrors: true }).compile(buildJsonSchema(ALL_OPERATIONS));
  const { parse } = require('jsonc-parser') as typeof import('jsonc-parser');

  it('accepts every example file', () => {
    const dir = path.join(__dirname, '../../../examples');
    const files = ['ovh/address-flow.elig.json', 'ovh/tests.elig.json', 'ovh/partners.elig.json', 'ovh/lines.elig.json', 'ovh/recall.elig.json', 'orange/poi.elig.json', 'orange/rip.elig.json'];
    for (const f of files) {
      const ok = validate(parse(fs.readFileSync(path.join(dir, f), 'utf8'), [], { allowTrailingComma: true }));
      assert.ok(ok, `${f}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  });

  it('rejects what zod rejects: bad params per operation, unknown keys, bad expect', () => {
    const file = (r: object) => ({ requests: [{ name: 'x', ...r }] });
    assert.equal(validate(file({ api: 'ovh', operation: 'test/line', params: { lineNumber: '0123456789', status: 'active' } })), true);
    assert.equal(validate(file({ api: 'ovh', operation: 'test/line', params: { lineNumber: '0123456789', status: 'activ' } })), false);
    assert.equal(validate(file({ api: 'ovh', operation: 'test/line', params: { lineNumber: '0123456789' } })), false);
    assert.equal(validate(file({ api: 'ovh', operation: 'test/building', params: { building: 'IMB/91471/C/NT8X', extra: 1 } })), false);
    assert.equal(validate(file({ api: 'ovh', operation: 'poi', params: {} })), false, 'poi is not an OVH operation');
    assert.equal(validate(file({ api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' }, expect: { eligible: 'FTTH' } })), false);
    assert.equal(validate(file({ api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' }, expect: { eligible: ['FTTH'] }, tags: ['a'], timeoutMs: 5000 })), true);
  });
});

describe('request files: the zod discriminated union (api → operation → params)', () => {
  const { buildRequestSchema } = require('../../../src/core/requests/schema') as typeof import('../../../src/core/requests/schema');
  const schema = buildRequestSchema(ALL_OPERATIONS);
  it('validates params per operation', () => {
    assert.equal(schema.safeParse({ name: 'a', api: 'ovh', operation: 'test/line', params: { lineNumber: '0123456789', status: 'active' } }).success, true);
    assert.equal(schema.safeParse({ name: 'a', api: 'orange-b2b', operation: 'poi', params: { buildingCode: 'IMB/59378/X/013S' } }).success, true);
    const bad = schema.safeParse({ name: 'a', api: 'ovh', operation: 'test/line', params: { lineNumber: '0123456789', status: 'x' } });
    assert.equal(bad.success, false);
    assert.deepEqual(bad.error!.issues[0].path, ['params', 'status']);
    assert.equal(schema.safeParse({ name: 'a', api: 'ovh', operation: 'poi', params: {} }).success, false);
    assert.equal(schema.safeParse({ name: 'a', api: 'nope', operation: 'poi', params: {} }).success, false);
  });
});
