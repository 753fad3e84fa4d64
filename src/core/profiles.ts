import * as z from 'zod';
import { EligError } from './errors';
import type { ApiId } from './model/normalized';
import { isLoopbackHost } from './http/guard';
import { ORANGE_DEFAULT_BASE_URL, resolveOvhEndpoint } from './target';

/**
 * A profile = a name + where each API family's calls go. VS Code-free: the extension keeps the
 * non-secret part in settings (`eligibility.profiles`) and each family's secrets in
 * SecretStorage (see profileSecrets.ts). The Sandbox profile always exists and covers all APIs.
 *
 * Families: `ovh` (OVHcloud Connectivity) and `orange`. Orange Business Eligibility (b2b) and
 * Orange RIP are one family: both guides publish them on the same host (https://api.orange.com)
 * behind the same OAuth2 token endpoint (`/oauth/v3/token`), so one client id/secret pair (an
 * Orange Developer application) and one token serve both; the API key is b2b's only. Distinct
 * endpoints for b2b and RIP would mean two token servers, i.e. two sets of credentials: two profiles.
 */
export const ApiFamily = z.enum(['ovh', 'orange']);
export type ApiFamily = z.infer<typeof ApiFamily>;
export const API_FAMILIES: readonly ApiFamily[] = ['ovh', 'orange'];

/** The family an API belongs to (whose endpoint and secrets its calls use). */
export function familyOf(api: ApiId): ApiFamily { return api === 'ovh' ? 'ovh' : 'orange'; }
export const FAMILY_APIS: Record<ApiFamily, ApiId[]> = { ovh: ['ovh'], orange: ['orange-b2b', 'orange-rip'] };
/** English names (the extension localizes its own). */
export const FAMILY_LABELS: Record<ApiFamily, string> = { ovh: 'OVHcloud Connectivity', orange: 'Orange (Business Eligibility + RIP)' };

const FamilyEntry = z.object({
  endpoint: z.string().optional()
    .describe('OVH: ovh-eu | ovh-ca | ovh-us | a base URL (default ovh-eu). Orange: base URL (default https://api.orange.com)'),
}).strict();
export type FamilyEntry = z.infer<typeof FamilyEntry>;
const ProfileApis = z.object({ ovh: FamilyEntry.optional(), orange: FamilyEntry.optional() }).strict();
export type ProfileApis = z.infer<typeof ProfileApis>;

const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-" (max 64)');
const Name = z.string().min(1).max(80);

/** The setting's shape of one profile (what `eligibility.profiles` holds). */
export const StoredProfile = z.object({
  id: Id.describe('Stable identifier; secrets are stored under it'),
  name: Name.describe('Shown in the status bar and pickers'),
  apis: ProfileApis.describe('Per API family: where its calls go. A family absent here is refused, nothing sent.'),
}).strict();
export type StoredProfile = z.infer<typeof StoredProfile>;

/** The first round's shape: one family per profile. Read, then rewritten by `planMigration`. */
export const LegacyProfile = z.object({
  id: Id, name: Name, kind: z.enum(['ovh', 'orange', 'sandbox']), endpoint: z.string().optional(),
}).strict();

/** A profile in memory: `kind` tells the built-in Sandbox from the user's own. */
export interface Profile { id: string; name: string; kind: 'sandbox' | 'custom'; apis: ProfileApis }

export const SANDBOX_PROFILE_ID = 'sandbox';
export const SANDBOX_PROFILE: Profile = Object.freeze({ id: SANDBOX_PROFILE_ID, name: 'Sandbox', kind: 'sandbox', apis: { ovh: {}, orange: {} } });

export interface ProfileList { profiles: Profile[]; problems: string[] }

/** Reads the `eligibility.profiles` setting (either shape): the Sandbox first, bad entries reported, not fatal. */
export function loadProfiles(raw: unknown): ProfileList {
  const profiles: Profile[] = [SANDBOX_PROFILE];
  const problems: string[] = [];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  if (!Array.isArray(raw) && list.length) problems.push('eligibility.profiles must be an array');
  list.forEach((entry, i) => {
    const r = readEntry(entry);
    if ('problem' in r) { problems.push(`eligibility.profiles[${i}]: ${r.problem}`); return; }
    const p = r.profile;
    if (p.id === SANDBOX_PROFILE_ID) { problems.push(`eligibility.profiles[${i}]: the Sandbox profile is built in`); return; }
    if (profiles.some(q => q.id === p.id)) { problems.push(`eligibility.profiles[${i}]: duplicate id "${p.id}"`); return; }
    profiles.push(toProfile(p));
  });
  return { profiles, problems };
}

export type ReadEntry = { profile: StoredProfile; legacy?: ApiFamily } | { problem: string };

