import type { Findings, Source } from './cells';
import type { ChainEnv, KnownAddress } from './env';
import { matchNames } from './names';
import { isNotFound, type Recorder } from './recorder';
import type { Candidate } from './schema';

/**
 * OVHcloud: text → search/cities → search/streets → search/buildings + test/address → test/building;
 * building → search/buildingDetails + test/building (+ test/address at its address, for copper);
 * line → test/line + search/buildingsByLine (active, then inactive); coordinates → search/addresses.
 */
const COPPER = ['ADSL', 'VDSL', 'SDSL'] as const;
const FIBER = ['FTTH', 'FTTE', 'FTTO'] as const;
type Obj = Record<string, unknown>;
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter((x): x is Obj => !!x && typeof x === 'object') : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

function setAll(f: Findings, techs: readonly string[], s: Source): void { for (const t of techs) f[t as keyof Findings] = s; }

function fail(rec: Recorder, f: Findings, code: string, message: string, indexes: number[] = []): Findings {
  rec.status = 'not-found';
  rec.message = message;
  setAll(f, [...COPPER, ...FIBER], { kind: 'missing', reason: { code, message }, indexes });
  return f;
}

function callError(rec: Recorder, f: Findings, index: number, r: { error?: { status?: number; code?: string; message: string } }): Findings {
  rec.status = 'error';
  rec.message = r.error?.message;
  setAll(f, [...COPPER, ...FIBER], { kind: 'error', error: { status: r.error?.status, code: r.error?.code, message: r.error?.message ?? 'failed' }, indexes: [index] });
  return f;
}

export async function ovhChain(env: ChainEnv, rec: Recorder): Promise<Findings> {
  const f: Findings = {};
  try {
    const p = env.place;
    switch (p.kind) {
      case 'address': {
        if (p.streetCode) {
          rec.via = 'search/buildings';
          rec.step({ step: 'street', matched: `${p.street} (${p.streetCode})`, how: 'street code given with the place' });
          await atAddress(env, rec, f, { streetCode: p.streetCode, number: p.number, street: p.street, zip: p.zip, city: p.city });
          return f;
        }
        rec.via = 'search/cities → search/streets → search/buildings';
        const insee = await locality(env, rec, f, p.zip, p.city);
        if (!insee) return f;
        const street = await streetOf(env, rec, f, insee, p.street);
        if (!street) return f;
        await atAddress(env, rec, f, { streetCode: street.code, number: p.number, street: street.name, zip: p.zip, city: p.city, inseeCode: insee });
        return f;
      }
      case 'building': return await byBuilding(env, rec, f, p.code);
      case 'line': return await byLine(env, rec, f, p.number);
      case 'coordinates': return await byCoordinates(env, rec, f, p.latitude, p.longitude);
    }
  } finally {
    env.shared.ovhBuilding.resolve(rec.building);
    env.shared.ovhAddress.resolve(undefined);
  }
}

