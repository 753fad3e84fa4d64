// Writes schemas/elig.schema.json (validating: `$schema` in other editors, CI validators) and
// schemas/elig.vscode.schema.json (completion and hover only: what the extension contributes to
// VS Code, whose problems come from the extension's diagnostics) from the zod schemas
// (npm run gen:schema, part of npm run build).
// Deterministic: the same operation table always gives the same bytes (a unit test checks the
// committed file against a fresh generation).
import fs from 'node:fs';
import path from 'node:path';
import { ALL_OPERATIONS } from '../core/apis';
import { buildEnvJsonSchema, jsonSchemaText } from '../core/requests/jsonschema';

export const SCHEMA_PATH = path.join(__dirname, '..', '..', 'schemas', 'elig.schema.json');

export const VSCODE_SCHEMA_PATH = path.join(__dirname, '..', '..', 'schemas', 'elig.vscode.schema.json');

export const ENV_SCHEMA_PATH = path.join(__dirname, '..', '..', 'schemas', 'elig.env.schema.json');

export function generate(): string { return jsonSchemaText(ALL_OPERATIONS); }
export function generateVscode(): string { return jsonSchemaText(ALL_OPERATIONS, true); }
export function generateEnv(): string { return JSON.stringify(buildEnvJsonSchema(), null, 2) + '\n'; }

function write(file: string, text: string): string {
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (before !== text) fs.writeFileSync(file, text);
  return `${path.relative(process.cwd(), file)}: ${before === text ? 'unchanged' : 'written'} (${text.length} bytes)`;
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(SCHEMA_PATH), { recursive: true });
  console.log(`${write(SCHEMA_PATH, generate())}, ${ALL_OPERATIONS.length} operations`);
  console.log(write(VSCODE_SCHEMA_PATH, generateVscode()));
  console.log(write(ENV_SCHEMA_PATH, generateEnv()));
}