/** One setting entry, new or legacy shape, checked (endpoints included); `legacy` = its first-round kind. */
export function readEntry(entry: unknown): ReadEntry {
  const legacy = LegacyProfile.safeParse(entry);
  if (legacy.success) {
    const { id, name, kind, endpoint } = legacy.data;
    if (kind === 'sandbox') return { problem: 'the Sandbox profile is built in' };
    const stored: StoredProfile = { id, name, apis: { [kind]: endpoint ? { endpoint } : {} } };
    const problem = profileProblem(stored);
    return problem ? { problem } : { profile: stored, legacy: kind };
  }
  const parsed = StoredProfile.safeParse(entry);
  if (!parsed.success) return { problem: parsed.error.issues.map(x => `${x.path.join('.') || 'entry'} ${x.message}`).join('; ') };
  const problem = profileProblem(parsed.data);
  return problem ? { problem } : { profile: parsed.data };
}

function toProfile(p: StoredProfile): Profile { return { id: p.id, name: p.name, kind: 'custom', apis: p.apis }; }

/** The setting's entry of a profile (what `save` writes). */
export function toStored(p: Profile): StoredProfile {
  const apis: ProfileApis = {};
  for (const f of API_FAMILIES) { const e = p.apis[f]; if (e) apis[f] = e.endpoint ? { endpoint: e.endpoint } : {}; }
  return { id: p.id, name: p.name, apis };
}

/** undefined when the profile is usable: at least one family, every endpoint acceptable. */
export function profileProblem(p: Pick<StoredProfile, 'apis'>): string | undefined {
  const families = API_FAMILIES.filter(f => p.apis[f]);
  if (!families.length) return 'apis must name at least one API family (ovh, orange)';
  for (const f of families) {
    const problem = checkEndpoint(f, p.apis[f]?.endpoint);
    if (problem) return `apis.${f}.endpoint: ${problem}`;
  }
  return undefined;
}

/** undefined when `endpoint` is usable for the family (empty = the family's public default). */
export function checkEndpoint(family: ApiFamily, endpoint: string | undefined): string | undefined {
  if (endpoint === undefined || endpoint.trim() === '') return undefined;
  let u: URL;
  try {
    u = new URL(family === 'ovh' ? resolveOvhEndpoint(endpoint) : endpoint.trim());
  } catch {
    return family === 'ovh'
      ? `"${endpoint}" is neither a known OVHcloud endpoint (ovh-eu, ovh-ca, ovh-us) nor a URL`
      : `"${endpoint}" is not a URL (e.g. https://api.orange.com)`;
  }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && isLoopbackHost(u.hostname))) return 'the endpoint must use https (http only on loopback)';
  if (u.username || u.password) return 'the endpoint must not contain user info';
  if (u.search || u.hash) return 'the endpoint must not contain a query or a fragment';
  return undefined;
}

/** The base URL a family's calls go to with this profile (its public default when no endpoint is set). */
export function familyBaseUrl(p: Profile, family: ApiFamily): string {
  const endpoint = p.apis[family]?.endpoint || undefined;
  return family === 'ovh' ? resolveOvhEndpoint(endpoint) : (endpoint ?? ORANGE_DEFAULT_BASE_URL).trim().replace(/\/+$/, '');
}

export function coveredFamilies(p: Profile): ApiFamily[] { return API_FAMILIES.filter(f => !!p.apis[f]); }
/** Which APIs a profile sends calls for (the Sandbox answers all three). */
export function profileApis(p: Profile): ApiId[] { return coveredFamilies(p).flatMap(f => FAMILY_APIS[f]); }
export function covers(p: Profile, api: ApiId): boolean { return !!p.apis[familyOf(api)]; }
export function needsSecrets(p: Profile): boolean { return p.kind !== 'sandbox'; }

/**
 * A call refused before sending: the profile does not say where this API's calls go.
 * Kind `credentials` (nothing may leave for a host the user did not choose), next step
 * `check-endpoint`; `refusal` tells the UI which profile and API, for its buttons.
 */
export class ProfileRefusal extends EligError {
  constructor(readonly profile: Pick<Profile, 'id' | 'name'>, readonly api: ApiId) {
    const family = familyOf(api);
    super({
      kind: 'credentials', nextStep: 'check-endpoint',
      message: `Profile "${profile.name}" does not cover ${FAMILY_LABELS[family]}: the ${api} call was not sent.`,
      hint: `Add ${FAMILY_LABELS[family]} to profile "${profile.name}" (Eligibility: Edit Profile…) or switch to a profile that covers it.`,
      refusal: { profileId: profile.id, profileName: profile.name, api, family },
    });
    this.name = 'ProfileRefusal';
  }
}

/** Throws ProfileRefusal for the first API the profile does not cover. */
export function assertCovers(p: Profile, apis: Iterable<ApiId>): void {
  for (const api of apis) if (!covers(p, api)) throw new ProfileRefusal(p, api);
}

/** A fresh, readable id for a new profile name ("OVH EU" → "ovh-eu", "ovh-eu-2" if taken). */
export function newProfileId(name: string, taken: readonly string[]): string {
  const base = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'profile';
  let id = base === SANDBOX_PROFILE_ID ? `${base}-1` : base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}
