import { toErrorInfo } from '../../errors';
import type { ApiOutcome, OperationDef, RunContext } from '../operation';
import { CallTrace } from './client';
import { callSpec } from './functions';
import { normalizeEligibilityTest } from './normalize';
import { OVH_SPECS, type OvhOpSpec } from './specs';

/**
 * The OVHcloud Connectivity operation table (request files, CLI, tree, schema generator).
 * `run` never throws: failures come back as an ApiOutcome with the error and the last exchange.
 */
function toOperation(spec: OvhOpSpec): OperationDef {
  return {
    api: 'ovh',
    name: spec.name,
    summary: spec.summary,
    description: spec.deprecated ? `${spec.description ?? spec.summary}\n\n${spec.deprecated}` : spec.description,
    params: spec.params,
    examples: spec.examples,
    deprecated: spec.deprecated,
    stage: spec.apiStatus.value === 'BETA' || spec.apiStatus.value === 'ALPHA' ? spec.apiStatus.value : undefined,
    kind: spec.kind,
    needsCredentials: spec.signed,
    run: (ctx, params) => runOperation(ctx, spec, params),
  };
}

export async function runOperation(ctx: RunContext, spec: OvhOpSpec, params: Record<string, unknown>): Promise<ApiOutcome> {
  const trace = new CallTrace();
  const base = () => ({ polls: trace.polls, attempts: trace.attempts, exchange: trace.exchange });
  try {
    const r = await callSpec(ctx, spec, params, trace);
    const schemaDrift = [...r.schemaDrift];
    let normalized;
    if (spec.kind === 'eligibility' && r.raw && typeof r.raw === 'object') {
      const n = normalizeEligibilityTest(r.value ?? r.raw);
      normalized = n.result;
      schemaDrift.push(...n.warnings);
    }
    return { ok: true, raw: r.raw, normalized, schemaDrift, ...base() };
  } catch (e) {
    const error = toErrorInfo(e);
    return { ok: false, raw: error.body, error, schemaDrift: [], ...base() };
  }
}

export const OVH_OPERATIONS: OperationDef[] = OVH_SPECS.map(toOperation);
export { OVH_SPECS } from './specs';
export * as ovh from './functions';
export {
  searchCities, searchStreets, searchStreetNumbers, searchStreetNumbersDetails, searchBuildings, searchBuildingsByLine,
  searchBuildingDetails, searchAddresses, searchLines, searchMeetings, testLine, testAddress, testBuilding, testOtp,
  getEligibilityTest, callSpec, recallCreate, recallList, recallGet, recallUpdate, recallDelete,
} from './functions';
export { requestConsumerKey, ovhSignature } from './signing';
