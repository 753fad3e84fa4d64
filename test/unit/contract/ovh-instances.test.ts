/**
 * Conformance by instances: answers generated from the vendored OVH schema's own types (every
 * property present, null where it may be, any enum member, strings for coordinates) must parse
 * with our zod schemas without drift and come out unchanged, and the normalizer must keep every
 * value of an EligibilityTest (coordinates included).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkSchema } from '../../../src/core/apis/ovh/client';
import { normalizeEligibilityTest } from '../../../src/core/apis/ovh/normalize';
import { asyncTask } from '../../../src/core/apis/ovh/schemas';
import { OVH_SPECS } from '../../../src/core/apis/ovh/specs';
import type { NormalizedResult } from '../../../src/core/model/normalized';
import { ELIGIBILITY_OPERATIONS, MODELS, opKey, parseType } from './ovhSchema';
import { arbitraryOf } from './schemaValues';

const RUNS = 40;
const wire = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('OVH contract: schema-generated answers through our schemas and normalizer', () => {
  for (const op of ELIGIBILITY_OPERATIONS) {
    const spec = OVH_SPECS.find(s => s.method === op.httpMethod && s.path === op.path);
    const task = op.responseType.startsWith('xdsl.AsyncTask');
    it(`${opKey(op.httpMethod, op.path)}: ${op.responseType} parses without drift, values unchanged`, () => {
      assert.ok(spec, 'in our operation table');
      const payloadType = task ? parseType(MODELS[op.responseType].properties!.result.type) : parseType(op.responseType);
      fc.assert(fc.property(arbitraryOf(task ? parseType(op.responseType) : payloadType), arbitraryOf(payloadType), (wrapper, payload) => {
        if (task) {
          const t = wire({ ...(wrapper as Record<string, unknown>), status: 'ok', result: payload, error: null });
          assert.deepEqual(checkSchema(asyncTask(spec.result), t, 'task').drift, []);
          const pending = wire({ ...(wrapper as Record<string, unknown>), status: 'pending', result: null, error: null });
          assert.deepEqual(checkSchema(asyncTask(spec.result), pending, 'task').drift, [], 'a pending task');
        }
        const p = wire(payload);
        const r = checkSchema(spec.result, p, 'result');
        assert.deepEqual(r.drift, []);
        assert.deepEqual(r.value, p, 'our schema returns every value as received');
      }), { numRuns: RUNS });
    });
  }

  it('the normalizer keeps every value of an EligibilityTest (coordinates as numbers, the rest as received)', () => {
    fc.assert(fc.property(arbitraryOf(parseType('connectivity.eligibility.EligibilityTest')), (x) => {
      const test = wire(x) as Record<string, any>;
      const { result, warnings } = normalizeEligibilityTest(test);
      assert.deepEqual(warnings, [], 'every product type of the schema is a known technology');
      const missing: string[] = [];
      for (const [path, idx, value] of leaves(test)) {
        if (value === null || value === '') continue; // nothing to keep
        const got = kept(path, idx, result, test);
        if (got === NO_MAPPING) missing.push(`${path}: no place in the normalized result`);
        else if (!equal(got, value, path)) missing.push(`${path}${JSON.stringify(idx)}: ${JSON.stringify(value)} became ${JSON.stringify(got)}`);
      }
      assert.deepEqual(missing, []);
    }), { numRuns: RUNS * 2 });
  });
});

/** Leaves of a JSON value: `offers[].product.code` with the array indices seen on the way. */
function* leaves(v: unknown, path = '', idx: number[] = []): Generator<[string, number[], unknown]> {
  if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) yield* leaves(v[i], `${path}[]`, [...idx, i]); return; }
  if (v && typeof v === 'object') { for (const [k, x] of Object.entries(v)) yield* leaves(x, path ? `${path}.${k}` : k, idx); return; }
  yield [path, idx, v];
}

