import type { ApiCall } from '../result';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v as object).sort().map(k => [k, canonical((v as Record<string, unknown>)[k])]));
  }
  return v;
}

/** Canonical key of a call (api, operation, params with sorted keys): "the same call". */
export function callKey(call: ApiCall): string {
  return JSON.stringify(canonical({ api: call.api, operation: call.operation, params: call.params ?? {} }));
}

export function sameCall(a: ApiCall, b: ApiCall): boolean { return callKey(a) === callKey(b); }

