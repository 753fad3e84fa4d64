/**
 * Deliberate disagreements between the APIs, so the compare matrix shows real cases (README.md,
 * "Disagreements"). Applied around the OVH answers only; Orange b2b and RIP are unchanged.
 *  - RUE DES EXEMPLES 17, 69003 LYON: an address Orange (b2b and RIP) knows and OVHcloud does not
 *    (missing from search/streetNumbers; search/buildings and search/lines [], test/address and
 *    test/building end in "not found"; filtered out of search/addresses and search/buildingsByLine).
 * The other documented cases come from the showcase street itself (RIP FTTH marketable while OVH's
 * FTTH offers are not eligible: numbers 11 and 12; RIP `notComputed`: numbers 38 and 40).
 */
import type { OvhAnswer } from './types';
import type { World } from './world';

export const OVH_UNKNOWN_ADDRESSES: ReadonlyArray<{ streetCode: string; number: string }> = [{ streetCode: '6938300010', number: '17' }];

type Body = Record<string, unknown>;
const s = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim().toUpperCase() : typeof v === 'number' ? String(v) : undefined);

export class Disagreements {
  private readonly unknown = new Set(OVH_UNKNOWN_ADDRESSES.map((a) => `${a.streetCode}|${a.number}`));
  private hexacles?: Set<string>;
  private buildings?: Set<string>;
  constructor(private readonly world: World) {}

  /** Is this OVH address (streetCode + number) one OVH does not know? */
  ovhUnknown(streetCode: string | undefined, number: string | undefined): boolean {
    return !!streetCode && !!number && this.unknown.has(`${streetCode}|${number}`);
  }

  private index(): { hexacles: Set<string>; buildings: Set<string> } {
    if (!this.hexacles || !this.buildings) {
      this.hexacles = new Set();
      this.buildings = new Set();
      for (const a of OVH_UNKNOWN_ADDRESSES) {
        const addr = this.world.addressOf(a.streetCode, a.number);
        if (!addr) continue;
        this.hexacles.add(this.world.hexacle(addr));
        for (const b of this.world.buildingsAt(addr)) this.buildings.add(b.code);
      }
    }
    return { hexacles: this.hexacles, buildings: this.buildings };
  }

  /** The OVH answer as OVH's (partial) referential gives it; `run` computes the coherent answer. */
  ovh(operation: string, body: Body, run: () => OvhAnswer): OvhAnswer {
    const op = operation.replace(/^\/+/, '').replace(/\/partners$/, '');
    const { hexacles, buildings } = this.index();
    const here = this.ovhUnknown(s(body.streetCode), s(body.streetNumber)) || hexacles.has(s(body.hexacle) ?? '');
    switch (op) {
      case 'search/buildings': case 'search/lines':
        return here ? { kind: 'result', result: [] } : run();
      case 'test/address':
        return here ? { kind: 'taskError', error: 'Address not found' } : run();
      case 'test/building': case 'search/buildingDetails':
        return buildings.has(s(body.building) ?? '') ? { kind: 'taskError', error: `Building ${s(body.building)} not found` } : run();
      case 'search/streetNumbers': case 'search/streetNumbers/details': {
        const a = run();
        const code = s(body.streetCode);
        if (a.kind !== 'result' || !Array.isArray(a.result) || !OVH_UNKNOWN_ADDRESSES.some((x) => x.streetCode === code)) return a;
        return { kind: 'result', result: a.result.filter((n) => !this.ovhUnknown(code, typeof n === 'string' ? n : s((n as Body)?.number))) };
      }
      case 'search/addresses': case 'search/buildingsByLine': {
        const a = run();
        if (a.kind !== 'result' || !Array.isArray(a.result)) return a;
        return { kind: 'result', result: a.result.filter((x) => !this.ovhUnknown(s((x as Body)?.streetCode), s((x as Body)?.streetNumber)) && !buildings.has(s((x as Body)?.reference) ?? '')) };
      }
      default:
        return run();
    }
  }
}
