import type { Offer } from '../model/normalized';
import type { AssertionResult, ExecResult } from '../result';
import type { Expect } from './expect.schema';

const TECHS = new Set(['ADSL', 'VDSL', 'SDSL', 'FTTH', 'FTTE', 'FTTO']);

/** An offer matches a selector by code (case-insensitive) or, for technology names, by technology. */
export function matchesOffer(o: Offer, sel: string): boolean {
  const s = sel.trim().toLowerCase();
  if (o.code.toLowerCase() === s || o.name.toLowerCase() === s) return true;
  return TECHS.has(sel.trim().toUpperCase()) && o.technology === sel.trim().toUpperCase();
}

function offerList(offers: Offer[]): string {
  if (!offers.length) return 'no offers';
  return offers.map(o => `${o.code} (${o.technology}) ${o.eligible ? 'eligible' : 'not eligible'}`).join(', ');
}
const fmt = (v: unknown) => v === undefined ? 'nothing' : typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v);
const loose = (a: unknown, b: unknown) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();

function errorText(r: ExecResult): string {
  const e = r.error;
  if (!e) return 'success';
  return [e.kind, e.status !== undefined ? `status ${e.status}` : '', e.code !== undefined ? `code ${e.code}` : '', JSON.stringify(e.message)].filter(Boolean).join(' ');
}

/**
 * Evaluates a request's `expect` against its result. Without `expect` (or without `ok`/`error`)
 * the call itself must succeed. Result-level checks are skipped (reported as failed with the
 * error) when the call failed unexpectedly.
 */
export function evaluateExpect(expect: Expect | undefined, r: ExecResult): AssertionResult[] {
  const out: AssertionResult[] = [];
  const add = (description: string, passed: boolean, expected?: string, actual?: string) => out.push({ description, passed, expected, actual });
  const x = expect ?? {};
  const wantOk = x.error ? false : x.ok ?? true;
  add(wantOk ? 'the call succeeds' : 'the call fails', r.ok === wantOk, wantOk ? 'success' : 'an error', errorText(r));
  if (x.error && !r.ok) {
    const e = r.error;
    if (x.error.status !== undefined) add(`error status is ${x.error.status}`, e?.status === x.error.status, String(x.error.status), fmt(e?.status));
    if (x.error.code !== undefined) add(`error code is ${x.error.code}`, e?.code !== undefined && String(e.code) === String(x.error.code), String(x.error.code), fmt(e?.code));
    if (x.error.kind !== undefined) add(`error kind is ${x.error.kind}`, e?.kind === x.error.kind, x.error.kind, fmt(e?.kind));
    if (x.error.message !== undefined) add(`error message contains ${fmt(x.error.message)}`, !!e?.message.toLowerCase().includes(x.error.message.toLowerCase()), x.error.message, fmt(e?.message));
  }
  if (x.maxDurationMs !== undefined) add(`takes at most ${x.maxDurationMs} ms`, r.durationMs <= x.maxDurationMs, `≤ ${x.maxDurationMs} ms`, `${r.durationMs} ms`);
  if (x.maxPolls !== undefined) add(`at most ${x.maxPolls} polls`, r.polls <= x.maxPolls, `≤ ${x.maxPolls}`, String(r.polls));
  if (!r.ok) {
    // nothing else can be checked on a failed call: say so for each remaining assertion
    const rest = resultChecks(x).length;
    if (rest && wantOk) add(`${rest} result assertion(s) not evaluated`, false, 'a result', errorText(r));
    return out;
  }
  for (const check of resultChecks(x)) check(r, add);
  return out;
}

type Add = (description: string, passed: boolean, expected?: string, actual?: string) => void;
type Check = (r: ExecResult, add: Add) => void;

