import type { Place } from './place';
import type { Recorder } from './recorder';
import type { Candidate, CompareApi } from './schema';

/** What the user chose, or how to choose, when a place has several localities, streets, addresses or buildings. */
export type PickPolicy = 'none' | 'first' | ((q: ChoiceRequest) => Promise<string | undefined>);

export interface ChoiceRequest {
  api: CompareApi;
  kind: Candidate['kind'];
  question: string;
  candidates: Candidate[];
}

export class Deferred<T> {
  readonly promise: Promise<T>;
  private done = false;
  private resolveFn!: (v: T) => void;
  constructor() { this.promise = new Promise<T>(r => { this.resolveFn = r; }); }
  resolve(v: T): void { if (!this.done) { this.done = true; this.resolveFn(v); } }
}

export interface KnownAddress { streetCode?: string; number?: string; street?: string; zip?: string; city?: string; inseeCode?: string; rivoliCode?: string }

/**
 * What one API's chain learns that sharpens another's query (each resolved exactly once, with
 * undefined when the API is not asked or found nothing, so no chain ever waits forever):
 * OVH's building code → b2b/RIP; OVH's address → b2b (line, coordinates); b2b's address → OVH.
 */
export interface Shared {
  ovhBuilding: Deferred<string | undefined>;
  ovhAddress: Deferred<KnownAddress | undefined>;
  b2bAddress: Deferred<KnownAddress | undefined>;
  ripBuilding: Deferred<string | undefined>;
}

export interface ChainEnv {
  place: Place;
  shared: Shared;
  asked: ReadonlySet<CompareApi>;
  choose(rec: Recorder, kind: Candidate['kind'], question: string, candidates: Candidate[]): Promise<string | undefined>;
}

export function createEnv(place: Place, asked: ReadonlySet<CompareApi>, pick: PickPolicy): ChainEnv {
  const memo = new Map<string, Promise<string | undefined>>();
  return {
    place, asked,
    shared: { ovhBuilding: new Deferred(), ovhAddress: new Deferred(), b2bAddress: new Deferred(), ripBuilding: new Deferred() },
    async choose(rec, kind, question, candidates) {
      if (!candidates.length) return undefined;
      let code: string | undefined;
      if (pick === 'first') code = candidates[0].code;
      else if (typeof pick === 'function') {
        // the same set of candidates is asked about once per compare, whichever API meets it first
        const key = `${kind}|${candidates.map(c => c.code).sort().join('|')}`;
        let p = memo.get(key);
        if (!p) { p = pick({ api: rec.api, kind, question, candidates }); memo.set(key, p); }
        code = await p;
        rec.throwIfAborted();
      }
      const chosen = candidates.find(c => c.code === code);
      if (chosen) rec.step({ step: `choose ${kind}`, matched: chosen.label, how: pick === 'first' ? '--pick first: the first of ' + candidates.length : `chosen among ${candidates.length}` });
      return chosen?.code;
    },
  };
}
