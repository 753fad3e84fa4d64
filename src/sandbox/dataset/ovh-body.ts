/**
 * Type checks of OVH request bodies, as the real API validates them against its schema
 * (specs/ovh/connectivity.json): a field of the wrong type or outside its enum is a 400, the
 * message naming the field. Written by hand from the schema, on purpose independent of the
 * client's zod schemas (so a misreading in one is caught by the other).
 */
import type { OvhAnswer } from './types';

export type FieldType = 'string' | 'long' | 'boolean' | readonly string[];

const bad = (message: string): OvhAnswer => ({ kind: 'http', status: 400, body: { message } });

function ok(v: unknown, t: FieldType): boolean {
  if (Array.isArray(t)) return typeof v === 'string' && t.includes(v);
  switch (t) {
    case 'string': return typeof v === 'string';
    case 'long': return typeof v === 'number' && Number.isInteger(v);
    case 'boolean': return typeof v === 'boolean';
    default: return false;
  }
}

/** The 400 answer for the first field of `body` not of its schema type; undefined when all are right. */
export function checkBody(body: Record<string, unknown>, fields: Record<string, FieldType>, enumName: Record<string, string> = {}): OvhAnswer | undefined {
  for (const [key, t] of Object.entries(fields)) {
    const v = body[key];
    if (v === undefined || ok(v, t)) continue;
    if (Array.isArray(t) && typeof v === 'string') return bad(`[${key}] Given data (${v}) does not belong to the ${enumName[key] ?? 'enumeration'} enumeration`);
    return bad(`[${key}] Given data (${JSON.stringify(v)}) is not of type ${Array.isArray(t) ? 'string' : t}`);
  }
  return undefined;
}

export const MEETINGS_BODY: Record<string, FieldType> = {
  eligibilityReference: 'string', productCode: 'string', planCode: 'string', otp: 'string', siteCompanyName: 'string',
  type: ['ADSL', 'FTTE', 'FTTH', 'FTTO', 'SDSL', 'VDSL'], unbundlingType: ['full', 'partial'],
  installationType: ['activate', 'activate_undefined', 'create', 'multiOtp'], technicalVisit: ['complex', 'simple'],
};
export const MEETINGS_ENUMS = {
  type: 'OfferProductTypeEnum', unbundlingType: 'OfferProductUnbundlingTypeEnum', installationType: 'InstallationTypeEnum', technicalVisit: 'TechnicalVisitTypeEnum',
};
export const ADDRESSES_BODY: Record<string, FieldType> = { latitude: 'string', longitude: 'string', distance: 'long' };
export const RECALL_BODY: Record<string, FieldType> = {
  reference: 'string', referenceType: ['address', 'building'], dedicatedfiberRequest: 'boolean', profiberRequest: 'boolean',
};
