import * as z from 'zod';
import { compare } from '../compare';
import { COMPARE_APIS, type CompareResult } from '../compare/schema';
import { CellStatus } from '../compare/schema';
import { Technology } from '../model/normalized';
import type { AssertionResult } from '../result';
import type { RunContext } from '../apis/operation';

/**
 * Request-file `compare` entries: `{ name, compare: { place, apis? }, expect: { matrix } }`: one place
 * asked of the providers (src/core/compare), with the matrix cells asserted.
 */
export const CompareSpec = z.strictObject({
  place: z.string().min(1).max(300).meta({
    description: 'The place: an address (`2 RUE DU VERGER, 91400 ORSAY`), a building code (`IMB/…`), a 10-digit line number or `lat,lon`.',
    examples: ['2 RUE DU VERGER, 91400 ORSAY', 'IMB/69383/A/0000', '0470000000', '50.319779,3.516726'],
  }),
  apis: z.array(z.enum(COMPARE_APIS)).min(1).optional().meta({ description: 'Which providers to ask (default: all three).', examples: [['ovh', 'orange-rip']] }),
  pick: z.enum(['first']).optional().meta({ description: '`first`: with several localities, streets or buildings, take the first (default: the cells are `needs-choice`).' }),
}).meta({ description: 'Compare providers: ask every selected API about one place and assert the matrix (`expect.matrix`).' });
export type CompareSpec = z.infer<typeof CompareSpec>;

const CellExpect = z.partialRecord(z.enum(COMPARE_APIS), CellStatus).meta({
  description: 'Expected cell status per provider: `eligible`, `not-eligible`, `not-offered`, `needs-choice`, `error`, `not-asked`.',
  examples: [{ ovh: 'eligible', 'orange-rip': 'eligible' }],
});
export const MatrixExpect = z.partialRecord(Technology, CellExpect).meta({
  description: 'Compare entries: expected cells of the matrix, by technology then provider, e.g. `{ "FTTH": { "ovh": "eligible", "orange-rip": "eligible" } }`.',
  examples: [{ FTTH: { ovh: 'eligible', 'orange-b2b': 'eligible', 'orange-rip': 'eligible' } }],
});
export type MatrixExpect = z.infer<typeof MatrixExpect>;

export function evaluateMatrix(expected: MatrixExpect | undefined, r: CompareResult): AssertionResult[] {
  const out: AssertionResult[] = [];
  for (const [tech, cells] of Object.entries(expected ?? {})) {
    const row = r.matrix.find(x => x.technology === tech);
    for (const [api, status] of Object.entries(cells ?? {})) {
      const got = row?.cells[api as keyof NonNullable<typeof row>['cells']];
      const actual = got ? `${got.status}${got.reason ? ` (${got.reason.code})` : got.error ? ` (${got.error.message})` : ''}` : 'missing';
      out.push({ description: `${tech} ${api} is ${status}`, passed: got?.status === status, expected: status, actual });
    }
  }
  return out;
}

/** Runs one compare entry: never throws (a bad place or a cancellation is a failed assertion). */
export async function runCompareEntry(ctx: RunContext, spec: CompareSpec, matrix: MatrixExpect | undefined): Promise<{ result?: CompareResult; assertions: AssertionResult[]; error?: { kind: string; message: string } }> {
  try {
    const result = await compare(spec.place, { ctx, apis: spec.apis, pick: spec.pick ?? 'none', signal: ctx.signal });
    return { result, assertions: evaluateMatrix(matrix, result) };
  } catch (e) {
    const err = e as { kind?: string; message?: string };
    return { assertions: [], error: { kind: err.kind ?? 'input', message: err.message ?? String(e) } };
  }
}
