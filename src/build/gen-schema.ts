// Writes schemas/elig.schema.json from the zod schemas (npm run gen:schema, part of npm run build).
// Deterministic: the same operation table always gives the same bytes (a unit test checks the
// committed file against a fresh generation).
import fs from 'node:fs';
import path from 'node:path';
import { ALL_OPERATIONS } from '../core/apis';
import { jsonSchemaText } from '../core/requests/jsonschema';

export const SCHEMA_PATH = path.join(__dirname, '..', '..', 'schemas', 'elig.schema.json');

export function generate(): string { return jsonSchemaText(ALL_OPERATIONS); }

if (require.main === module) {
  const text = generate();
  fs.mkdirSync(path.dirname(SCHEMA_PATH), { recursive: true });
  const before = fs.existsSync(SCHEMA_PATH) ? fs.readFileSync(SCHEMA_PATH, 'utf8') : '';
  if (before !== text) fs.writeFileSync(SCHEMA_PATH, text);
  console.log(`${path.relative(process.cwd(), SCHEMA_PATH)}: ${before === text ? 'unchanged' : 'written'} (${ALL_OPERATIONS.length} operations, ${text.length} bytes)`);
}
