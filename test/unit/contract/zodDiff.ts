/**
 * A structural diff between a schema type (ovhSchema.ts) and a zod schema, by introspection of
 * zod 4 definitions (`schema._zod.def`): field names, types, required vs optional, nullability,
 * enum values, integer vs decimal, open vs closed objects. Each difference is one Diff with a
 * stable path (`connectivity.eligibility.FiberInfo.latitude`) and kind, so the exceptions table
 * can name it.
 */
import type * as z from 'zod';
import { describeType, MODELS, parseType, type SpecType } from './ovhSchema';

export type DiffKind =
  | 'missing-operation' | 'unknown-operation' | 'method' | 'auth' | 'api-status' | 'deprecation' | 'task'
  | 'missing-field' | 'extra-field' | 'type' | 'enum-values' | 'optional' | 'required' | 'nullable' | 'not-nullable'
  | 'open-object';

/** `group`: the model (or operation) the difference belongs to, one test per group. */
export interface Diff { path: string; kind: DiffKind; detail: string; group?: string }

/** Which way the data flows: responses are read (what may the server send?), requests are sent. */
export type Direction = 'response' | 'request';
/** A zod schema's input (what a request file may hold) or output (what we send / what we read). */
export type Side = 'input' | 'output';

type Def = { type: string } & Record<string, unknown>;
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const bagOf = (s: z.ZodType): Record<string, unknown> => (s as unknown as { _zod: { bag?: Record<string, unknown> } })._zod.bag ?? {};

interface Unwrapped { core: z.ZodType; optional: boolean; nullable: boolean }

/** Strips optional / nullable / default / pipe / readonly wrappers, remembering what they allow. */
export function unwrap(schema: z.ZodType, side: Side): Unwrapped {
  let s = schema;
  let optional = false, nullable = false;
  for (let i = 0; i < 50; i++) {
    const d = defOf(s);
    if (d.type === 'optional') { optional = true; s = d.innerType as z.ZodType; continue; }
    if (d.type === 'nullable') { nullable = true; s = d.innerType as z.ZodType; continue; }
    if (d.type === 'default' || d.type === 'prefault') { if (side === 'input') optional = true; s = d.innerType as z.ZodType; continue; }
    if (d.type === 'readonly' || d.type === 'catch' || d.type === 'nonoptional') { s = d.innerType as z.ZodType; continue; }
    if (d.type === 'pipe') { s = (side === 'input' ? d.in : d.out) as z.ZodType; continue; }
    if (d.type === 'lazy') { s = (d.getter as () => z.ZodType)(); continue; }
    break;
  }
  return { core: s, optional, nullable };
}

/** A short description of a zod type, for diff messages. */
export function describeZod(schema: z.ZodType, side: Side): string {
  const { core, optional, nullable } = unwrap(schema, side);
  const d = defOf(core);
  let t: string;
  switch (d.type) {
    case 'number': t = isInt(core) ? 'integer' : 'number'; break;
    case 'enum': t = `enum(${Object.values(d.entries as Record<string, string>).join('|')})`; break;
    case 'array': t = `${describeZod(d.element as z.ZodType, side)}[]`; break;
    case 'union': t = (d.options as z.ZodType[]).map(o => describeZod(o, side)).join(' | '); break;
    case 'literal': t = `literal(${(d.values as unknown[]).map(v => JSON.stringify(v)).join('|')})`; break;
    default: t = d.type;
  }
  return `${t}${nullable ? ' | null' : ''}${optional ? ' (optional)' : ''}`;
}

function isInt(s: z.ZodType): boolean {
  const f = bagOf(s).format;
  if (typeof f === 'string' && /int/.test(f)) return true;
  const checks = (defOf(s).checks as { _zod: { def: { format?: string } } }[] | undefined) ?? [];
  return checks.some(c => /int/.test(c._zod.def.format ?? ''));
}

export class Differ {
  readonly diffs: Diff[] = [];
  private seen = new Map<string, WeakSet<object>>();

  constructor(private readonly direction: Direction, private readonly side: Side) {}

  /** every model (group) compared, with or without differences */
  readonly visited = new Set<string>();
  private group: string[] = [];
  private add(path: string, kind: DiffKind, detail: string): void { this.diffs.push({ path, kind, detail, group: this.group.at(-1) ?? path }); }

