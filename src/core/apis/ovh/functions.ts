import { EligError } from '../../errors';
import type { RunContext } from '../operation';
import { callPlain, callTask, CallTrace, type OvhResult } from './client';
import type * as z from 'zod';
import type * as S from './schemas';
import * as specs from './specs';
import type { OvhOpSpec } from './specs';

/**
 * Typed OVH calls for the tree, commands and tests: they validate the params with the operation's
 * strict schema, run the call (polling included) and throw EligError on failure. The value is
 * the typed payload when it matched its schema, the raw payload otherwise (see schemaDrift).
 */
export async function callSpec<P extends Record<string, unknown>, T>(
  ctx: RunContext, spec: OvhOpSpec<P, T>, params: P, trace: CallTrace = new CallTrace(),
): Promise<OvhResult<T>> {
  const parsed = spec.params.safeParse(params);
  if (!parsed.success) {
    const msg = parsed.error.issues.map(i => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ');
    throw new EligError({ kind: 'input', message: `Invalid params for ovh ${spec.name}: ${msg}` });
  }
  const { path, rest } = fillPath(spec.path, parsed.data as Record<string, unknown>);
  const call = { method: spec.method, path, signed: spec.signed, label: spec.name, idempotent: spec.task || spec.method !== 'POST' };
  const defined = Object.entries(rest).filter(([, v]) => v !== undefined);
  if (spec.method === 'GET' || spec.method === 'DELETE') {
    const query = defined.length ? Object.fromEntries(defined.map(([k, v]) => [k, String(v)])) : undefined;
    return callPlain(ctx, { ...call, query }, spec.result, trace);
  }
  const body = Object.fromEntries(defined);
  return spec.task ? callTask(ctx, { ...call, body }, spec.result, trace) : callPlain(ctx, { ...call, body }, spec.result, trace);
}

/** `/recall/{id}` + `{ id: 3, ... }` → `/recall/3` and the other params. */
export function fillPath(template: string, params: Record<string, unknown>): { path: string; rest: Record<string, unknown> } {
  const rest = { ...params };
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = rest[name];
    delete rest[name];
    return encodeURIComponent(String(v));
  });
  return { path, rest };
}

async function value<P extends Record<string, unknown>, T>(ctx: RunContext, spec: OvhOpSpec<P, T>, params: P): Promise<T> {
  const r = await callSpec(ctx, spec, params);
  return (r.value ?? r.raw) as T;
}

export const searchCities = (ctx: RunContext, zipCode: string): Promise<S.City[]> =>
  value(ctx, specs.searchCities, { zipCode });
export const searchStreets = (ctx: RunContext, inseeCode: string): Promise<S.Street[]> =>
  value(ctx, specs.searchStreets, { inseeCode });
export const searchStreetNumbers = (ctx: RunContext, streetCode: string, streetAltCode?: string): Promise<string[]> =>
  value(ctx, specs.searchStreetNumbers, { streetCode, streetAltCode });
export const searchStreetNumbersDetails = (ctx: RunContext, streetCode: string, streetAltCode?: string): Promise<S.StreetNumberDetails[]> =>
  value(ctx, specs.searchStreetNumbersDetails, { streetCode, streetAltCode });
export const searchBuildings = (ctx: RunContext, address: S.AddressParams): Promise<S.Building[]> =>
  value(ctx, specs.searchBuildings, address);
export const searchBuildingsByLine = (ctx: RunContext, lineNumber: string, status: 'active' | 'inactive'): Promise<S.Building[]> =>
  value(ctx, specs.searchBuildingsByLine, { lineNumber, status });
export const searchBuildingDetails = (ctx: RunContext, building: string, forceProvider?: string): Promise<S.Building> =>
  value(ctx, specs.searchBuildingDetails, { building, forceProvider });
export const searchAddresses = (ctx: RunContext, p: z.input<typeof S.SearchAddressesParams>): Promise<S.AddressWithCoordinates[]> =>
  value(ctx, specs.searchAddresses, p as S.SearchAddressesParams);
export const searchLines = (ctx: RunContext, p: S.SearchLinesParams): Promise<S.Line[]> =>
  value(ctx, specs.searchLines, p);
export const searchMeetings = (ctx: RunContext, p: S.SearchMeetingsParams): Promise<S.Meetings> =>
  value(ctx, specs.searchMeetings, p);
export const testLine = (ctx: RunContext, p: S.TestLineParams): Promise<S.EligibilityTest> =>
  value(ctx, specs.testLine, p);
export const testAddress = (ctx: RunContext, p: S.AddressParams): Promise<S.EligibilityTest> =>
  value(ctx, specs.testAddress, p);
export const testBuilding = (ctx: RunContext, building: string): Promise<S.EligibilityTest> =>
  value(ctx, specs.testBuilding, { building });
export const testOtp = (ctx: RunContext, otp: string): Promise<S.EligibilityTest> =>
  value(ctx, specs.testOtp, { otp });
export const getEligibilityTest = (ctx: RunContext, eligibilityReference: string): Promise<S.EligibilityTest> =>
  value(ctx, specs.getTest, { eligibilityReference });
export const recallCreate = (ctx: RunContext, p: S.RecallCreateParams): Promise<S.EligibilityRecall> =>
  value(ctx, specs.recallCreate, p);
export const recallList = (ctx: RunContext): Promise<S.EligibilityRecall[]> =>
  value(ctx, specs.recallList, {});
export const recallGet = (ctx: RunContext, id: number): Promise<S.EligibilityRecall> =>
  value(ctx, specs.recallGet, { id });
export const recallUpdate = (ctx: RunContext, p: S.RecallUpdateParams): Promise<S.EligibilityRecall> =>
  value(ctx, specs.recallUpdate, p);
export const recallDelete = (ctx: RunContext, id: number): Promise<null> =>
  value(ctx, specs.recallDelete, { id });