async function locality(env: ChainEnv, rec: Recorder, f: Findings, zip: string, city: string): Promise<string | undefined> {
  const { result, index } = await rec.call('search/cities', { zipCode: zip });
  if (!result.ok) { callError(rec, f, index, result); return undefined; }
  const cities = list(result.raw);
  const byInsee = new Map<string, { insee: string; names: string[] }>();
  for (const c of cities) {
    const insee = str(c.inseeCode);
    if (!insee) continue;
    const e = byInsee.get(insee) ?? { insee, names: [] };
    for (const n of [str(c.city), str(c.locality)]) if (n && !e.names.includes(n)) e.names.push(n);
    byInsee.set(insee, e);
  }
  const all = [...byInsee.values()];
  if (!all.length) { fail(rec, f, 'ADDRESS_NOT_FOUND', `OVHcloud knows no locality for zip code ${zip}`, [index]); return undefined; }
  const scored = all.map(e => ({ e, score: Math.max(...e.names.map(n => matchNames(city, [n], x => x, 0).matches[0]?.score ?? 0)) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (city && best.score >= 0.8 && (scored.length === 1 || scored[1].score < best.score)) {
    rec.step({ step: 'locality', call: index, matched: `${best.e.names.join(' / ')} (${best.e.insee})`, how: `name "${city}"`, score: best.score });
    return best.e.insee;
  }
  if (all.length === 1) {
    rec.step({ step: 'locality', call: index, matched: `${all[0].names.join(' / ')} (${all[0].insee})`, how: 'the only locality of the zip code' });
    return all[0].insee;
  }
  const b2b = env.asked.has('orange-b2b') ? await env.shared.b2bAddress.promise : undefined;
  const hit = b2b?.inseeCode && byInsee.get(b2b.inseeCode);
  if (hit) {
    rec.step({ step: 'locality', call: index, matched: `${hit.names.join(' / ')} (${hit.insee})`, how: 'INSEE code of the Orange b2b answer', from: 'orange-b2b' });
    return hit.insee;
  }
  const candidates: Candidate[] = all.map(e => ({ kind: 'locality', code: e.insee, label: `${e.names.join(' / ')} (${e.insee})` }));
  const chosen = await env.choose(rec, 'locality', `Which locality of ${zip}?`, candidates);
  if (chosen) return chosen;
  rec.status = 'ambiguous';
  rec.candidates = candidates;
  rec.message = `${all.length} localities for ${zip}${city ? ` and none is "${city}"` : ''}`;
  setAll(f, [...COPPER, ...FIBER], { kind: 'choice', candidates, reason: { code: 'AMBIGUOUS_LOCALITY', message: rec.message }, indexes: [index] });
  return undefined;
}

async function streetOf(env: ChainEnv, rec: Recorder, f: Findings, insee: string, wanted: string): Promise<{ code: string; name: string } | undefined> {
  const { result, index } = await rec.call('search/streets', { inseeCode: insee });
  if (!result.ok) { callError(rec, f, index, result); return undefined; }
  const streets = list(result.raw).flatMap(s => {
    const code = str(s.streetCode), name = str(s.streetName);
    return code && name ? [{ code, name }] : [];
  });
  const { matches, unique } = matchNames(wanted, streets, s => s.name);
  if (unique) {
    rec.step({ step: 'street', call: index, matched: `${unique.item.name} (${unique.item.code})`, how: unique.score === 1 ? `normalized name "${wanted}"` : `closest name to "${wanted}"`, score: unique.score });
    return unique.item;
  }
  if (!matches.length) { fail(rec, f, 'ADDRESS_NOT_FOUND', `OVHcloud knows no street "${wanted}" in ${insee} (${streets.length} streets)`, [index]); return undefined; }
  const candidates: Candidate[] = matches.map(m => ({ kind: 'street', code: m.item.code, label: `${m.item.name} (${m.item.code})` }));
  const chosen = await env.choose(rec, 'street', `Which street is "${wanted}"?`, candidates);
  const s = streets.find(x => x.code === chosen);
  if (s) return s;
  rec.status = 'ambiguous';
  rec.candidates = candidates;
  rec.message = `${matches.length} streets match "${wanted}"`;
  setAll(f, [...COPPER, ...FIBER], { kind: 'choice', candidates, reason: { code: 'AMBIGUOUS_STREET', message: rec.message }, indexes: [index] });
  return undefined;
}

/** search/buildings + test/address at streetCode + number; then test/building for the building. */
async function atAddress(env: ChainEnv, rec: Recorder, f: Findings, a: KnownAddress & { streetCode: string; number: string }, retried = false): Promise<void> {
  const params = { streetCode: a.streetCode, streetNumber: a.number };
  const [b, t] = await Promise.all([rec.call('search/buildings', params), rec.call('test/address', params)]);
  const buildings = b.result.ok ? list(b.result.raw) : [];
  if (!b.result.ok && !isNotFound(b.result)) { callError(rec, f, b.index, b.result); return; }
  if (!buildings.length) {
    const n = await rec.call('search/streetNumbers', { streetCode: a.streetCode });
    const numbers = n.result.ok && Array.isArray(n.result.raw) ? n.result.raw.map(x => (typeof x === 'string' ? x : str((x as Obj)?.number) ?? '')) : [];
    const alt = numbers.find(x => x.replace(/\s+/g, '').toUpperCase() === a.number.toUpperCase() && x !== a.number);
    if (alt && !retried) {
      rec.step({ step: 'street number', call: n.index, matched: alt, how: `spelling of "${a.number}" in search/streetNumbers` });
      return atAddress(env, rec, f, { ...a, number: alt }, true);
    }
    rec.step({ step: 'street number', call: n.index, how: `"${a.number}" is not among the ${numbers.length} numbers of the street` });
    fail(rec, f, 'ADDRESS_NOT_FOUND', `OVHcloud knows no number ${a.number} in ${a.street ?? a.streetCode}`, [b.index, n.index]);
    return;
  }
  rec.address = `${a.number} ${a.street ?? a.streetCode}${a.zip ? `, ${a.zip} ${a.city ?? ''}`.trimEnd() : ''}`;
  env.shared.ovhAddress.resolve(a);
  setAll(f, COPPER, { kind: 'result', index: t.index, result: t.result });
  const candidates: Candidate[] = buildings.flatMap(x => {
    const code = str(x.reference);
    return code ? [{ kind: 'building' as const, code, label: [str(x.name), str(x.type)].filter(Boolean).join(' · ') || code }] : [];
  });
  rec.step({ step: 'buildings', call: b.index, matched: candidates.map(c => c.code).join(', '), how: `${candidates.length} building(s) at ${a.streetCode} ${a.number}` });
  const code = candidates.length === 1 ? candidates[0].code : await env.choose(rec, 'building', `Which building at ${rec.address}?`, candidates);
  if (!code) {
    rec.status = 'ambiguous';
    rec.candidates = candidates;
    rec.message = `${candidates.length} buildings at ${rec.address}`;
    setAll(f, FIBER, { kind: 'choice', candidates, reason: { code: 'SEVERAL_BUILDINGS', message: rec.message }, indexes: [b.index] });
    return;
  }
  await testBuilding(rec, f, code);
}

async function testBuilding(rec: Recorder, f: Findings, code: string): Promise<string> {
  rec.building = code;
  const t = await rec.call('test/building', { building: code });
  rec.step({ step: 'fiber', call: t.index, matched: code, how: 'test/building' });
  setAll(f, FIBER, { kind: 'result', index: t.index, result: t.result });
  return code;
}

async function byBuilding(env: ChainEnv, rec: Recorder, f: Findings, code: string): Promise<Findings> {
  rec.via = `building ${code}`;
  const [d] = await Promise.all([rec.call('search/buildingDetails', { building: code }), testBuilding(rec, f, code)]);
  rec.step({ step: 'building details', call: d.index, matched: d.result.ok ? str((d.result.raw as Obj | undefined)?.name) || code : undefined, how: d.result.ok ? 'search/buildingDetails' : d.result.error?.message });
  const fiber = f.FTTH;
  const test = fiber?.kind === 'result' ? fiber.result : undefined;
  if (!test?.ok) {
    if (test && !isNotFound(test)) rec.status = 'error';
    else { rec.status = 'not-found'; rec.message = `OVHcloud does not know building ${code}`; }
    setAll(f, COPPER, { kind: 'missing', reason: { code: 'ADDRESS_UNKNOWN', message: 'no address known for this building, so no copper test' } });
    return f;
  }
  const addr = test.normalized?.endpoint.address;
  if (addr?.streetCode && addr.streetNumber) {
    rec.address = [addr.streetNumber, addr.streetName].filter(Boolean).join(' ') + (addr.zipCode ? `, ${addr.zipCode} ${addr.city ?? ''}`.trimEnd() : '');
    env.shared.ovhAddress.resolve({ streetCode: addr.streetCode, number: addr.streetNumber, street: addr.streetName, zip: addr.zipCode, city: addr.city, inseeCode: addr.inseeCode });
    const a = await rec.call('test/address', { streetCode: addr.streetCode, streetNumber: addr.streetNumber });
    rec.step({ step: 'copper', call: a.index, matched: rec.address, how: 'test/address at the address of test/building' });
    setAll(f, COPPER, { kind: 'result', index: a.index, result: a.result });
  } else {
    setAll(f, COPPER, { kind: 'missing', reason: { code: 'ADDRESS_UNKNOWN', message: 'test/building gave no street code, so no copper test' } });
  }
  return f;
}

async function byLine(env: ChainEnv, rec: Recorder, f: Findings, lineNumber: string): Promise<Findings> {
  rec.via = `line ${lineNumber}`;
  let t, bl;
  for (const status of ['active', 'inactive'] as const) {
    [t, bl] = await Promise.all([rec.call('test/line', { lineNumber, status }), rec.call('search/buildingsByLine', { lineNumber, status })]);
    const found = t.result.ok || (bl.result.ok && list(bl.result.raw).length > 0);
    rec.step({ step: `line ${status}`, call: t.index, matched: found ? lineNumber : undefined, how: found ? `test/line status ${status}` : t.result.error?.message });
    if (found) break;
    if (!isNotFound(t.result) && !t.result.ok) return callError(rec, f, t.index, t.result);
  }
  if (!t!.result.ok && !(bl!.result.ok && list(bl!.result.raw).length)) return fail(rec, f, 'LINE_NOT_FOUND', `OVHcloud does not know line ${lineNumber}`, [t!.index]);
  setAll(f, COPPER, { kind: 'result', index: t!.index, result: t!.result });
  const addr = t!.result.normalized?.endpoint.address;
  if (addr?.streetNumber) {
    rec.address = [addr.streetNumber, addr.streetName].filter(Boolean).join(' ') + (addr.zipCode ? `, ${addr.zipCode} ${addr.city ?? ''}`.trimEnd() : '');
    env.shared.ovhAddress.resolve({ streetCode: addr.streetCode, number: addr.streetNumber, street: addr.streetName, zip: addr.zipCode, city: addr.city, inseeCode: addr.inseeCode });
  }
  const candidates: Candidate[] = list(bl!.result.raw).flatMap(x => {
    const code = str(x.reference);
    return code ? [{ kind: 'building' as const, code, label: str(x.name) || code }] : [];
  });
  rec.step({ step: 'buildings', call: bl!.index, matched: candidates.map(c => c.code).join(', '), how: 'search/buildingsByLine' });
  const code = candidates.length === 1 ? candidates[0].code : await env.choose(rec, 'building', `Which building of line ${lineNumber}?`, candidates);
  if (code) await testBuilding(rec, f, code);
  else if (candidates.length) {
    rec.status = 'ambiguous';
    rec.candidates = candidates;
    setAll(f, FIBER, { kind: 'choice', candidates, reason: { code: 'SEVERAL_BUILDINGS', message: `${candidates.length} buildings for line ${lineNumber}` }, indexes: [bl!.index] });
  } else setAll(f, FIBER, { kind: 'missing', reason: { code: 'NO_BUILDING', message: `no building known for line ${lineNumber}` }, indexes: [bl!.index] });
  return f;
}

async function byCoordinates(env: ChainEnv, rec: Recorder, f: Findings, latitude: number, longitude: number): Promise<Findings> {
  rec.via = 'search/addresses';
  let { result, index } = await rec.call('search/addresses', { latitude, longitude });
  if (result.ok && !list(result.raw).length) ({ result, index } = await rec.call('search/addresses', { latitude, longitude, distance: 50 }));
  if (!result.ok) return isNotFound(result) ? fail(rec, f, 'ADDRESS_NOT_FOUND', result.error?.message ?? 'not found', [index]) : callError(rec, f, index, result);
  const seen = new Map<string, KnownAddress & { streetCode: string; number: string }>();
  for (const a of list(result.raw)) {
    const streetCode = str(a.streetCode), number = str(a.streetNumber);
    if (streetCode && number && !seen.has(`${streetCode}|${number}`)) {
      seen.set(`${streetCode}|${number}`, { streetCode, number, street: str(a.streetName), zip: str(a.zipCode), city: str(a.city), inseeCode: str(a.inseeCode) });
    }
  }
  const all = [...seen.values()];
  if (!all.length) return fail(rec, f, 'ADDRESS_NOT_FOUND', `OVHcloud knows no address within 50 m of ${latitude},${longitude}`, [index]);
  const label = (a: KnownAddress) => `${a.number} ${a.street ?? ''}, ${a.zip ?? ''} ${a.city ?? ''}`.replace(/\s+/g, ' ').trim();
  const candidates: Candidate[] = all.map(a => ({ kind: 'address', code: `${a.streetCode}|${a.number}`, label: label(a) }));
  const code = all.length === 1 ? candidates[0].code : await env.choose(rec, 'address', `Which address near ${latitude},${longitude}?`, candidates);
  const chosen = all.find(a => `${a.streetCode}|${a.number}` === code);
  if (!chosen) {
    rec.status = 'ambiguous';
    rec.candidates = candidates;
    rec.message = `${all.length} addresses near the point`;
    setAll(f, [...COPPER, ...FIBER], { kind: 'choice', candidates, reason: { code: 'SEVERAL_ADDRESSES', message: rec.message }, indexes: [index] });
    return f;
  }
  rec.step({ step: 'address', call: index, matched: label(chosen), how: all.length === 1 ? 'the only address near the point' : 'chosen' });
  await atAddress(env, rec, f, chosen);
  return f;
}
