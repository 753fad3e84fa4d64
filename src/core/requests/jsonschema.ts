import * as z from 'zod';
import type { OperationDef } from '../apis/operation';
import { ApiId } from '../model/normalized';
import { RequestFileEnvelope } from './schema';
import { CompareSpec } from './compare-entry';

/**
 * The JSON Schema of `.elig.json` files (schemas/elig.schema.json), generated from the zod
 * schemas: the envelope, `expect`, and every operation's `params`, selected per api +
 * operation with `if`/`then` (VS Code's JSON service validates, completes and hovers through
 * them). Extras VS Code understands: `markdownDescription`, `deprecationMessage`,
 * `defaultSnippets`, `allowComments`, `allowTrailingCommas`.
 */
type Json = Record<string, unknown>;

const API_TITLES: Record<ApiId, string> = {
  ovh: 'OVHcloud Connectivity (`/connectivity/eligibility/*`)',
  'orange-b2b': 'Orange Business Eligibility (`GET /eligibility/b2b/v1/poi`)',
  'orange-rip': 'Orange RIP Operator Eligibility (`POST /ripoperatoreligibility/v1/productRIPQualification`)',
};

function toJson(schema: z.ZodType): Json {
  const j = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Json;
  delete j.$schema;
  return j;
}

/** Adds `markdownDescription` next to every `description` (VS Code renders it in hovers). */
function withMarkdown(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withMarkdown);
  if (!node || typeof node !== 'object') return node;
  const o: Json = {};
  for (const [k, v] of Object.entries(node as Json)) o[k] = withMarkdown(v);
  if (typeof o.description === 'string' && o.markdownDescription === undefined) o.markdownDescription = o.description;
  return o;
}

/**
 * A string that is, or contains, a `{{variable}}`: valid anywhere a value may come from a variable.
 * No description: a hover on `"{{x}}"` shows the field's own (VS Code takes the first description
 * among the matching schemas, and this alternative comes before the field's).
 */
const PLACEHOLDER_SCHEMA = { type: 'string', pattern: '\\{\\{[^{}]+\\}\\}', $comment: 'A {{variable}} (resolved before the request runs)' };
const DOC_KEYS = ['description', 'markdownDescription', 'examples', 'title', 'deprecated'];
const SCALAR = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * Lets every constrained scalar (pattern, enum, number...) also be a `{{variable}}`, as the
 * runtime does (variables are resolved before validation): `{ anyOf: [original, placeholder] }`,
 * with the documentation kept on the outside so hovers stay the same.
 */
export function allowPlaceholders(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowPlaceholders);
  if (!node || typeof node !== 'object') return node;
  const o: Json = { ...(node as Json) };
  if (o.properties && typeof o.properties === 'object') {
    o.properties = Object.fromEntries(Object.entries(o.properties as Json).map(([k, v]) => [k, allowPlaceholders(v)]));
  }
  for (const k of ['items', 'additionalProperties', 'then', 'else', 'not']) if (o[k] && typeof o[k] === 'object') o[k] = allowPlaceholders(o[k]);
  for (const k of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(o[k])) o[k] = (o[k] as unknown[]).map(allowPlaceholders);
  const t = o.type;
  if (o.properties || o.items) return o;
  const scalar = typeof t === 'string' ? SCALAR.has(t) : Array.isArray(t) ? t.length > 0 && t.every(x => SCALAR.has(String(x))) : t === undefined;
  const constrained = (t !== undefined && t !== 'string') || ['pattern', 'enum', 'const', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'maxLength'].some(k => o[k] !== undefined);
  if (!scalar || !constrained) return o;
  const outer: Json = {}, inner: Json = {};
  for (const [k, v] of Object.entries(o)) (DOC_KEYS.includes(k) ? outer : inner)[k] = v;
  return { ...outer, anyOf: [inner, PLACEHOLDER_SCHEMA] };
}

export function defName(op: OperationDef): string {
  return `params:${op.api}:${op.name}`;
}

/** `BETA — ` before an operation's summary when its provider says it is not production yet. */
export function stageLabel(op: Pick<OperationDef, 'stage'>): string {
  return op.stage ? `${op.stage} — ` : '';
}

function opDoc(op: OperationDef): string {
  const lines = [`**${op.api} ${op.name}**${op.stage ? ` **(${op.stage})**` : ''}: ${op.summary}`];
  if (op.stage) lines.push('', `⚠ ${op.stage}: OVHcloud's API schema gives this operation the status ${op.stage} (not stable production): it may change or answer differently.`);
  if (op.description) lines.push('', op.description);
  if (op.deprecated) lines.push('', `⚠ Deprecated: ${op.deprecated}`);
  if (op.examples[0]) lines.push('', 'Example:', '```json', JSON.stringify(op.examples[0], null, 2), '```');
  return lines.join('\n');
}

