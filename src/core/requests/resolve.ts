import type { Node } from 'jsonc-parser';
import { JsonPath, pathKey } from './nodes';
import type { Diagnostic, LineIndex } from './positions';
import { interpolateString, VariableSources } from './variables';

export interface Resolved {
  value: unknown;
  diagnostics: Diagnostic[];
  /** paths whose value still holds a placeholder (left for run time or unknown) */
  unresolved: Set<string>;
}

/**
 * Resolves every `{{...}}` of a JSON subtree, reporting each unknown or forbidden
 * placeholder at its exact range inside the string.
 */
export function resolveNode(node: Node, path: JsonPath, sources: VariableSources, idx: LineIndex): Resolved {
  const diagnostics: Diagnostic[] = [];
  const unresolved = new Set<string>();
  const walk = (n: Node, p: JsonPath): unknown => {
    switch (n.type) {
      case 'object': {
        const o: Record<string, unknown> = {};
        for (const prop of n.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || typeof k.value !== 'string') continue;
          o[k.value] = v ? walk(v, [...p, k.value]) : undefined;
        }
        return o;
      }
      case 'array': return (n.children ?? []).map((c, i) => walk(c, [...p, i]));
      case 'string': {
        const s = n.value as string;
        if (!s.includes('{{')) return s;
        const r = interpolateString(s, sources);
        if (r.problems.length === 0) return r.value;
        unresolved.add(pathKey(p));
        const raw = idx.text.slice(n.offset + 1, n.offset + n.length - 1);
        for (const pb of r.problems) {
          if (pb.kind === 'deferred') continue;
          const ph = s.slice(pb.start, pb.end);
          // positions in the source: direct when the string has no escapes, else search the raw text
          const at = raw === s ? pb.start : raw.indexOf(ph);
          const d = at >= 0 ? idx.diagnostic(n.offset + 1 + at, ph.length, pb.message, 'error', pb.kind === 'forbidden' ? 'forbidden-variable' : 'unknown-variable')
            : idx.diagnostic(n.offset, n.length, pb.message, 'error', pb.kind === 'forbidden' ? 'forbidden-variable' : 'unknown-variable');
          diagnostics.push(d);
        }
        return s;
      }
      default: return n.value;
    }
  };
  const value = walk(node, path);
  return { value, diagnostics, unresolved };
}
