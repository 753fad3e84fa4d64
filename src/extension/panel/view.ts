/**
 * From an ExecResult to the ResultView the webview renders: a title, the profile, and a copy of
 * the result with every header masked again (defence in depth: the core already redacts) and
 * every registered secret value removed. Pure (no `vscode`), unit-tested.
 */
import { randomUUID } from 'node:crypto';
import type { AssertionResult, ApiCall, ExecResult } from '../../core/result';
import type { Exchange } from '../../core/apis/operation';
import type { NormalizedResult } from '../../core/model/normalized';
import { redactor } from '../../core/log';
import { findOperation } from '../../core/apis';
import { bestOffer } from '../../core/model/best';
import { VIEW_VERSION, type ResultView } from '../../shared/protocol';
import { maskHeader } from './curl';

/** What a caller hands to `ResultsPanels.show` when it has more than an ExecResult. */
export interface ShowInput {
  result: ExecResult;
  /** defaults to the active profile's name */
  profile?: string;
  assertions?: AssertionResult[];
  source?: string;
  title?: string;
  /** kind of the profile the call ran with */
  profileKind?: string;
}

/** Keys whose value best names a call, in order. */
const TITLE_KEYS = ['building', 'buildingCode', 'lineNumber', 'otp', 'hexacle', 'eligibilityReference',
  'fullTextAddress', 'zipCode', 'inseeCode', 'streetCode'];

export function titleFor(call: ApiCall): string {
  const p = call.params ?? {};
  let subject: string | undefined;
  for (const k of TITLE_KEYS) if (typeof p[k] === 'string' || typeof p[k] === 'number') { subject = String(p[k]); break; }
  if (!subject) {
    const pk = (p as { publicKey?: { value?: unknown } }).publicKey?.value;
    if (typeof pk === 'string') subject = pk;
  }
  if (!subject) subject = Object.values(p).find((v): v is string => typeof v === 'string');
  const title = subject ? `${call.operation} ${subject}` : `${call.api} ${call.operation}`;
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

/** Response headers that are identifiers, not secrets, and stay visible. */
const VISIBLE_RESPONSE_HEADERS = new Set(['x-ovh-queryid']);

export function redactExchange(ex: Exchange): Exchange {
  const mask = (h: Record<string, string> | undefined, visible: Set<string>) => h && Object.fromEntries(
    Object.entries(h).map(([k, v]) => [k, visible.has(k.toLowerCase()) ? String(v) : maskHeader(k, String(v))]));
  return { ...ex, url: redactor.redact(ex.url), requestHeaders: mask(ex.requestHeaders, new Set()) ?? {},
    responseHeaders: mask(ex.responseHeaders, VISIBLE_RESPONSE_HEADERS) };
}

/** A JSON-safe copy of the result with headers masked and registered secrets removed. */
export function sanitizeResult(result: ExecResult): ExecResult {
  const text = JSON.stringify(result.exchange ? { ...result, exchange: redactExchange(result.exchange) } : result);
  const redacted = redactor.redact(text);
  try { return JSON.parse(redacted) as ExecResult; } catch {
    // a mask landed inside an escaped string and broke the JSON: redact value by value instead
    return deepRedact(JSON.parse(text)) as ExecResult;
  }
}

/** Every string (keys included) of a JSON value passed through the redactor. */
export function deepRedact(v: unknown): unknown {
  if (typeof v === 'string') return redactor.redact(v);
  if (Array.isArray(v)) return v.map(deepRedact);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactor.redact(k), deepRedact(x)]));
  return v;
}

export function isExecResult(x: unknown): x is ExecResult {
  const r = x as Partial<ExecResult> | undefined;
  return !!r && typeof r === 'object' && typeof r.ok === 'boolean' && !!r.call && typeof r.startedAt === 'string';
}

export function makeView(input: ShowInput, defaultProfile: string): ResultView {
  const result = sanitizeResult(input.result);
  const offers = result.normalized?.offers ?? [];
  const best = bestOffer(offers);
  return {
    v: VIEW_VERSION,
    id: randomUUID(),
    title: input.title ?? titleFor(result.call),
    profile: input.profile ?? defaultProfile,
    profileKind: input.profileKind,
    result,
    assertions: input.assertions,
    source: input.source,
    best: best ? offers.indexOf(best) : undefined,
    stage: findOperation(result.call.api, result.call.operation)?.stage,
  };
}

/**
 * The call to run after the user picked one of the buildings a `notComputed` result offered.
 * RIP: same address context plus `geographicSubAddress.buildingCode` (the guide's own example),
 * or the normalized address when the call was a full-text or coordinates one, else contextType buildingCode;
 * b2b: look the building code up; OVH: test that building.
 */
export function callForBuilding(call: ApiCall, code: string, normalized?: NormalizedResult): ApiCall {
  const params = JSON.parse(JSON.stringify(call.params ?? {})) as Record<string, unknown>;
  switch (call.api) {
    case 'orange-b2b':
      return { ...call, params: { buildingCode: code } };
    case 'ovh':
      return { api: 'ovh', operation: 'test/building', params: { building: code } };
    case 'orange-rip': {
      if (!('place' in params) && !('contextType' in params)) return { ...call, params: { ...params, buildingCode: code } };
      const place = (typeof params.place === 'object' && params.place ? params.place : {}) as Record<string, unknown>;
      let ga = place.geographicAddress as Record<string, unknown> | undefined;
      if (!ga || typeof ga !== 'object') {
        const a = normalized?.endpoint.address;
        if (!a?.inseeCode || !a.rivoliCode) {
          // no normalized address to point at: ask for the building by its code
          delete params.place;
          return { ...call, params: { ...params, contextType: 'buildingCode', publicKey: { name: 'buildingCode', value: code } } };
        }
        ga = {};
        if (a?.streetNumber) ga.streetNr = a.streetNumber;
        if (a?.rivoliCode) ga.rivoliCode = a.rivoliCode;
        if (a?.inseeCode) ga.cityCode = a.inseeCode;
        delete place.nonFormattedAddress;
        delete place.geographicLocation;
        params.contextType = 'address';
      }
      ga.geographicSubAddress = { buildingCode: code };
      place.geographicAddress = ga;
      params.place = place;
      return { ...call, params };
    }
  }
}
