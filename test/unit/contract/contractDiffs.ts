/**
 * Every difference between the vendored OVH schema and our operation table + zod schemas:
 * operations (method, auth, api status, deprecation, task or plain answer), request parameters
 * (as sent, and as a request file may type them) and every response model an operation reaches.
 */
import type * as z from 'zod';
import { asyncTask } from '../../../src/core/apis/ovh/schemas';
import { OVH_SPECS, type OvhOpSpec } from '../../../src/core/apis/ovh/specs';
import { ELIGIBILITY_OPERATIONS, MODELS, opKey, parseType, type SpecOperation, type SpecType } from './ovhSchema';
import { type Diff, Differ, type Side } from './zodDiff';

/** The fields of our specs the contract covers (read loosely so the test also runs on older tables). */
interface SpecView { method: string; path: string; signed: boolean; task: boolean; apiStatus: string; deprecated?: string; params: z.ZodType; result: z.ZodType }
function view(s: OvhOpSpec): SpecView {
  const x = s as OvhOpSpec & { task?: boolean; apiStatus?: { value?: string } };
  return { method: s.method, path: s.path, signed: s.signed, task: x.task ?? s.method === 'POST', apiStatus: x.apiStatus?.value ?? 'PRODUCTION', deprecated: s.deprecated, params: s.params, result: s.result };
}

function operationDiffs(op: SpecOperation, ours: SpecView | undefined): Diff[] {
  const key = opKey(op.httpMethod, op.path);
  if (!ours) return [{ path: key, kind: 'missing-operation', detail: `${op.responseType}: not in our operation table` }];
  const out: Diff[] = [];
  if (ours.signed !== !op.noAuthentication) out.push({ path: key, kind: 'auth', detail: `schema: noAuthentication ${op.noAuthentication}; ours: ${ours.signed ? 'signed' : 'unsigned'}` });
  if (ours.apiStatus !== op.apiStatus.value) out.push({ path: key, kind: 'api-status', detail: `schema: ${op.apiStatus.value}; ours: ${ours.apiStatus}` });
  const deprecatedInSchema = op.apiStatus.value.startsWith('DEPRECATED') || !!op.apiStatus.deprecatedDate || !!op.apiStatus.deletionDate;
  if (!deprecatedInSchema && ours.deprecated) out.push({ path: key, kind: 'deprecation', detail: `schema: ${op.apiStatus.value}, no deprecation; ours: "${ours.deprecated}"` });
  if (deprecatedInSchema) {
    const dates = [op.apiStatus.deprecatedDate, op.apiStatus.deletionDate].filter((d): d is string => !!d).map(d => d.slice(0, 10));
    if (!ours.deprecated || dates.some(d => !ours.deprecated!.includes(d))) out.push({ path: key, kind: 'deprecation', detail: `schema: ${JSON.stringify(op.apiStatus)}; ours: ${ours.deprecated ?? 'nothing'}` });
  }
  const isTask = op.responseType.startsWith('xdsl.AsyncTask');
  if (ours.task !== isTask) out.push({ path: key, kind: 'task', detail: `schema answers ${op.responseType}; ours ${ours.task ? 'polls an async task' : 'reads a plain answer'}` });
  return out;
}

/** The request parameters of an operation: the body model's fields plus the path and query parameters. */
function requestDiffs(op: SpecOperation, ours: SpecView, side: Side): Diff[] {
  const differ = new Differ('request', side);
  const body = op.parameters.find(p => p.paramType === 'body');
  const extra: Record<string, { type: SpecType; required: boolean; canBeNull: boolean }> = {};
  for (const p of op.parameters) if (p.paramType !== 'body' && p.name) extra[p.name] = { type: parseType(p.dataType), required: p.required, canBeNull: false };
  const prefix = `${opKey(op.httpMethod, op.path)} params`;
  if (body && !MODELS[body.dataType]) throw new Error(`schema: unknown body model ${body.dataType}`);
  differ.model(body?.dataType ?? '(no body)', ours.params, extra, prefix);
  return differ.diffs;
}

function responseDiffs(op: SpecOperation, ours: SpecView, differ: Differ): void {
  if (op.responseType.startsWith('xdsl.AsyncTask') && ours.task) differ.type(op.responseType, parseType(op.responseType), asyncTask(ours.result));
  else if (op.responseType.startsWith('xdsl.AsyncTask')) differ.type(`${opKey(op.httpMethod, op.path)} result`, parseType(MODELS[op.responseType].properties!.result.type), ours.result);
  else differ.type(`${opKey(op.httpMethod, op.path)} result`, parseType(op.responseType), ours.result);
}

function dedupe(diffs: Diff[]): Diff[] {
  const seen = new Set<string>();
  return diffs.filter(d => { const k = `${d.path}|${d.kind}|${d.detail}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

export interface ContractDiffs {
  /** per operation key (`POST /connectivity/eligibility/search/cities`): operation and parameter differences */
  operations: Map<string, Diff[]>;
  /** per response model (or operation result): differences, deduplicated across operations */
  models: Map<string, Diff[]>;
}

export function contractDiffs(specs: readonly OvhOpSpec[] = OVH_SPECS): ContractDiffs {
  const ours = new Map(specs.map(s => [opKey(s.method, s.path), view(s)]));
  const operations = new Map<string, Diff[]>();
  const responses = new Differ('response', 'output');
  for (const op of ELIGIBILITY_OPERATIONS) {
    const key = opKey(op.httpMethod, op.path);
    const mine = ours.get(key);
    const diffs = operationDiffs(op, mine);
    if (mine) {
      const sent = requestDiffs(op, mine, 'output');
      const typed = requestDiffs(op, mine, 'input').filter(d => !sent.some(s => s.path === d.path && s.kind === d.kind && s.detail === d.detail))
        .map(d => ({ ...d, path: `${d.path} (as typed in a request file)` }));
      diffs.push(...sent, ...typed);
      responseDiffs(op, mine, responses);
    }
    operations.set(key, dedupe(diffs));
  }
  const known = new Set(ELIGIBILITY_OPERATIONS.map(o => opKey(o.httpMethod, o.path)));
  for (const [key] of ours) {
    if (!known.has(key)) operations.set(key, [{ path: key, kind: 'unknown-operation', detail: 'in our table, not in the schema' }]);
  }
  const models = new Map<string, Diff[]>([...responses.visited].filter(v => !/^(GET|POST|PUT|DELETE) /.test(v)).map(v => [v, []]));
  for (const d of dedupe(responses.diffs)) models.set(d.group ?? d.path, [...(models.get(d.group ?? d.path) ?? []), d]);
  return { operations, models };
}
