/**
 * Values and the vendored OVH schema: fast-check arbitraries built from a schema type (every
 * property present, null where canBeNull), and a strict validator of a JSON value against a
 * schema type (what the sandbox answers must pass).
 */
import fc from 'fast-check';
import { MODELS, parseType, type SpecType } from './ovhSchema';
import type { Diff } from './zodDiff';

const decimal = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true })
  .map(x => String(Math.round(x * 1e7) / 1e7));

/** A string: any text, or for coordinates mostly decimal degrees (as OVHcloud sends them). */
function stringArb(field: string | undefined): fc.Arbitrary<string> {
  const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ maxLength: 8, unit: 'binary' }));
  if (field === 'latitude') return fc.oneof({ weight: 4, arbitrary: decimal(90) }, { weight: 1, arbitrary: text });
  if (field === 'longitude') return fc.oneof({ weight: 4, arbitrary: decimal(180) }, { weight: 1, arbitrary: text });
  return text;
}

export function arbitraryOf(t: SpecType, field?: string): fc.Arbitrary<unknown> {
  switch (t.kind) {
    case 'void': return fc.constant(null);
    case 'enum': return fc.constantFrom(...t.values);
    case 'array': return fc.array(arbitraryOf(t.of, field), { maxLength: 3 });
    case 'scalar':
      switch (t.name) {
        case 'string': return stringArb(field);
        case 'long': return fc.maxSafeInteger();
        case 'double': return fc.double({ noNaN: true, noDefaultInfinity: true }).map(x => (Object.is(x, -0) ? 0 : x));
        case 'boolean': return fc.boolean();
        case 'datetime': return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map(d => d.toISOString());
      }
      break;
    case 'model': {
      const props = MODELS[t.model].properties ?? {};
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, p]) => {
        const a = arbitraryOf(parseType(p.type), k);
        return [k, p.canBeNull ? fc.option(a, { nil: null }) : a];
      })));
    }
  }
  throw new Error(`no arbitrary for ${JSON.stringify(t)}`);
}

/**
 * Every difference between `value` and the schema type `t`, strictly: every property present,
 * no other property, null only where canBeNull, integers for long, ISO dates for datetime, enum
 * members. Paths are `<prefix> <model>.<field>` so the exceptions table can name them.
 */
export function validate(t: SpecType, value: unknown, prefix: string, where = '', out: Diff[] = []): Diff[] {
  const path = `${prefix} ${where}`.trim();
  const add = (kind: Diff['kind'], detail: string) => out.push({ path, kind, detail });
  switch (t.kind) {
    case 'void': if (value !== null && value !== undefined) add('type', `void expected, got ${JSON.stringify(value).slice(0, 60)}`); return out;
    case 'enum': if (typeof value !== 'string' || !t.values.includes(value)) add('enum-values', `${JSON.stringify(value)} is not in ${t.model}`); return out;
    case 'array':
      if (!Array.isArray(value)) { add('type', `array expected, got ${typeof value}`); return out; }
      value.forEach(v => validate(t.of, v, prefix, `${where}[]`, out));
      return out;
    case 'scalar': {
      const ok = t.name === 'string' ? typeof value === 'string'
        : t.name === 'datetime' ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
          : t.name === 'boolean' ? typeof value === 'boolean'
            : t.name === 'long' ? Number.isInteger(value) : typeof value === 'number' && Number.isFinite(value);
      if (!ok) add('type', `${t.name} expected, got ${JSON.stringify(value)?.slice(0, 60)}`);
      return out;
    }
    case 'model': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) { add('type', `${t.model} expected, got ${JSON.stringify(value)?.slice(0, 60)}`); return out; }
      const o = value as Record<string, unknown>;
      const props = MODELS[t.model].properties ?? {};
      for (const [k, p] of Object.entries(props)) {
        const at = `${prefix} ${t.model}.${k}`;
        if (!(k in o)) { out.push({ path: at, kind: 'missing-field', detail: `absent (schema: ${p.type}${p.canBeNull ? ' | null' : ''})` }); continue; }
        if (o[k] === null) { if (!p.canBeNull) out.push({ path: at, kind: 'nullable', detail: 'null, the schema says never null' }); continue; }
        validate(parseType(p.type), o[k], prefix, `${t.model}.${k}`, out);
      }
      for (const k of Object.keys(o)) if (!props[k]) out.push({ path: `${prefix} ${t.model}.${k}`, kind: 'extra-field', detail: `not in the schema: ${JSON.stringify(o[k])?.slice(0, 60)}` });
      return out;
    }
  }
}