/** A value completion that only documents (labelled as the JSON service labels an enum value, so both merge). */
function valueDoc(value: string, doc: string, markdown = doc): Json {
  return { label: JSON.stringify(value), body: value, description: doc, markdownDescription: markdown };
}

function operationDoc(o: OperationDef): Json {
  return valueDoc(o.name, stageLabel(o) + o.summary, (o.deprecated ? '⚠ deprecated — ' : '') + (o.stage ? `**${o.stage}** — ` : '') + o.summary);
}

function requestSnippet(op: OperationDef, example: Record<string, unknown>, label?: string): Json {
  return {
    label: label ?? `${op.api} ${op.name}`,
    description: op.deprecated ? `Deprecated: ${op.summary}` : `${stageLabel(op)}${op.summary}`,
    body: { name: `${op.api} ${op.name}`, api: op.api, operation: op.name, params: example, expect: op.kind === 'eligibility' ? { ok: true } : { minResults: 1 } },
  };
}

export function buildJsonSchema(ops: readonly OperationDef[]): Json {
  const envelope = withMarkdown(toJson(RequestFileEnvelope)) as Json;
  const props = envelope.properties as Json;
  const requests = props.requests as Json;
  const request = requests.items as Json;
  const rprops = request.properties as Json;
  rprops.expect = allowPlaceholders(rprops.expect);
  const apis = ApiId.options.filter(a => ops.some(o => o.api === a));
  const definitions: Json = {};

  // completion docs go in defaultSnippets labelled like the enum items (the JSON service merges
  // them), not in enumDescriptions: a hover would print an enum description after the
  // description, i.e. the same text twice
  rprops.api = { ...(rprops.api as Json), enum: ApiId.options, defaultSnippets: ApiId.options.map(a => valueDoc(a, API_TITLES[a])) };
  // no global enum: completion offers only the operations of the request's `api` (if/then below)
  rprops.operation = { ...(rprops.operation as Json), type: 'string' };
  const allOf: Json[] = [];
  for (const api of apis) {
    const list = ops.filter(o => o.api === api);
    // VS Code's JSON service offers the `const`s of every `if` it evaluates (matched or not) as
    // completions: the per-operation `if`s live inside their api's `then`, so only those count
    allOf.push({
      if: { properties: { api: { const: api } }, required: ['api'] },
      then: {
        properties: { operation: { enum: list.map(o => o.name), defaultSnippets: list.map(operationDoc) } },
        allOf: list.map(op => {
          const operation: Json = { markdownDescription: opDoc(op), description: stageLabel(op) + op.summary };
          if (op.deprecated) operation.deprecationMessage = `${op.api} ${op.name} is deprecated: ${op.deprecated}`;
          return {
            if: { properties: { operation: { const: op.name } }, required: ['operation'] },
            then: { properties: { operation, params: { $ref: `#/definitions/${encodeRef(defName(op))}` } } },
          };
        }),
      },
    });
  }
  // no api yet: every operation is offered (completion only, nothing validated here)
  allOf.push({ if: { required: ['api'] }, else: { properties: { operation: { defaultSnippets: ops.map(o => ({ ...operationDoc(o), description: `${o.api} — ${operationDoc(o).description}` })) } } } });
  for (const op of ops) {
    const p = allowPlaceholders(withMarkdown(toJson(op.params))) as Json;
    p.description = `Parameters of ${op.api} ${op.name}: ${op.summary}`;
    p.markdownDescription = opDoc(op);
    if (op.examples.length) {
      p.examples = op.examples;
      p.defaultSnippets = op.examples.map((body, i) => ({ label: `example ${i + 1}`, description: op.summary, body }));
    }
    definitions[defName(op)] = p;
  }
  request.allOf = allOf;
  // compare entries (src/core/requests/compare-entry.ts): { name, compare: { place, apis }, expect: { matrix } }
  rprops.compare = allowPlaceholders(withMarkdown(toJson(CompareSpec)));
  request.required = ((request.required as string[] | undefined) ?? []).filter(k => k !== 'api' && k !== 'operation' && k !== 'params');
  request.anyOf = [{ required: ['api', 'operation', 'params'] }, { required: ['compare'] }];
  request.defaultSnippets = [...ops.filter(o => !o.deprecated).map(o => requestSnippet(o, o.examples[0] ?? {})), {
    label: 'compare providers', description: 'One place asked of OVHcloud, Orange b2b and Orange RIP; the matrix asserted',
    body: { name: 'Compare 2 RUE DU VERGER', compare: { place: '2 RUE DU VERGER, 91400 ORSAY' }, expect: { matrix: { FTTH: { ovh: 'eligible', 'orange-b2b': 'eligible', 'orange-rip': 'eligible' } } } },
  }];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Eligibility Explorer request file (*.elig.json)',
    description: 'Requests to the OVHcloud Connectivity, Orange Business Eligibility and Orange RIP eligibility APIs, with assertions. Run them with `elig run` or the CodeLens in VS Code. Generated from the zod schemas: do not edit.',
    // the format allows both (jsonc-parser, allowTrailingComma): editors must not flag them
    allowComments: true,
    allowTrailingCommas: true,
    ...envelope,
    defaultSnippets: [{
      label: 'New request file',
      body: { variables: {}, requests: ops[0] ? [(requestSnippet(ops[0], ops[0].examples[0] ?? {}) as Json).body] : [] },
    }],
    definitions,
  };
}