const NO_MAPPING = Symbol('no mapping');
const ADDRESS_FIELDS = ['streetNumber', 'streetName', 'zipCode', 'city', 'inseeCode', 'streetCode', 'building', 'door', 'floor', 'stairs', 'housingComplex', 'ownerName'];
const decimal = (v: unknown) => typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(v);

/** Where the normalized result keeps the schema field at `path` (indices `idx`). */
function kept(path: string, idx: number[], n: NormalizedResult, raw: Record<string, any>): unknown {
  const offer = () => n.offers[idx[0]];
  const sub = (p: string) => path.slice(p.length + 1);
  const at = (o: unknown, dotted: string, i: number[]) => {
    let cur: any = o;
    let k = 0;
    for (const part of dotted.split('.')) {
      const name = part.replace(/\[\]$/, '');
      cur = cur?.[name];
      for (let j = 0; j < part.split('[]').length - 1; j++) cur = cur?.[i[k++]];
    }
    return cur;
  };
  if (path === 'eligibilityReference') return n.eligibilityReference;
  if (path === 'endpoint.reference') return n.endpoint.reference;
  if (path === 'endpoint.referenceType') return n.endpoint.referenceType;
  const addr = /^endpoint\.address\.(\w+)$/.exec(path);
  if (addr && ADDRESS_FIELDS.includes(addr[1])) return (n.endpoint.address as Record<string, unknown> | undefined)?.[addr[1]];
  if (path === 'endpoint.fiberInfo.latitude' || path === 'endpoint.fiberInfo.longitude') {
    const key = path.endsWith('latitude') ? 'latitude' : 'longitude';
    // a decimal string becomes the normalized number; any other text stays in the raw fiber record
    return decimal(raw.endpoint.fiberInfo[key]) ? n.endpoint.address?.[key] : n.endpoint.fiber?.[key];
  }
  for (const rec of ['copperInfo', 'fiberInfo', 'portability'] as const) {
    const prefix = `endpoint.${rec}`;
    if (path.startsWith(`${prefix}.`)) {
      const target = rec === 'copperInfo' ? n.endpoint.copper : rec === 'fiberInfo' ? n.endpoint.fiber : n.endpoint.portability;
      return at(target, sub(prefix), idx);
    }
  }
  const productMap: Record<string, (o: NonNullable<ReturnType<typeof offer>>) => unknown> = {
    code: o => o.code, name: o => o.name, type: o => o.technology, provider: o => o.details.provider, operator: o => o.details.operator,
    downloadRate: o => o.details.productDownloadRate, uploadRate: o => o.details.productUploadRate, guaranteed: o => o.details.guaranteed,
    pairs: o => o.details.pairs, unbundlingType: o => o.details.unbundlingType,
  };
  let m = /^offers\[\]\.product\.(\w+)(\[\])?$/.exec(path);
  if (m) return m[1] === 'grt' ? (offer()?.details.grt as unknown[])?.[idx[1]] : productMap[m[1]] ? productMap[m[1]](offer()!) : NO_MAPPING;
  m = /^offers\[\]\.eligibility\.(\w+)(\[\])?(?:\.(\w+))?$/.exec(path);
  if (m) {
    const o = offer()!;
    switch (m[1]) {
      case 'eligible': return o.eligible;
      case 'activationTypes': return (o.details.activationTypes as unknown[])[idx[1]];
      case 'reasons': return (o.reasons[idx[1]] as Record<string, unknown>)[m[3]];
      case 'underConditions': return ((o.details.underConditions as Record<string, unknown>[])[idx[1]])[m[3]];
      case 'estimatedDownloadRate': case 'estimatedUploadRate': case 'multiOtp': return o.details[m[1]];
    }
  }
  return NO_MAPPING;
}

function equal(got: unknown, value: unknown, path: string): boolean {
  if (/fiberInfo\.l(at|ong)itude$/.test(path) && decimal(value)) return got === Number(value);
  if (path === 'offers[].product.type') return got === value;
  return got === value;
}
