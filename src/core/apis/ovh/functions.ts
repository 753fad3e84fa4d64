import { EligError } from '../../errors';
import type { RunContext } from '../operation';
import { callGet, callTask, CallTrace, type OvhResult } from './client';
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
  const body = parsed.data as Record<string, unknown>;
  const call = { method: spec.method, path: spec.path, signed: spec.signed, label: spec.name };
  if (spec.method === 'GET') {
    const query = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    return callGet(ctx, { ...call, query }, spec.result, trace);
  }
  return callTask(ctx, { ...call, body }, spec.result, trace);
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
export const searchAddresses = (ctx: RunContext, p: S.SearchAddressesParams): Promise<S.AddressWithCoordinates[]> =>
  value(ctx, specs.searchAddresses, p);
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
