import { findNodeAtLocation, Node } from 'jsonc-parser';
import type { z } from 'zod';
import type { Diagnostic, LineIndex, Severity } from './positions';

export type JsonPath = (string | number)[];

/** The node to underline for a path: the value when it exists, else the nearest ancestor's anchor. */
export function nodeFor(root: Node, path: JsonPath): { node: Node; exact: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? root : findNodeAtLocation(root, path.slice(0, n));
    if (node) return { node, exact: n === path.length };
  }
  return { node: root, exact: false };
}

/** Where to put a diagnostic about a whole object/array: its property key, or its opening bracket. */
export function anchorOf(node: Node): { offset: number; length: number } {
  if (node.type === 'object' || node.type === 'array') {
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return key ? { offset: key.offset, length: key.length } : { offset: node.offset, length: 1 };
  }
  return { offset: node.offset, length: node.length };
}

/**
 * What to delete to remove a property with its comma: up to the next property, or from the end
 * of the previous one when it is the last (then a comment between the two goes too); jsonc-parser's
 * `modify` does it, for 7 KB more of extension.js.
 */
export function removalRange(prop: Node): { offset: number; end: number } {
  const siblings = prop.parent?.children ?? [prop];
  const i = siblings.indexOf(prop);
  const next = siblings[i + 1], prev = siblings[i - 1];
  if (next) return { offset: prop.offset, end: next.offset };
  if (prev) return { offset: prev.offset + prev.length, end: prop.offset + prop.length };
  return { offset: prop.offset, end: prop.offset + prop.length };
}

/** The key node of `key` inside an object node. */
export function keyNode(obj: Node | undefined, key: string): Node | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  for (const p of obj.children ?? []) {
    const k = p.children?.[0];
    if (k && k.value === key) return k;
  }
  return undefined;
}

export function pathKey(path: JsonPath): string { return JSON.stringify(path); }

function isUnder(path: JsonPath, prefixes: Set<string>): boolean {
  for (let n = path.length; n >= 0; n--) if (prefixes.has(pathKey(path.slice(0, n)))) return true;
  return false;
}

function label(path: JsonPath): string {
  return path.reduce<string>((s, p) => typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : String(p), '');
}

/**
 * zod issues → diagnostics at the exact node. `basePath` prefixes the issue paths (e.g.
 * `['requests', 2, 'params']`); issues under a path in `deferred` (unresolved `{{...}}`) are dropped.
 */
export function issuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[], root: Node, basePath: JsonPath, idx: LineIndex,
  opts: { deferred?: Set<string>; labelFrom?: number; severity?: Severity; code: string },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const labelFrom = opts.labelFrom ?? 0;
  for (const issue of issues) {
    const full = [...basePath, ...(issue.path as JsonPath)];
    if (opts.deferred && isUnder(full, opts.deferred)) continue;
    const where = label(full.slice(labelFrom));
    const { node, exact } = nodeFor(root, full);
    if (issue.code === 'unrecognized_keys') {
      // one look-up table per object (a key scan per unknown key would be quadratic on a big file)
      const keys = new Map<string, Node>();
      if (node.type === 'object') {
        for (const p of node.children ?? []) { const kk = p.children?.[0]; if (kk && !keys.has(String(kk.value))) keys.set(String(kk.value), kk); }
      }
      for (const k of issue.keys) {
        const kn = keys.get(k);
        const a = kn ?? anchorOf(node);
        out.push(idx.diagnostic(a.offset, a.length, `${where ? where + ': ' : ''}unknown property "${k}"`, opts.severity ?? 'error', opts.code));
      }
      continue;
    }
    const a = anchorOf(node);
    let message = issue.message;
    if (!exact && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
      message = `missing required property "${String(full[full.length - 1])}"`;
      const parentLabel = label(full.slice(labelFrom, -1));
      out.push(idx.diagnostic(a.offset, a.length, `${parentLabel ? parentLabel + ': ' : ''}${message}`, opts.severity ?? 'error', opts.code));
      continue;
    }
    out.push(idx.diagnostic(a.offset, a.length, `${where ? where + ': ' : ''}${message}`, opts.severity ?? 'error', opts.code));
  }
  return out;
}
