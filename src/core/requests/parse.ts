import { findNodeAtLocation, getNodeValue, Node, ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { ALL_OPERATIONS } from '../apis';
import type { OperationDef } from '../apis/operation';
import { ApiId } from '../model/normalized';
import { checkParams } from './checks';
import { tooDeepAt, tooDeepMessage } from './depth';
import { CompareSpec } from './compare-entry';
import { parsePlace } from '../compare/place';
import { Expect } from './expect.schema';
import { issuesToDiagnostics } from './nodes';
import { Diagnostic, LineIndex, Range } from './positions';
import { resolveNode } from './resolve';
import { RequestFileEnvelope, RequestEnvelope, VariableValue } from './schema';
import { closest, VariableSources } from './variables';

/** One request of a file, resolved and validated: what the runner executes. */
export interface ResolvedRequest extends Omit<RequestEnvelope, 'api' | 'params' | 'expect'> {
  api: ApiId;
  params: Record<string, unknown>;
  expect?: Expect;
  /** a `compare` entry (api/operation/params are then placeholders: `ovh`, `compare`, `{}`) */
  compare?: CompareSpec;
}

export interface ParsedRequest {
  index: number;
  name?: string;
  api?: string;
  operation?: string;
  /** the whole request object, and its `"name"` value (CodeLens, "run this request") */
  range: Range;
  offset: number;
  length: number;
  nameRange?: Range;
  /** set when the request has no error diagnostic */
  request?: ResolvedRequest;
}

export interface ParsedRequestFile {
  diagnostics: Diagnostic[];
  requests: ParsedRequest[];
  variables: Record<string, VariableValue>;
  /** true when no diagnostic is an error */
  ok: boolean;
}

export interface ParseOptions {
  /** variables from outside the file (selected environment, `--var`); see variables.ts for precedence */
  environment?: Record<string, VariableValue>;
  overrides?: Record<string, VariableValue>;
  /** process env for `{{env:NAME}}`; omit in the editor to leave them for run time */
  processEnv?: Record<string, string | undefined>;
  /** process variables readable as `{{env:NAME}}` besides `ELIG_VAR_*` (`--allow-env`, the user setting) */
  allowEnv?: readonly string[];
  /** the operation table (default: ALL_OPERATIONS) */
  operations?: readonly OperationDef[];
}

/**
 * Parses a `.elig.json` text (comments and trailing commas allowed) into requests and
 * diagnostics with exact ranges. Never throws. Used by the CLI and the extension alike.
 */
export function parseRequestFile(text: string, opts: ParseOptions = {}): ParsedRequestFile {
  const idx = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const done = (requests: ParsedRequest[], variables: Record<string, VariableValue> = {}): ParsedRequestFile =>
    ({ diagnostics, requests, variables, ok: !diagnostics.some(d => d.severity === 'error') });
  // the tree parser, zod and the resolver recurse: refuse absurd depth before any of them runs
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    diagnostics.push(idx.diagnostic(deep, 1, tooDeepMessage(), 'error', 'too-deep'));
    return done([]);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  for (const e of errors) {
    diagnostics.push(idx.diagnostic(e.offset, Math.max(1, e.length), `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}`, 'error', 'json-syntax'));
  }
  if (!root) {
    if (!errors.length) diagnostics.push(idx.diagnostic(0, 0, 'Empty request file: expected { "requests": [ ... ] }', 'error', 'empty-file'));
    return done([]);
  }
  if (root.type !== 'object') {
    diagnostics.push(idx.diagnostic(root.offset, root.length, 'A request file is a JSON object: { "requests": [ ... ] }', 'error', 'envelope'));
    return done([]);
  }
  if (errors.length) {
    // a syntax error makes every other position unreliable: report it alone, but keep the CodeLens ranges
    return done(requestRanges(root, idx));
  }
  const ops = opts.operations ?? ALL_OPERATIONS;

  // the envelope, with `variables` first (placeholders need them)
  const varsNode = findNodeAtLocation(root, ['variables']);
  const plain = getNodeValue(root) as Record<string, unknown>;
  const env = RequestFileEnvelope.safeParse(plain);
  if (!env.success) {
    diagnostics.push(...issuesToDiagnostics(env.error.issues.filter(i => !isParamsOrExpectIssue(root, i.path as (string | number)[])
      && !isCompareEntryIssue(plain, i.path as (string | number)[]) && !isOperationNameIssue(plain, i.path as (string | number)[])), root, [], idx, { code: 'envelope' }));
  }
  const fileVars: Record<string, VariableValue> = {};
  if (varsNode?.type === 'object') {
    for (const [k, v] of Object.entries((plain.variables ?? {}) as Record<string, unknown>)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') fileVars[k] = v;
    }
  }
  const sources: VariableSources = { file: fileVars, environment: opts.environment, overrides: opts.overrides, processEnv: opts.processEnv, allowEnv: opts.allowEnv };

  const reqsNode = findNodeAtLocation(root, ['requests']);
  if (!reqsNode || reqsNode.type !== 'array') return done(requestRanges(root, idx), fileVars);
  const requests: ParsedRequest[] = [];
  const names = new Map<string, number>();
  (reqsNode.children ?? []).forEach((node, i) => {
    const pr = baseRequest(node, i, idx);
    requests.push(pr);
    if (node.type !== 'object') return;
    const before = diagnostics.length;
    const hadEnvelopeError = diagnostics.some(d => d.severity === 'error' && d.offset >= node.offset && d.offset < node.offset + node.length);
    const raw = plain.requests && Array.isArray(plain.requests) ? plain.requests[i] as Record<string, unknown> : {};
    if (pr.name !== undefined) {
      if (names.has(pr.name)) {
        const n = findNodeAtLocation(node, ['name'])!;
        diagnostics.push(idx.diagnostic(n.offset, n.length, `Duplicate request name "${pr.name}" (also request #${names.get(pr.name)! + 1})`, 'warning', 'duplicate-name'));
      } else names.set(pr.name, i);
    }
    if (raw && typeof raw === 'object' && 'compare' in raw) {
      pr.request = parseCompareEntry(raw, node, root, i, sources, idx, diagnostics, hadEnvelopeError);
      return;
    }
    const op = checkOperation(raw, node, ops, idx, diagnostics);
    // params and expect: resolve placeholders, then validate
    const paramsNode = findNodeAtLocation(node, ['params']);
    const expectNode = findNodeAtLocation(node, ['expect']);
    const base = ['requests', i];
    const rp = paramsNode ? resolveNode(paramsNode, [...base, 'params'], sources, idx) : undefined;
    const re = expectNode ? resolveNode(expectNode, [...base, 'expect'], sources, idx) : undefined;
    if (rp) diagnostics.push(...rp.diagnostics);
    if (re) diagnostics.push(...re.diagnostics);
    let params: Record<string, unknown> | undefined;
    if (op && rp && paramsNode?.type === 'object') {
      const r = op.params.safeParse(rp.value);
      const zd = r.success ? [] : issuesToDiagnostics(r.error.issues, root, [...base, 'params'], idx, { deferred: rp.unresolved, labelFrom: 2, code: 'params' });
      diagnostics.push(...zd);
      diagnostics.push(...checkParams(op.api, rp.value, paramsNode, [...base, 'params'], idx, rp.unresolved, zd));
      if (r.success) params = r.data;
    }
    let expect: Expect | undefined;
    if (re) {
      const r = Expect.safeParse(re.value);
      if (r.success) expect = r.data;
      else diagnostics.push(...issuesToDiagnostics(r.error.issues, root, [...base, 'expect'], idx, { deferred: re.unresolved, labelFrom: 2, code: 'expect' }));
    }
    const errorsHere = hadEnvelopeError || diagnostics.slice(before).some(d => d.severity === 'error')
      || (rp?.unresolved.size ?? 0) > 0 || (re?.unresolved.size ?? 0) > 0;
    if (!errorsHere && op && params) {
      const env = RequestEnvelope.safeParse({ ...raw, params: {}, expect: undefined });
      if (env.success) pr.request = { ...env.data, api: op.api, params, expect };
    }
  });
  return done(requests, fileVars);
}

/** An `operation` string of a known api is checked by checkOperation (one diagnostic, with the known names), not by the envelope. */
function isOperationNameIssue(plain: Record<string, unknown>, path: (string | number)[]): boolean {
  if (path[0] !== 'requests' || typeof path[1] !== 'number' || path[2] !== 'operation' || path.length !== 3 || !Array.isArray(plain.requests)) return false;
  const r = plain.requests[path[1]] as Record<string, unknown> | undefined;
  return !!r && typeof r === 'object' && typeof r.operation === 'string' && ApiId.safeParse(r.api).success;
}

/** A `compare` entry is checked by parseCompareEntry, not by the envelope of API requests. */
function isCompareEntryIssue(plain: Record<string, unknown>, path: (string | number)[]): boolean {
  if (path[0] !== 'requests' || typeof path[1] !== 'number' || !Array.isArray(plain.requests)) return false;
  const r = plain.requests[path[1]] as Record<string, unknown> | undefined;
  return !!r && typeof r === 'object' && 'compare' in r;
}

const CompareEnvelope = RequestEnvelope.omit({ api: true, operation: true, params: true, expect: true }).extend({ compare: CompareSpec, expect: Expect.optional() });

/** `{ name, compare: { place, apis? }, expect: { matrix } }`: placeholders resolved, then validated. */
function parseCompareEntry(raw: Record<string, unknown>, node: Node, root: Node, i: number, sources: VariableSources, idx: LineIndex,
  diagnostics: Diagnostic[], hadEnvelopeError: boolean): ResolvedRequest | undefined {
  const before = diagnostics.length;
  const base = ['requests', i];
  for (const k of ['api', 'operation', 'params']) {
    const n = findNodeAtLocation(node, [k]);
    if (n?.parent) diagnostics.push(idx.diagnostic(n.parent.offset, n.parent.length, `A compare entry has no "${k}": it asks every provider about "compare.place"`, 'error', 'compare'));
  }
  const compareNode = findNodeAtLocation(node, ['compare'])!;
  const expectNode = findNodeAtLocation(node, ['expect']);
  const rc = resolveNode(compareNode, [...base, 'compare'], sources, idx);
  const re = expectNode ? resolveNode(expectNode, [...base, 'expect'], sources, idx) : undefined;
  diagnostics.push(...rc.diagnostics, ...(re?.diagnostics ?? []));
  const env = CompareEnvelope.safeParse({ ...raw, compare: rc.value, expect: re?.value });
  if (!env.success) {
    diagnostics.push(...issuesToDiagnostics(env.error.issues, root, base, idx, { deferred: new Set([...rc.unresolved, ...(re?.unresolved ?? [])]), code: 'compare' }));
  } else {
    const extra = Object.keys(env.data.expect ?? {}).filter(k => k !== 'matrix');
    if (expectNode && extra.length) diagnostics.push(idx.diagnostic(expectNode.offset, expectNode.length, `A compare entry asserts "matrix" only (not ${extra.join(', ')})`, 'error', 'compare'));
    const placeNode = findNodeAtLocation(compareNode, ['place']);
    if (placeNode && !rc.unresolved.size) {
      try { parsePlace(env.data.compare.place); } catch (e) {
        diagnostics.push(idx.diagnostic(placeNode.offset, placeNode.length, (e as Error).message, 'error', 'compare'));
      }
    }
  }
  const bad = hadEnvelopeError || diagnostics.slice(before).some(d => d.severity === 'error') || rc.unresolved.size > 0 || (re?.unresolved.size ?? 0) > 0;
  if (bad || !env.success) return undefined;
  const { compare, expect, ...rest } = env.data;
  return { ...rest, api: compare.apis?.[0] ?? 'ovh', operation: 'compare', params: {}, expect, compare };
}

/** Issues inside params/expect are reported after placeholder resolution, by their own schemas. */
function isParamsOrExpectIssue(root: Node, path: (string | number)[]): boolean {
  if (path[0] !== 'requests' || (path[2] !== 'params' && path[2] !== 'expect')) return false;
  return path.length > 3 || (path[2] === 'expect' && !!findNodeAtLocation(root, path));
}

function baseRequest(node: Node, i: number, idx: LineIndex): ParsedRequest {
  const nameNode = node.type === 'object' ? findNodeAtLocation(node, ['name']) : undefined;
  const str = (k: string) => { const n = node.type === 'object' ? findNodeAtLocation(node, [k]) : undefined; return n?.type === 'string' ? n.value as string : undefined; };
  return {
    index: i, name: nameNode?.type === 'string' ? nameNode.value : undefined, api: str('api'), operation: str('operation'),
    range: idx.rangeAt(node.offset, node.length), offset: node.offset, length: node.length,
    nameRange: nameNode ? idx.rangeAt(nameNode.offset, nameNode.length) : undefined,
  };
}

/** Ranges only (for CodeLens on a file that does not parse cleanly). */
function requestRanges(root: Node, idx: LineIndex): ParsedRequest[] {
  const reqs = findNodeAtLocation(root, ['requests']);
  return reqs?.type === 'array' ? (reqs.children ?? []).map((n, i) => baseRequest(n, i, idx)) : [];
}

function checkOperation(raw: Record<string, unknown>, node: Node, ops: readonly OperationDef[], idx: LineIndex, out: Diagnostic[]): OperationDef | undefined {
  const api = ApiId.safeParse(raw.api);
  const opNode = findNodeAtLocation(node, ['operation']);
  if (!api.success || typeof raw.operation !== 'string' || !opNode) return undefined;
  const op = ops.find(o => o.api === api.data && o.name === raw.operation);
  if (op) {
    if (op.deprecated) out.push(idx.diagnostic(opNode.offset, opNode.length, `Deprecated operation ${op.api} ${op.name}: ${op.deprecated}`, 'warning', 'deprecated-operation'));
    return op;
  }
  const mine = ops.filter(o => o.api === api.data).map(o => o.name);
  const elsewhere = ops.find(o => o.name === raw.operation);
  const near = closest(raw.operation, mine);
  let msg = `Unknown operation "${raw.operation}" for api "${api.data}"`;
  if (elsewhere) msg += `; "${raw.operation}" is an operation of api "${elsewhere.api}"`;
  else if (near) msg += `; did you mean "${near}"?`;
  if (mine.length) msg += ` (known: ${mine.join(', ')})`;
  out.push(idx.diagnostic(opNode.offset, opNode.length, msg, 'error', 'unknown-operation'));
  return undefined;
}

function describeParseError(code: string): string {
  const map: Record<string, string> = {
    InvalidSymbol: 'unexpected character', InvalidNumberFormat: 'invalid number', PropertyNameExpected: 'property name expected',
    ValueExpected: 'value expected', ColonExpected: 'colon expected', CommaExpected: 'comma expected',
    CloseBraceExpected: 'closing brace } expected', CloseBracketExpected: 'closing bracket ] expected', EndOfFileExpected: 'end of file expected',
    InvalidCommentToken: 'invalid comment', UnexpectedEndOfComment: 'unterminated comment', UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number', InvalidUnicode: 'invalid unicode escape', InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string',
  };
  return map[code] ?? code;
}
