/**
 * The vendored OVHcloud `/connectivity` schema (specs/ovh/connectivity.json), typed, with the
 * helpers the conformance tests share: operations by method + path, the models an operation
 * reaches, and a property type parsed into a small type language.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SPEC_PATH = path.resolve(__dirname, '..', '..', '..', 'specs', 'ovh', 'connectivity.json');

export interface SpecProperty { type: string; canBeNull: boolean; required?: boolean; readOnly?: boolean; description?: string }
export interface SpecModel { id?: string; enum?: string[]; enumType?: string; properties?: Record<string, SpecProperty> }
export interface SpecParameter { name: string | null; dataType: string; paramType: 'body' | 'path' | 'query'; required: boolean }
export interface SpecApiStatus { value: string; description?: string; deprecatedDate?: string; deletionDate?: string; replacement?: string }
export interface SpecOperation {
  path: string;
  httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE';
  noAuthentication: boolean;
  apiStatus: SpecApiStatus;
  responseType: string;
  parameters: SpecParameter[];
}
interface RawSpec { basePath: string; apis: { path: string; operations: Omit<SpecOperation, 'path'>[] }[]; models: Record<string, SpecModel> }

const raw = JSON.parse(fs.readFileSync(SPEC_PATH, 'utf8')) as RawSpec;
export const MODELS: Record<string, SpecModel> = raw.models;

/** Every operation under /connectivity/eligibility (the part of the API this product covers). */
export const ELIGIBILITY_OPERATIONS: SpecOperation[] = raw.apis
  .filter(a => a.path.startsWith('/connectivity/eligibility'))
  .flatMap(a => a.operations.map(o => ({ ...o, path: a.path })));

export const opKey = (method: string, p: string): string => `${method} ${p}`;

/** A schema type: a scalar, an enum, a model, an array of one of them, or void. */
export type SpecType =
  | { kind: 'scalar'; name: 'string' | 'long' | 'double' | 'boolean' | 'datetime' }
  | { kind: 'enum'; model: string; values: string[] }
  | { kind: 'model'; model: string }
  | { kind: 'array'; of: SpecType }
  | { kind: 'void' };

const SCALARS = new Set(['string', 'long', 'double', 'boolean', 'datetime', 'password', 'date', 'ipv4', 'text']);

export function parseType(t: string): SpecType {
  if (t.endsWith('[]')) return { kind: 'array', of: parseType(t.slice(0, -2)) };
  if (t === 'void') return { kind: 'void' };
  if (SCALARS.has(t)) return { kind: 'scalar', name: t === 'password' || t === 'text' || t === 'ipv4' ? 'string' : t === 'date' ? 'datetime' : t as 'string' };
  const m = MODELS[t];
  if (!m) throw new Error(`schema: unknown type ${t}`);
  if (m.enum) return { kind: 'enum', model: t, values: [...m.enum] };
  return { kind: 'model', model: t };
}

export function describeType(t: SpecType): string {
  switch (t.kind) {
    case 'scalar': return t.name;
    case 'enum': return `enum ${t.model.split('.').pop()}(${t.values.join('|')})`;
    case 'model': return t.model;
    case 'array': return `${describeType(t.of)}[]`;
    case 'void': return 'void';
  }
}

/** Async task wrappers (`xdsl.AsyncTask_X`, `xdsl.AsyncTaskArray_X`): the type of their `result`. */
export function taskResultType(responseType: string): SpecType | undefined {
  if (!responseType.startsWith('xdsl.AsyncTask')) return undefined;
  const m = MODELS[responseType];
  const result = m?.properties?.result;
  return result ? parseType(result.type) : undefined;
}
