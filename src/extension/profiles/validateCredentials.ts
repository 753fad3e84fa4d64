import { createSharedState, RunContext } from '../../core/apis/operation';
import { tokenCacheFor } from '../../core/apis/orange/token';
import { serverTimeOffset } from '../../core/apis/ovh/signing';
import { EligError, EligErrorInfo, toErrorInfo } from '../../core/errors';
import { execute } from '../../core/execute';
import type { HttpClient } from '../../core/http/client';
import { FamilyCredentials, targetFor } from '../../core/profileSecrets';
import type { Profile } from '../../core/profiles';
import type { ExecResult } from '../../core/result';

/** Which credential a refusal is about (the UI names it). */
export type CredentialPart = 'client' | 'apiKey' | 'applicationKey' | 'applicationSecret' | 'consumerKey' | 'endpoint';

export type Validation =
  | { ok: true; detail: 'orange-token-and-key' | 'orange-token-no-key' | 'ovh-time' | 'ovh-signed'; offset?: number }
  | { ok: false; part: CredentialPart; message: string; status?: number; code?: string };

/** The guide's own example building: what the API-key check asks `/poi` about (no customer data). */
export const KEY_CHECK_BUILDING = 'IMB/59378/X/013S';
/** The OVH partner example the signed check asks about. */
const SIGNED_CHECK_BUILDING = 'IMB/91471/C/NT8X';

const refused = (part: CredentialPart, e: EligErrorInfo): Validation => ({ ok: false, part, message: e.message, status: e.status, code: e.code });
const isAuthRefusal = (e: EligErrorInfo | undefined) => !!e && (e.status === 401 || e.status === 403 || e.kind === 'credentials');

/**
 * Real calls before saving, one per credential, each for what it is for:
 * Orange — a token request (client id + secret), then, when an API key is given, one `GET /poi`
 * about the guide's example building (a 401/403 there = the key was refused; any other answer
 * means Orange accepted it). OVH — `/auth/time`, then with a consumer key one signed call, whose
 * errorCode says which part was refused. Fresh caches, so nothing cached earlier can make bad
 * credentials look good. Never throws.
 */
export async function validateCredentials(http: HttpClient, profile: Profile, creds: FamilyCredentials, signal?: AbortSignal): Promise<Validation> {
  const secrets = creds.family === 'ovh' ? { ovh: creds.ovh } : { orange: creds.orange };
  const ctx: RunContext = { http, target: targetFor(profile, secrets), signal, state: createSharedState(), poll: { deadlineMs: 30000 } };
  try {
    return creds.family === 'orange' ? await checkOrange(ctx, creds.orange, signal) : await checkOvh(ctx, creds.ovh);
  } catch (e) {
    const info = e instanceof EligError ? e.toJSON() : toErrorInfo(e);
    return refused(info.kind === 'network' || info.kind === 'timeout' || info.kind === 'redirect' ? 'endpoint' : 'client', info);
  }
}

async function checkOrange(ctx: RunContext, c: Extract<FamilyCredentials, { family: 'orange' }>['orange'], signal?: AbortSignal): Promise<Validation> {
  try {
    await tokenCacheFor(ctx.state, ctx.target.orange.baseUrl, c).get(ctx.http, c, signal);
  } catch (e) {
    const info = toErrorInfo(e);
    return refused(isAuthRefusal(info) || info.kind === 'http' ? 'client' : 'endpoint', info);
  }
  if (!c.apiKey) return { ok: true, detail: 'orange-token-no-key' };
  const r: ExecResult = await execute(ctx, { api: 'orange-b2b', operation: 'poi', params: { buildingCode: KEY_CHECK_BUILDING } });
  if (r.error?.kind === 'cancelled') return refused('endpoint', r.error);
  if (isAuthRefusal(r.error)) return refused('apiKey', r.error!);
  if (r.error && (r.error.kind === 'network' || r.error.kind === 'timeout')) return refused('endpoint', r.error);
  return { ok: true, detail: 'orange-token-and-key' };
}

async function checkOvh(ctx: RunContext, c: Extract<FamilyCredentials, { family: 'ovh' }>['ovh']): Promise<Validation> {
  const offset = await serverTimeOffset(ctx, c.applicationKey);
  if (!c.consumerKey) return { ok: true, detail: 'ovh-time', offset };
  const r = await execute(ctx, { api: 'ovh', operation: 'test/building/partners', params: { building: SIGNED_CHECK_BUILDING } });
  const e = r.error;
  if (!e) return { ok: true, detail: 'ovh-signed', offset };
  switch (e.code) {
    case 'INVALID_KEY': case 'NOT_AUTHENTICATED': return refused('applicationKey', e);
    case 'INVALID_SIGNATURE': return refused('applicationSecret', e);
    case 'INVALID_CREDENTIAL': case 'NOT_CREDENTIAL': case 'NOT_GRANTED_CALL': return refused('consumerKey', e);
  }
  if (isAuthRefusal(e)) return refused('consumerKey', e);
  if (e.kind === 'network' || e.kind === 'timeout' || e.kind === 'cancelled') return refused('endpoint', e);
  return { ok: true, detail: 'ovh-signed', offset };
}
