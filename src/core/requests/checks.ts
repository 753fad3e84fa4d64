import type { Node } from 'jsonc-parser';
import { orangeParamWarnings } from '../apis/orange/warnings';
import { anchorOf, JsonPath, nodeFor, pathKey } from './nodes';
import type { Diagnostic, LineIndex, Severity } from './positions';

/** Identifier formats the editor checks as you type (same rules in the extension's input boxes). */
export const ND_PATTERN = /^0\d{9}$/;
export const RIP_ND_PATTERN = /^0[1-5]\d{8}$/;
export const BUILDING_CODE_PATTERN = /^IMB\/[A-Z0-9]{5}\/[A-Z]\/[A-Za-z0-9]{4}$/;
export const OTP_PATTERN = /^[A-Z]{2}-[A-Z0-9]{4}-[A-Z0-9]{4}(\/[A-Z0-9])?$/;

export function checkNd(v: string, rip = false): string | undefined {
  if (!/^\d{10}$/.test(v)) return `Malformed ND (line number) "${v}": expected 10 digits, e.g. 0123456789`;
  if (!ND_PATTERN.test(v)) return `Malformed ND "${v}": a French line number starts with 0`;
  if (rip && !RIP_ND_PATTERN.test(v)) return `ND "${v}": the RIP API expects a geographic number starting with 01 to 05`;
  return undefined;
}
export function checkBuildingCode(v: string): string | undefined {
  return BUILDING_CODE_PATTERN.test(v) ? undefined : `Invalid building code "${v}": expected IMB/XXXXX/X/XXXX, e.g. IMB/91471/C/NT8X`;
}
export function checkOtp(v: string): string | undefined {
  return OTP_PATTERN.test(v) ? undefined : `Unusual OTP (optical socket) reference "${v}": expected XX-XXXX-XXXX, optionally /X, e.g. OO-XXXX-XXXX/C`;
}

interface Finding { path: JsonPath; message: string; severity: Severity; code: string }

/**
 * Checks that JSON Schema cannot say (or says badly): line numbers, building codes and OTPs,
 * found by field name anywhere in `params`, plus RIP `publicKey.value` by `contextType`.
 * Values still holding `{{...}}` are skipped (checked after resolution).
 */
export function checkParams(api: string, params: unknown, paramsNode: Node, basePath: JsonPath, idx: LineIndex,
  unresolved: Set<string>, already: Diagnostic[]): Diagnostic[] {
  const findings: Finding[] = [];
  const rip = api === 'orange-rip';
  const visit = (v: unknown, path: JsonPath, key: string | number | undefined, parent: Record<string, unknown> | undefined) => {
    if (Array.isArray(v)) { v.forEach((x, i) => visit(x, [...path, i], i, undefined)); return; }
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) visit(x, [...path, k], k, v as Record<string, unknown>);
      return;
    }
    if (typeof v !== 'string' || unresolved.has(pathKey([...basePath, ...path]))) return;
    let msg: string | undefined, severity: Severity = 'error', code = '';
    if (key === 'lineNumber' || key === 'nd') { msg = checkNd(v, rip); code = 'nd'; }
    else if (key === 'building' || key === 'buildingCode') {
      msg = checkBuildingCode(v); code = 'building-code';
      if (api === 'ovh' && !/^IMB\//i.test(v)) severity = 'warning';
    } else if (key === 'otp') { msg = checkOtp(v); code = 'otp'; severity = 'warning'; }
    else if (key === 'value' && parent && path.length >= 2 && path[path.length - 2] === 'publicKey') {
      const ctx = String((params as Record<string, unknown>)?.contextType ?? parent.name ?? '');
      if (/^(nd|ndetoile)$/i.test(ctx)) { msg = checkNd(v, true); code = 'nd'; }
      else if (/^buildingCode$/i.test(ctx)) { msg = checkBuildingCode(v); code = 'building-code'; }
    }
    if (msg) findings.push({ path, message: msg, severity, code });
  };
  visit(params, [], undefined, undefined);
  for (const w of orangeParamWarnings(api, params)) findings.push({ path: w.path, message: w.message, severity: 'warning', code: w.code });
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const { node } = nodeFor(paramsNode, f.path);
    const a = anchorOf(node);
    // one diagnostic per place: the operation's own schema may already have said it
    if (already.some(d => d.offset === a.offset && d.severity === 'error')) continue;
    out.push(idx.diagnostic(a.offset, a.length, f.message, f.severity, f.code));
  }
  return out;
}