function resultChecks(x: Expect): Check[] {
  const checks: Check[] = [];
  const offersOf = (r: ExecResult) => r.normalized?.offers ?? [];
  for (const sel of x.eligible ?? []) checks.push((r, add) => {
    const m = offersOf(r).filter(o => matchesOffer(o, sel));
    add(`${sel} is eligible`, m.some(o => o.eligible), `an eligible offer matching ${sel}`, m.length ? offerList(m) : `no offer matches ${sel} (offers: ${offerList(offersOf(r))})`);
  });
  for (const sel of x.notEligible ?? []) checks.push((r, add) => {
    const m = offersOf(r).filter(o => matchesOffer(o, sel));
    add(`${sel} is not eligible`, m.length > 0 && !m.some(o => o.eligible), `offers matching ${sel}, none eligible`, m.length ? offerList(m) : `no offer matches ${sel} (offers: ${offerList(offersOf(r))})`);
  });
  if (x.anyEligible !== undefined) checks.push((r, add) => {
    const n = offersOf(r).filter(o => o.eligible).length;
    add(x.anyEligible ? 'at least one offer is eligible' : 'no offer is eligible', (n > 0) === x.anyEligible, x.anyEligible ? '≥ 1 eligible offer' : '0 eligible offers', `${n} eligible offer(s)`);
  });
  for (const t of x.technologies ?? []) checks.push((r, add) => {
    const present = [...new Set(offersOf(r).map(o => o.technology))];
    add(`technology ${t} is offered`, present.includes(t), t, present.join(', ') || 'no offers');
  });
  if (x.offerCount !== undefined) checks.push((r, add) => add(`exactly ${x.offerCount} offers`, offersOf(r).length === x.offerCount, String(x.offerCount), String(offersOf(r).length)));
  if (x.minOffers !== undefined) checks.push((r, add) => add(`at least ${x.minOffers} offers`, offersOf(r).length >= x.minOffers!, `≥ ${x.minOffers}`, String(offersOf(r).length)));
  if (x.maxOffers !== undefined) checks.push((r, add) => add(`at most ${x.maxOffers} offers`, offersOf(r).length <= x.maxOffers!, `≤ ${x.maxOffers}`, String(offersOf(r).length)));
  for (const want of x.reasons ?? []) checks.push((r, add) => {
    const pool = offersOf(r).filter(o => !o.eligible && (!want.offer || matchesOffer(o, want.offer)));
    const hit = pool.some(o => o.reasons.some(rs => String(rs.code).toLowerCase() === String(want.code).toLowerCase()));
    const seen = pool.map(o => `${o.code}: ${o.reasons.map(rs => rs.code).join('/') || 'no reason'}`).join(', ');
    add(`${want.offer ?? 'an offer'} is not eligible because of ${want.code}`, hit, String(want.code), seen || 'no matching non-eligible offer');
  });
  if (x.endpoint) for (const [k, v] of Object.entries(x.endpoint)) checks.push((r, add) => {
    const actual = endpointField(r, k);
    add(`endpoint ${k} is ${v}`, actual !== undefined && loose(actual, v), String(v), fmt(actual));
  });
  if (x.qualificationResult !== undefined) checks.push((r, add) => add(`qualificationResult is ${x.qualificationResult}`, loose(r.normalized?.qualificationResult, x.qualificationResult), x.qualificationResult, fmt(r.normalized?.qualificationResult)));
  if (x.buildingsToChoose !== undefined) checks.push((r, add) => {
    const n = r.normalized?.buildingsToChoose?.length ?? 0;
    add(`${x.buildingsToChoose} buildings to choose from`, n === x.buildingsToChoose, String(x.buildingsToChoose), String(n));
  });
  if (x.eligibilityReference !== undefined) checks.push((r, add) => {
    const ref = r.normalized?.eligibilityReference;
    add(x.eligibilityReference ? 'an eligibility reference is returned' : 'no eligibility reference', !!ref === x.eligibilityReference, x.eligibilityReference ? 'a reference' : 'none', fmt(ref));
  });
  if (x.resultCount !== undefined) checks.push((r, add) => { const n = resultItems(r.raw).length; add(`exactly ${x.resultCount} results`, n === x.resultCount, String(x.resultCount), String(n)); });
  if (x.minResults !== undefined) checks.push((r, add) => { const n = resultItems(r.raw).length; add(`at least ${x.minResults} results`, n >= x.minResults!, `≥ ${x.minResults}`, String(n)); });
  if (x.resultContains) checks.push((r, add) => {
    const items = resultItems(r.raw);
    const hit = items.some(it => partialMatch(it, x.resultContains));
    add(`a result has ${JSON.stringify(x.resultContains)}`, hit, JSON.stringify(x.resultContains), `${items.length} item(s)${items.length ? `, first: ${JSON.stringify(items[0]).slice(0, 200)}` : ''}`);
  });
  for (const p of x.paths ?? []) checks.push((r, add) => {
    const v = getPath({ raw: r.raw, normalized: r.normalized }, p.path);
    if (p.exists !== undefined) add(`${p.path} ${p.exists ? 'exists' : 'is absent'}`, (v !== undefined) === p.exists, p.exists ? 'a value' : 'absent', fmt(v));
    if (p.equals !== undefined) add(`${p.path} equals ${JSON.stringify(p.equals)}`, deepEqual(v, p.equals), JSON.stringify(p.equals), fmt(v));
    if (p.matches !== undefined) {
      let re: RegExp | undefined;
      try { re = new RegExp(p.matches); } catch { /* reported below */ }
      add(`${p.path} matches /${p.matches}/`, !!re && v !== undefined && re.test(typeof v === 'string' ? v : JSON.stringify(v)), `/${p.matches}/`, re ? fmt(v) : 'invalid regular expression');
    }
  });
  if (x.noSchemaDrift) checks.push((r, add) => add('the response matches its schema', r.schemaDrift.length === 0, 'no drift', r.schemaDrift.slice(0, 3).join('; ') || 'no drift'));
  return checks;
}

function endpointField(r: ExecResult, k: string): unknown {
  const e = r.normalized?.endpoint;
  if (!e) return undefined;
  switch (k) {
    case 'building': return e.building?.reference;
    case 'lineStatus': return e.line?.status;
    case 'inseeCode': case 'zipCode': case 'city': case 'streetCode': return e.address?.[k];
    default: return (e as Record<string, unknown>)[k];
  }
}

function resultItems(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (raw && typeof raw === 'object') return [raw];
  return [];
}

function partialMatch(item: unknown, want: unknown): boolean {
  if (want && typeof want === 'object' && !Array.isArray(want)) {
    if (!item || typeof item !== 'object') return false;
    return Object.entries(want).every(([k, v]) => partialMatch((item as Record<string, unknown>)[k], v));
  }
  if (typeof want === 'string' || typeof item === 'string') return loose(item, want);
  return deepEqual(item, want);
}

export function getPath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const part of path.split('.').filter(Boolean)) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object), kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every(k => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Passed when every assertion passed. */
export function allPassed(a: readonly AssertionResult[]): boolean { return a.every(x => x.passed); }
