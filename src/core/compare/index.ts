import { setMaxListeners } from 'node:events';
import type { RunContext } from '../apis/operation';
import { buildMatrix, findDisagreements, type Findings } from './cells';
import { ripChain, b2bChain } from './chain-orange';
import { ovhChain } from './chain-ovh';
import { createEnv, type PickPolicy } from './env';
import { describePlace, parsePlace, type Place } from './place';
import { cancelled, Recorder, type CompareProgress } from './recorder';
import { COMPARE_APIS, type CompareApi, type CompareResult } from './schema';

export * from './schema';
export { parsePlace, describePlace, fullTextAddress, placeError, type Place } from './place';
export { normalizeName, nameScore } from './names';
export type { PickPolicy, ChoiceRequest } from './env';
export type { CompareProgress } from './recorder';
export { API_LABEL } from './cells';
export { compareExitCode, isAmbiguous, hasApiError } from './outcome';

export interface CompareOptions {
  /** which APIs to ask (default: all three) */
  apis?: readonly CompareApi[];
  /** several localities/streets/addresses/buildings: 'none' (default) reports the candidates, 'first' takes the first, a function asks */
  pick?: PickPolicy;
  /**
   * The run context(s): http (rate buckets, concurrency), target, shared state (tokens), poll.
   * One context for all APIs, or one per API (e.g. profiles per API family).
   */
  ctx: Omit<RunContext, 'signal' | 'onProgress'> | Partial<Record<CompareApi, Omit<RunContext, 'signal' | 'onProgress'>>>;
  signal?: AbortSignal;
  /** per-API progress: start, each call, done */
  onProgress?: (p: CompareProgress) => void;
}

function contextFor(o: CompareOptions, api: CompareApi): RunContext {
  const c = o.ctx as Record<string, unknown>;
  const own = 'http' in c ? (o.ctx as Omit<RunContext, 'signal' | 'onProgress'>) : (o.ctx as Partial<Record<CompareApi, Omit<RunContext, 'signal' | 'onProgress'>>>)[api];
  if (!own) throw new Error(`compare: no run context for ${api}`);
  return { ...own, signal: o.signal };
}

/**
 * Asks every selected API about one place, concurrently, and returns the matrix.
 * `query`: free-text address, `IMB/…` building code, 10-digit line, or `lat,lon` (a parsed Place also works).
 * Throws an EligError of kind `input` for a place it cannot parse and `cancelled` when the signal aborts;
 * every API failure is a value in the result (cells `error`).
 */
export async function compare(query: string | Place, options: CompareOptions): Promise<CompareResult> {
  const place = typeof query === 'string' ? parsePlace(query) : query;
  const asked = new Set<CompareApi>(options.apis?.length ? options.apis : COMPARE_APIS);
  if (options.signal?.aborted) throw cancelled();
  // every HTTP attempt of the three chains listens to the same signal (a dozen at once is normal)
  if (options.signal) setMaxListeners(64, options.signal);
  const env = createEnv(place, asked, options.pick ?? 'none');
  const recorders = {} as Record<CompareApi, Recorder>;
  const chains = { ovh: ovhChain, 'orange-b2b': b2bChain, 'orange-rip': ripChain };
  const findings = {} as Record<CompareApi, Findings | 'not-asked'>;
  // shared values an API that is not asked would have given: resolved now, so nobody waits
  if (!asked.has('ovh')) { env.shared.ovhBuilding.resolve(undefined); env.shared.ovhAddress.resolve(undefined); }
  if (!asked.has('orange-b2b')) env.shared.b2bAddress.resolve(undefined);
  if (!asked.has('orange-rip')) env.shared.ripBuilding.resolve(undefined);
  await Promise.all(COMPARE_APIS.map(async api => {
    const rec = recorders[api] = new Recorder(api, asked.has(api) ? contextFor(options, api) : ({} as RunContext), options.onProgress);
    if (!asked.has(api)) { rec.status = 'not-asked'; findings[api] = 'not-asked'; return; }
    rec.progress('start', `asking ${api}`);
    try {
      findings[api] = await chains[api](env, rec);
    } finally {
      rec.progress('done', rec.status);
    }
  }));
  if (options.signal?.aborted) throw cancelled();
  const matrix = buildMatrix(findings);
  return {
    query: typeof query === 'string' ? query : describePlace(query),
    resolved: { ovh: recorders.ovh.toResolution(), 'orange-b2b': recorders['orange-b2b'].toResolution(), 'orange-rip': recorders['orange-rip'].toResolution() },
    matrix,
    disagreements: findDisagreements(matrix),
  };
}
