import * as z from 'zod';
import type { OperationDef } from '../apis/operation';
import { ApiId } from '../model/normalized';
import { Expect } from './expect.schema';

/**
 * The `.elig.json` request-file format. The envelope is validated here; `params` is
 * validated per `api` + `operation` against the operation's own strict zod schema
 * (see parse.ts, and jsonschema.ts for the per-operation JSON Schema).
 */
export const VariableValue = z.union([z.string(), z.number(), z.boolean()]);
export type VariableValue = z.infer<typeof VariableValue>;

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export const Variables = z.record(z.string().regex(VARIABLE_NAME, 'Variable names are letters, digits, `_`, `-` and `.`, starting with a letter or `_`'), VariableValue)
  .meta({ description: 'Variables usable as `{{name}}` in `params` and `expect`. A named environment (`--env`) overrides them; `{{env:NAME}}` reads the process environment.', examples: [{ zip: '91400', line: '0123456789' }] });

export const PollSettings = z.strictObject({
  initialDelayMs: z.number().int().min(0).optional().meta({ description: 'First wait between OVH task re-posts, ms.' }),
  maxDelayMs: z.number().int().min(0).optional().meta({ description: 'Cap of the wait between re-posts, ms.' }),
  deadlineMs: z.number().int().positive().optional().meta({ description: 'Give up polling after this long, ms.' }),
}).meta({ description: 'OVH task polling for this request (defaults: 1.5 s first wait, 10 s cap, 120 s deadline).' });

const requestFields = {
  name: z.string().min(1).meta({ description: 'Name of the request, unique in the file (shown in reports and CodeLens).', examples: ['Orsay cities'] }),
  description: z.string().optional().meta({ description: 'What this request checks (free text).' }),
  tags: z.array(z.string().min(1)).optional().meta({ description: 'Tags, for `elig run --tag TAG`.', examples: [['smoke', 'fiber']] }),
  skip: z.union([z.boolean(), z.string()]).optional().meta({ description: '`true` or a reason: the request is reported as skipped and not sent.' }),
  only: z.boolean().optional().meta({ description: 'When any request of a run has `only: true`, only those run (the others are skipped).' }),
  env: z.array(z.string().min(1)).optional().meta({ description: 'Run only when one of these environments is selected with `--env`; skipped otherwise.', examples: [['dev', 'ci']] }),
  timeoutMs: z.number().int().positive().optional().meta({ description: 'Total time allowed for one HTTP attempt of this request, ms.', examples: [10000] }),
  poll: PollSettings.optional(),
  expect: Expect.optional(),
};

export const RequestEnvelope = z.strictObject({
  ...requestFields,
  api: ApiId.meta({ description: 'Which API: `ovh` (OVHcloud Connectivity), `orange-b2b` (Orange Business Eligibility), `orange-rip` (Orange RIP Operator Eligibility).' }),
  operation: z.string().min(1).meta({ description: 'The operation: OVH path names (`search/cities`, `test/line`, ...), Orange b2b `poi`, RIP `productRIPQualification`.' }),
  params: z.record(z.string(), z.unknown()).meta({ description: 'Parameters of the operation (validated per operation).' }),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelope>;

export const RequestFileEnvelope = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Path or URL of elig.schema.json, for editors other than VS Code (there the extension provides the schema; a `$schema` replaces it).' }),
  description: z.string().optional().meta({ description: 'What this file tests.' }),
  variables: Variables.optional(),
  requests: z.array(RequestEnvelope).meta({ description: 'The requests, run in order (or concurrently with `--concurrency`).' }),
});
export type RequestFile = z.infer<typeof RequestFileEnvelope>;

/** The fields shared by every request, for building per-operation request schemas. */
export function requestFieldsShape() { return requestFields; }

/**
 * The same format as one zod schema, as a union discriminated by `api`, then `operation`,
 * each member carrying its operation's strict `params` schema (typing and JSON Schema generation).
 */
export function buildRequestSchema(ops: readonly OperationDef[]) {
  const byApi = new Map<string, OperationDef[]>();
  for (const op of ops) byApi.set(op.api, [...(byApi.get(op.api) ?? []), op]);
  const member = (op: OperationDef) => z.strictObject({
    ...requestFields,
    api: z.literal(op.api),
    operation: z.literal(op.name),
    params: op.params,
  });
  const perApi = [...byApi.values()].map(list => list.length === 1 ? member(list[0])
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    : z.discriminatedUnion('operation', list.map(member) as any));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return perApi.length === 0 ? RequestEnvelope : perApi.length === 1 ? perApi[0] : z.discriminatedUnion('api', perApi as any);
}
