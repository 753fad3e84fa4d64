import type { Offer } from '../model/normalized';
import type { ExecResult } from '../result';
import type { Findings, Source } from './cells';
import type { ChainEnv, KnownAddress } from './env';
import { normalizeName } from './names';
import { fullTextAddress, type Place } from './place';
import { isNotFound, type Recorder } from './recorder';
import type { Candidate } from './schema';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const B2B_TECHS = ['ADSL', 'VDSL', 'SDSL', 'FTTH', 'FTTE', 'FTTO'] as const;

function textOf(a: KnownAddress): string | undefined {
  return a.number && a.street && a.zip ? fullTextAddress({ number: a.number, street: a.street, zip: a.zip, city: a.city ?? '' }) : undefined;
}

/** The user's address in the guide's form, abbreviations expanded (`R` → `RUE`), upper case, no accents. */
export function orangeText(p: Extract<Place, { kind: 'address' }>): string {
  return fullTextAddress({ number: p.number, street: normalizeName(p.street), zip: p.zip, city: normalizeName(p.city) });
}

/** After a not-found on the user's spelling: OVH's matched street, when it differs (sharpening, shown in the trace). */
async function ovhSpelling(env: ChainEnv, tried: string): Promise<string | undefined> {
  if (env.place.kind !== 'address' || !env.asked.has('ovh')) return undefined;
  const a = await env.shared.ovhAddress.promise;
  const text = a && textOf({ ...a, zip: a.zip ?? env.place.zip, city: a.city ?? env.place.city });
  return text && normalizeName(text) !== normalizeName(tried) ? text : undefined;
}

function setAll(f: Findings, techs: readonly string[], s: Source): void { for (const t of techs) f[t as keyof Findings] = s; }

function settle(rec: Recorder, r: ExecResult): void {
  if (r.ok) return;
  rec.status = isNotFound(r) ? 'not-found' : 'error';
  rec.message = r.error?.message;
}

/** Orange b2b: `fullTextAddress` (the guide's "street, zip city" form) or `buildingCode`; a line or a point via OVH's answer. */
export async function b2bChain(env: ChainEnv, rec: Recorder): Promise<Findings> {
  const f: Findings = {};
  try {
    const p = env.place;
    let query: Obj | undefined;
    if (p.kind === 'address') { query = { fullTextAddress: orangeText(p) }; rec.via = 'fullTextAddress'; }
    else if (p.kind === 'building') { query = { buildingCode: p.code }; rec.via = 'buildingCode'; }
    else if (p.kind === 'line') {
      const fromOvh = env.asked.has('ovh') ? await env.shared.ovhBuilding.promise : undefined;
      const code = fromOvh ?? await env.shared.ripBuilding.promise;
      if (code) {
        query = { buildingCode: code }; rec.via = 'buildingCode';
        rec.step({ step: 'building of the line', matched: code, how: fromOvh ? 'search/buildingsByLine' : 'RIP nd answer', from: fromOvh ? 'ovh' : 'orange-rip' });
      }
    } else {
      const a = env.asked.has('ovh') ? await env.shared.ovhAddress.promise : undefined;
      const text = a && textOf(a);
      if (text) { query = { fullTextAddress: text }; rec.via = 'fullTextAddress'; rec.step({ step: 'address of the point', matched: text, how: 'search/addresses', from: 'ovh' }); }
    }
    if (!query) {
      rec.status = 'not-asked';
      rec.message = `Orange b2b looks up addresses and buildings only, and no other API found the ${p.kind === 'line' ? 'building of the line' : 'address of the point'}`;
      setAll(f, B2B_TECHS, { kind: 'unasked', reason: { code: 'NO_QUERY', message: rec.message } });
      return f;
    }
    let { result, index } = await rec.call('poi', query);
    if (isNotFound(result) && typeof query.fullTextAddress === 'string') {
      env.shared.b2bAddress.resolve(undefined); // OVH may be waiting for it: never wait on each other
      const better = await ovhSpelling(env, query.fullTextAddress);
      if (better) {
        rec.step({ step: 'poi', call: index, how: result.error?.message });
        ({ result, index } = await rec.call('poi', { fullTextAddress: better }));
        rec.step({ step: 'address as OVHcloud spells it', call: index, matched: better, from: 'ovh' });
      }
    }
    settle(rec, result);
    const pois = result.ok ? (Array.isArray(result.raw) ? result.raw : [result.raw]).map(obj).filter((x): x is Obj => !!x) : [];
    const first = pois[0];
    const addr = obj(first?.address);
    env.shared.b2bAddress.resolve(first ? { inseeCode: str(addr?.cityCode), rivoliCode: str(addr?.rivoliCode), number: str(addr?.streetNumber) } : undefined);
    if (first) rec.address = str(first.formattedAddress) ?? rec.address;
    rec.step({ step: 'poi', call: index, matched: result.ok ? `${pois.length} POI(s)` : undefined, how: result.ok ? rec.via : result.error?.message });
    if (pois.length <= 1) {
      const code = str(obj(first?.building)?.id);
      if (code) rec.building = code;
      setAll(f, B2B_TECHS, { kind: 'result', index, result });
      return f;
    }
    const candidates: Candidate[] = pois.flatMap(x => {
      const b = obj(x.building), code = str(b?.id);
      return code ? [{ kind: 'building' as const, code, label: str(b?.name) || code }] : [];
    });
    let code: string | undefined;
    const fromOvh = env.asked.has('ovh') ? await env.shared.ovhBuilding.promise : undefined;
    if (fromOvh && candidates.some(c => c.code === fromOvh)) {
      code = fromOvh;
      rec.step({ step: 'choose building', matched: code, how: 'the building OVHcloud tested', from: 'ovh' });
    } else code = await env.choose(rec, 'building', `Which building at ${rec.address ?? 'this address'}?`, candidates);
    if (!code) {
      rec.status = 'ambiguous';
      rec.candidates = candidates;
      rec.message = `${pois.length} POIs (buildings) at this address`;
      setAll(f, B2B_TECHS, { kind: 'choice', candidates, reason: { code: 'SEVERAL_BUILDINGS', message: rec.message }, indexes: [index] });
      return f;
    }
    rec.building = code;
    const onBuilding = (o: Offer) => o.details.buildingCode === code;
    setAll(f, B2B_TECHS, { kind: 'result', index, result, filter: onBuilding });
    const ftte = result.normalized?.offers.find(o => o.technology === 'FTTE' && onBuilding(o));
    if (ftte?.details.status === 'notComputed') {
      // "FTTE is not computed for an address with more than five buildings: query each building by buildingCode"
      const again = await rec.call('poi', { buildingCode: code });
      rec.step({ step: 'FTTE of the building', call: again.index, matched: code, how: 'FTTE notComputed by address: asked by buildingCode' });
      f.FTTE = { kind: 'result', index: again.index, result: again.result };
    }
    return f;
  } finally {
    env.shared.b2bAddress.resolve(undefined);
  }
}