  /** Compares the type at `path` (the schema's `expected`) with the zod schema `actual`. */
  type(path: string, expected: SpecType, actual: z.ZodType): void {
    const { core } = unwrap(actual, this.side);
    const d = defOf(core);
    const got = () => describeZod(actual, this.side);
    switch (expected.kind) {
      case 'void':
        if (!['null', 'undefined', 'void', 'unknown', 'any'].includes(d.type)) this.add(path, 'type', `schema: void, ours: ${got()}`);
        return;
      case 'scalar': {
        const want = expected.name;
        const ok = want === 'string' || want === 'datetime' ? d.type === 'string'
          : want === 'boolean' ? d.type === 'boolean'
            : want === 'long' ? d.type === 'number' && isInt(core)
              : d.type === 'number' && !isInt(core);
        if (!ok) this.add(path, 'type', `schema: ${want}, ours: ${got()}`);
        return;
      }
      case 'enum': {
        if (d.type !== 'enum') { this.add(path, 'type', `schema: ${describeType(expected)}, ours: ${got()}`); return; }
        const ours = Object.values(d.entries as Record<string, string>);
        const missing = expected.values.filter(v => !ours.includes(v));
        const extra = ours.filter(v => !expected.values.includes(v));
        if (missing.length || extra.length) {
          this.add(path, 'enum-values', `${missing.length ? `missing ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `not in the schema ${extra.join(', ')}` : ''}`);
        }
        return;
      }
      case 'array':
        if (d.type !== 'array') { this.add(path, 'type', `schema: ${describeType(expected)}, ours: ${got()}`); return; }
        this.type(`${path}[]`, expected.of, d.element as z.ZodType);
        return;
      case 'model':
        if (d.type !== 'object') { this.add(path, 'type', `schema: ${expected.model}, ours: ${got()}`); return; }
        this.model(expected.model, core);
        return;
    }
  }

  /** Compares a model's properties with a zod object (once per model and zod schema). */
  model(name: string, obj: z.ZodType, extraFields: Record<string, { type: SpecType; required: boolean; canBeNull: boolean }> = {}, pathPrefix = name): void {
    const seen = this.seen.get(name) ?? new WeakSet();
    this.seen.set(name, seen);
    if (seen.has(obj)) return;
    seen.add(obj);
    this.visited.add(pathPrefix);
    this.group.push(pathPrefix);
    try { this.fields(name, obj, extraFields, pathPrefix); } finally { this.group.pop(); }
  }

  private fields(name: string, obj: z.ZodType, extraFields: Record<string, { type: SpecType; required: boolean; canBeNull: boolean }>, pathPrefix: string): void {
    const d = defOf(obj);
    const shape = d.shape as Record<string, z.ZodType>;
    const props: Record<string, { type: SpecType; required: boolean; canBeNull: boolean }> = { ...extraFields };
    for (const [k, p] of Object.entries(MODELS[name]?.properties ?? {})) {
      props[k] = { type: parseType(p.type), required: p.required === true, canBeNull: p.canBeNull };
    }
    const catchall = d.catchall ? defOf(d.catchall as z.ZodType).type : undefined;
    if (this.direction === 'response' && catchall !== 'never') {
      this.add(`${pathPrefix}`, 'open-object', `unknown fields are ${catchall === 'unknown' ? 'kept' : 'stripped'}, not refused`);
    }
    for (const [field, p] of Object.entries(props)) {
      const path = `${pathPrefix}.${field}`;
      const z0 = shape[field];
      if (!z0) { this.add(path, 'missing-field', `schema: ${describeType(p.type)}${p.canBeNull ? ' | null' : ''}${p.required ? ' (required)' : ''}`); continue; }
      const { optional, nullable } = unwrap(z0, this.side);
      if (this.direction === 'response') {
        if (optional) this.add(path, 'optional', p.canBeNull ? 'schema: always present, may be null; ours: may also be absent' : 'schema: always present, never null; ours: may be absent');
        if (nullable && !p.canBeNull) this.add(path, 'nullable', 'schema: never null; ours: accepts null');
        if (!nullable && p.canBeNull) this.add(path, 'not-nullable', 'schema: may be null; ours: refuses null');
      } else {
        if (p.required && optional) this.add(path, 'optional', 'schema: required; ours: optional');
        if (!p.required && !optional) this.add(path, 'required', 'schema: optional; ours: required');
        if (nullable && !p.canBeNull) this.add(path, 'nullable', 'schema: never null; ours: accepts null');
      }
      this.type(path, p.type, z0);
    }
    for (const field of Object.keys(shape)) {
      if (!props[field]) this.add(`${pathPrefix}.${field}`, 'extra-field', `not in the schema; ours: ${describeZod(shape[field], this.side)}`);
    }
  }
}
