/**
 * The fault configuration (zod): set by options / `--fault` at start, replaced at run time by
 * `POST /_sandbox/faults`. Types come from the schema.
 */
import * as z from 'zod';
import { SANDBOX_APIS } from './apiOf';

export const FaultRuleSchema = z.strictObject({
  /** status: answer `status` in the API's error shape; reset: destroy the socket; hang: never answer;
   *  truncate: cut the response body in half; invalid-json: answer a body that is not JSON. */
  kind: z.enum(['status', 'reset', 'hang', 'truncate', 'invalid-json']),
  /** for kind 'status' (429, 500 and 503 have API-specific bodies; any 4xx/5xx is accepted) */
  status: z.number().int().min(400).max(599).optional(),
  /** seconds, sent as `Retry-After` (kind 'status' only); absent = no header */
  retryAfter: z.number().int().min(0).optional(),
  /** probability per matching request, drawn from the seeded PRNG (1 = always) */
  rate: z.number().min(0).max(1).default(1),
  /** URL path prefix the rule applies to, e.g. `/eligibility/b2b` (default: every API path) */
  path: z.string().optional(),
  /** apply at most this many times, then the rule is spent */
  times: z.number().int().positive().optional(),
}).refine(r => r.kind !== 'status' || r.status !== undefined, { message: 'a status rule needs `status`' });
export type FaultRule = z.infer<typeof FaultRuleSchema>;

export const FaultConfigSchema = z.strictObject({
  latencyMs: z.number().int().min(0).default(0),
  jitterMs: z.number().int().min(0).default(0),
  rules: z.array(FaultRuleSchema).default([]),
  /** URL path prefixes whose OVH tasks stay `pending` forever ('/' = all) */
  stuckPending: z.array(z.string()).default([]),
  /** requests per second allowed per API; beyond, 429 (counted in `quota429s`) */
  quota: z.partialRecord(z.enum(SANDBOX_APIS), z.number().positive()).default({}),
  /** inject the HTML/script payload into text fields of successful answers */
  htmlPayload: z.boolean().default(false),
});
export type FaultConfig = z.infer<typeof FaultConfigSchema>;
export type FaultConfigInput = z.input<typeof FaultConfigSchema>;

export function parseFaultConfig(input: unknown): FaultConfig {
  return FaultConfigSchema.parse(input ?? {});
}