/** Orange RIP: `fulltext`, `buildingCode`, `nd` or `geographiclocation`, for `ftth` and `ftte`; notComputed → the building. */
export async function ripChain(env: ChainEnv, rec: Recorder): Promise<Findings> {
  try { return await ripQualify(env, rec); } finally { env.shared.ripBuilding.resolve(rec.building); }
}

async function ripQualify(env: ChainEnv, rec: Recorder): Promise<Findings> {
  const p = env.place;
  const base = (category: string): Obj => {
    switch (p.kind) {
      case 'address': return fulltext(category, orangeText(p));
      case 'building': return byBuildingCode(category, p.code);
      case 'line': return { contextType: 'nd', category: { name: category }, publicKey: { name: 'nd', value: p.number } };
      case 'coordinates': return { contextType: 'geographiclocation', category: { name: category }, place: { geographicLocation: { x: String(p.longitude), y: String(p.latitude) } } };
    }
  };
  rec.via = p.kind === 'address' ? 'fulltext' : p.kind === 'building' ? 'buildingCode' : p.kind === 'line' ? 'nd' : 'geographiclocation';
  const f: Findings = {};
  await Promise.all((['ftth', 'ftte'] as const).map(async category => {
    const tech = category === 'ftth' ? 'FTTH' : 'FTTE';
    let { result, index } = await rec.call('productRIPQualification', base(category));
    if (isNotFound(result) && p.kind === 'address') {
      const better = await ovhSpelling(env, orangeText(p));
      if (better) {
        rec.step({ step: category, call: index, how: result.error?.message });
        ({ result, index } = await rec.call('productRIPQualification', fulltext(category, better)));
        rec.step({ step: `${category}: address as OVHcloud spells it`, matched: better, from: 'ovh' });
      }
    }
    rec.step({ step: category, call: index, matched: result.ok ? result.normalized?.qualificationResult ?? 'qualified' : undefined, how: result.ok ? rec.via : result.error?.message });
    const choices = result.ok ? result.normalized?.buildingsToChoose ?? [] : [];
    const addr = result.normalized?.endpoint.address?.text;
    if (addr) rec.address = addr;
    if (!result.ok || !choices.length) {
      if (!result.ok) settle(rec, result);
      const b = result.normalized?.endpoint.building?.reference;
      if (b) rec.building = b;
      f[tech] = { kind: 'result', index, result };
      return;
    }
    const candidates: Candidate[] = choices.map(c => ({ kind: 'building', code: c.code, label: c.name || c.code }));
    let code: string | undefined;
    const fromOvh = env.asked.has('ovh') ? await env.shared.ovhBuilding.promise : undefined;
    if (fromOvh && candidates.some(c => c.code === fromOvh)) {
      code = fromOvh;
      rec.step({ step: `choose building (${category})`, matched: code, how: 'notComputed: the building OVHcloud tested', from: 'ovh' });
    } else code = await env.choose(rec, 'building', `Which building at ${addr ?? 'this address'}?`, candidates);
    if (!code) {
      rec.status = 'ambiguous';
      rec.candidates = candidates;
      rec.message = `notComputed: ${candidates.length} buildings at ${addr ?? 'this address'}`;
      f[tech] = { kind: 'choice', candidates, reason: { code: 'notComputed', message: rec.message }, indexes: [index] };
      return;
    }
    rec.building = code;
    const again = await rec.call('productRIPQualification', byBuildingCode(category, code));
    rec.step({ step: `${category} of the building`, call: again.index, matched: code, how: 'buildingCode' });
    f[tech] = { kind: 'result', index: again.index, result: again.result };
  }));
  if (rec.status !== 'ambiguous' && ['FTTH', 'FTTE'].every(t => { const s = f[t as 'FTTH']; return s?.kind === 'result' && !s.result.ok; })) {
    const r = (f.FTTH as Extract<Source, { kind: 'result' }>).result;
    settle(rec, r);
  } else if (rec.status !== 'ambiguous') rec.status = 'resolved';
  return f;
}

function fulltext(category: string, text: string): Obj {
  return { contextType: 'fulltext', category: { name: category }, place: { nonFormattedAddress: { fulltext: text } } };
}

function byBuildingCode(category: string, code: string): Obj {
  return { contextType: 'buildingCode', category: { name: category }, publicKey: { name: 'buildingCode', value: code } };
}
