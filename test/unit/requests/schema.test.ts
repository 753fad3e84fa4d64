import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ALL_OPERATIONS } from '../../../src/core/apis';
import { buildJsonSchema, defName } from '../../../src/core/requests/jsonschema';
import { generate, SCHEMA_PATH } from '../../../src/build/gen-schema';

describe('request files: generated JSON Schema', () => {
  it('the committed schemas/elig.schema.json equals a fresh generation (run `npm run gen:schema`)', () => {
    const committed = fs.readFileSync(SCHEMA_PATH, 'utf8');
    assert.equal(committed, generate(), 'schemas/elig.schema.json is stale: run npm run gen:schema');
    assert.equal(generate(), generate(), 'generation is deterministic');
    assert.equal(path.basename(SCHEMA_PATH), 'elig.schema.json');
  });

  it('has params, hover text and snippets for every operation, and a deprecation message for deprecated ones', () => {
    const s = buildJsonSchema(ALL_OPERATIONS) as Record<string, any>;
    const request = s.properties.requests.items;
    const branches = request.allOf as any[];
    assert.ok(ALL_OPERATIONS.length > 0);
    for (const op of ALL_OPERATIONS) {
      const def = s.definitions[defName(op)];
      assert.ok(def, `definition for ${op.api} ${op.name}`);
      assert.equal(typeof def.markdownDescription, 'string');
      const branch = branches.find(b => b.if?.properties?.operation?.const === op.name && b.if.properties.api.const === op.api);
      assert.ok(branch, `if/then for ${op.api} ${op.name}`);
      if (op.deprecated) assert.match(branch.then.properties.operation.deprecationMessage, /deprecated/);
      else assert.equal(branch.then.properties.operation.deprecationMessage, undefined);
    }
    const deprecated = ALL_OPERATIONS.filter(o => o.deprecated).map(o => o.name);
    assert.ok(deprecated.includes('search/lines'), 'search/lines is deprecated');
    assert.ok(request.defaultSnippets.length >= ALL_OPERATIONS.length - deprecated.length);
    assert.ok(request.properties.expect.properties.eligible.description);
    assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
  });
});
