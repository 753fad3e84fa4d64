import * as z from 'zod';
import { ApiId, NormalizedResult, Technology } from '../model/normalized';

/**
 * The result of one compare (one place asked of OVHcloud, Orange b2b and Orange RIP), as the
 * core returns it, `elig compare --reporter json` prints it and the matrix panel shows it.
 * Shape (issue 11): { query, resolved: { ovh, "orange-b2b", "orange-rip" }, matrix, disagreements }.
 */
export const COMPARE_APIS = ['ovh', 'orange-b2b', 'orange-rip'] as const satisfies readonly ApiId[];
export const TECHNOLOGIES = Technology.options;

export const CellStatus = z.enum(['eligible', 'not-eligible', 'not-offered', 'needs-choice', 'error', 'not-asked']);
export type CellStatus = z.infer<typeof CellStatus>;

/** A building, locality, street or address the user must choose from. */
export const Candidate = z.object({
  /** what to pass back: building code, INSEE code, street code, `streetCode|number` */
  code: z.string(),
  label: z.string(),
  kind: z.enum(['locality', 'street', 'address', 'building']),
});
export type Candidate = z.infer<typeof Candidate>;

export const Cell = z.object({
  status: CellStatus,
  /** offer codes: the eligible ones when eligible, else every offer of the technology */
  offers: z.array(z.string()),
  bestDownMbps: z.number().optional(),
  bestUpMbps: z.number().optional(),
  /** main reason (not-eligible), or why the cell was not asked / not computed */
  reason: z.object({ code: z.string(), message: z.string() }).optional(),
  error: z.object({ status: z.number().optional(), code: z.string().optional(), message: z.string() }).optional(),
  candidates: z.array(Candidate).optional(),
  /** indexes in resolved[api].calls of the call(s) this cell comes from (click → result panel) */
  calls: z.array(z.number().int()).optional(),
});
export type Cell = z.infer<typeof Cell>;

export const MatrixRow = z.object({
  technology: Technology,
  cells: z.object({ ovh: Cell, 'orange-b2b': Cell, 'orange-rip': Cell }),
});
export type MatrixRow = z.infer<typeof MatrixRow>;

/** One step of a resolution: which call (index in `calls`), what matched and how. */
export const TraceStep = z.object({
  step: z.string(),
  call: z.number().int().optional(),
  matched: z.string().optional(),
  how: z.string().optional(),
  score: z.number().optional(),
  /** the value came from another API's answer */
  from: ApiId.optional(),
});
export type TraceStep = z.infer<typeof TraceStep>;

/** One call made for the compare: the same ExecResult as any other call (results panel, history). */
export const CompareCall = z.object({
  call: z.object({ api: ApiId, operation: z.string(), params: z.record(z.string(), z.unknown()) }),
  ok: z.boolean(),
  startedAt: z.string(),
  durationMs: z.number(),
  polls: z.number(),
  attempts: z.number(),
  schemaDrift: z.array(z.string()),
  raw: z.unknown().optional(),
  normalized: NormalizedResult.optional(),
  error: z.looseObject({ kind: z.string(), message: z.string(), status: z.number().optional(), code: z.string().optional() }).optional(),
  exchange: z.looseObject({ method: z.string(), url: z.string() }).optional(),
});
export type CompareCall = z.infer<typeof CompareCall>;

export const ResolutionStatus = z.enum(['resolved', 'not-found', 'ambiguous', 'error', 'not-asked']);
export const Resolution = z.object({
  status: ResolutionStatus,
  /** how the API was asked, e.g. `fullTextAddress`, `building IMB/69383/A/0000`, `nd` */
  via: z.string().optional(),
  /** the place as this API knows it (normalized address text) */
  address: z.string().optional(),
  building: z.string().optional(),
  message: z.string().optional(),
  candidates: z.array(Candidate).optional(),
  trace: z.array(TraceStep),
  calls: z.array(CompareCall),
});
export type Resolution = z.infer<typeof Resolution>;

export const Disagreement = z.object({
  technology: Technology,
  eligible: z.array(ApiId),
  notEligible: z.array(ApiId),
  /** one line: who says yes, who says no, with both reasons */
  message: z.string(),
});
export type Disagreement = z.infer<typeof Disagreement>;

export const CompareResult = z.object({
  query: z.string(),
  resolved: z.object({ ovh: Resolution, 'orange-b2b': Resolution, 'orange-rip': Resolution }),
  matrix: z.array(MatrixRow),
  disagreements: z.array(Disagreement),
});
export type CompareResult = z.infer<typeof CompareResult>;

export type CompareApi = (typeof COMPARE_APIS)[number];