/**
 * The schema the extension contributes to VS Code (`jsonValidation`): the same schema, placed
 * under an `if` with no `then`. An `if` never fails a document (JSON Schema draft 7, 6.6.1), so
 * VS Code's JSON service reports no problem from it, while it still walks the `if` for
 * completion and hover. The extension's diagnostics (the core parser, the same as `elig run`)
 * own every message: one diagnostic per problem. `elig.schema.json` stays the validating one,
 * for `$schema` in other editors and CI validators.
 */
export function buildEditorJsonSchema(ops: readonly OperationDef[]): Json {
  const { $schema, title, description, definitions, defaultSnippets, allowComments, allowTrailingCommas, ...rest } = buildJsonSchema(ops);
  return {
    $schema, title,
    description: `${String(description)} This copy validates nothing by itself: in VS Code, Eligibility Explorer's diagnostics report the problems.`,
    allowComments, allowTrailingCommas, defaultSnippets, definitions,
    if: rest,
  };
}

/** JSON pointer escaping for `$ref` (`/` → `~1`). */
function encodeRef(name: string): string { return name.replace(/~/g, '~0').replace(/\//g, '~1'); }

/** Deterministic text of the schema file (stable key order as built, 2-space indent, final newline). */
export function jsonSchemaText(ops: readonly OperationDef[], editor = false): string {
  return JSON.stringify(editor ? buildEditorJsonSchema(ops) : buildJsonSchema(ops), null, 2) + '\n';
}

/** JSON Schema of environments files (`elig.env.json`), for editors. Secret-looking keys are refused by parseEnvFile. */
export function buildEnvJsonSchema(): Json {
  const variable = { type: ['string', 'number', 'boolean'], description: 'A variable, used as {{name}} in request files.' };
  const environment = {
    type: 'object',
    description: 'An environment: variables, plus optional endpoints. Never credentials (they come from ELIG_* variables or the secret storage).',
    properties: {
      ovhEndpoint: { type: 'string', description: 'OVH endpoint: ovh-eu, ovh-ca, ovh-us or a base URL. Credentials configured for another endpoint are NOT sent to it.', examples: ['ovh-eu', 'ovh-ca'] },
      orangeBaseUrl: { type: 'string', format: 'uri', description: 'Orange base URL (default https://api.orange.com). Credentials configured for another host are NOT sent to it.', examples: ['https://api.orange.com'] },
    },
    propertyNames: { not: { pattern: '([Ss]ecret|SECRET|[Pp]assword|PASSWORD|[Tt]oken|TOKEN|[Aa]pi_?[Kk]ey|API_?KEY|[Cc]onsumer_?[Kk]ey|[Aa]pplication_?[Kk]ey|[Cc]lient_?[Ii]d|CLIENT_?ID|[Cc]redential)' }, description: 'Keys that look like credentials are refused.' },
    additionalProperties: variable,
  };
  const s: Json = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Eligibility Explorer environments file (elig.env.json)',
    description: 'Named environments for request files: `elig run --env NAME`. `$shared` applies to every environment. Generated: do not edit.',
    allowComments: true,
    allowTrailingCommas: true,
    type: 'object',
    properties: { $schema: { type: 'string' }, $shared: environment },
    additionalProperties: environment,
  };
  return withMarkdown(s) as Json;
}
