import * as z from 'zod';
import type { ApiId } from './model/normalized';
import {
  ORANGE_DEFAULT_BASE_URL, OrangeCredentials, OvhCredentials, resolveOvhEndpoint, sandboxTarget, Target,
} from './target';

/**
 * A profile = which API family + which endpoint + a name. VS Code-free: the extension keeps the
 * non-secret part in settings (`eligibility.profiles`) and the secret part in SecretStorage,
 * keyed by `secretKey(profile.id)`. The Sandbox profile always exists and needs nothing.
 */
export const ProfileKind = z.enum(['sandbox', 'ovh', 'orange']);
export type ProfileKind = z.infer<typeof ProfileKind>;

export const Profile = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-" (max 64)')
    .describe('Stable identifier; secrets are stored under it'),
  name: z.string().min(1).max(80).describe('Shown in the status bar and pickers'),
  kind: ProfileKind.describe('sandbox (embedded simulator), ovh (OVHcloud Connectivity) or orange (Orange b2b + RIP)'),
  endpoint: z.string().optional()
    .describe('OVH: ovh-eu | ovh-ca | ovh-us | a base URL. Orange: base URL (default https://api.orange.com)'),
});
export type Profile = z.infer<typeof Profile>;

export const SANDBOX_PROFILE_ID = 'sandbox';
export const SANDBOX_PROFILE: Profile = Object.freeze({ id: SANDBOX_PROFILE_ID, name: 'Sandbox', kind: 'sandbox' });

export const OvhSecret = z.object({
  applicationKey: z.string().min(1),
  applicationSecret: z.string().min(1),
  consumerKey: z.string().min(1).optional(),
}) satisfies z.ZodType<OvhCredentials>;
export const OrangeSecret = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  apiKey: z.string().min(1),
}) satisfies z.ZodType<OrangeCredentials>;
export type ProfileCredentials = { kind: 'ovh'; ovh: OvhCredentials } | { kind: 'orange'; orange: OrangeCredentials };

export interface ProfileList { profiles: Profile[]; problems: string[] }

/** Reads the `eligibility.profiles` setting: the Sandbox first, invalid or duplicate entries reported, not fatal. */
export function loadProfiles(raw: unknown): ProfileList {
  const profiles: Profile[] = [SANDBOX_PROFILE];
  const problems: string[] = [];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  if (!Array.isArray(raw) && list.length) problems.push('eligibility.profiles must be an array');
  list.forEach((entry, i) => {
    const parsed = Profile.safeParse(entry);
    if (!parsed.success) {
      problems.push(`eligibility.profiles[${i}]: ${parsed.error.issues.map(x => `${x.path.join('.') || 'entry'} ${x.message}`).join('; ')}`);
      return;
    }
    const p = parsed.data;
    if (p.kind === 'sandbox') { problems.push(`eligibility.profiles[${i}]: the Sandbox profile is built in`); return; }
    if (profiles.some(q => q.id === p.id)) { problems.push(`eligibility.profiles[${i}]: duplicate id "${p.id}"`); return; }
    const endpointProblem = checkEndpoint(p);
    if (endpointProblem) { problems.push(`eligibility.profiles[${i}]: ${endpointProblem}`); return; }
    profiles.push(p);
  });
  return { profiles, problems };
}

/** undefined when the endpoint is usable for the profile's kind. */
export function checkEndpoint(p: Pick<Profile, 'kind' | 'endpoint'>): string | undefined {
  if (p.kind === 'sandbox' || p.endpoint === undefined || p.endpoint === '') return undefined;
  try {
    const url = p.kind === 'ovh' ? resolveOvhEndpoint(p.endpoint) : new URL(p.endpoint).toString();
    const u = new URL(url);
    const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) return 'endpoint must use https (http only on loopback)';
    if (u.username || u.password) return 'endpoint must not contain user info';
    return undefined;
  } catch {
    return `endpoint "${p.endpoint}" is neither a known OVH endpoint (ovh-eu, ovh-ca, ovh-us) nor a URL`;
  }
}

/** Which APIs a profile carries credentials for (the Sandbox answers all three). */
export function profileApis(p: Profile): ApiId[] {
  switch (p.kind) {
    case 'sandbox': return ['ovh', 'orange-b2b', 'orange-rip'];
    case 'ovh': return ['ovh'];
    case 'orange': return ['orange-b2b', 'orange-rip'];
  }
}

export function needsSecrets(p: Profile): boolean { return p.kind !== 'sandbox'; }

/** The SecretStorage key of a profile's credentials (one JSON value per profile). */
export function secretKey(profileId: string): string { return `eligibility.credentials.${profileId}`; }

/** Parses a stored secret; undefined when absent or unreadable (the caller asks again). */
export function parseSecret(kind: ProfileKind, stored: string | undefined): ProfileCredentials | undefined {
  if (!stored) return undefined;
  let json: unknown;
  try { json = JSON.parse(stored); } catch { return undefined; }
  if (kind === 'ovh') { const r = OvhSecret.safeParse(json); return r.success ? { kind, ovh: r.data } : undefined; }
  if (kind === 'orange') { const r = OrangeSecret.safeParse(json); return r.success ? { kind, orange: r.data } : undefined; }
  return undefined;
}

export function serializeSecret(c: ProfileCredentials): string {
  return JSON.stringify(c.kind === 'ovh' ? OvhSecret.parse(c.ovh) : OrangeSecret.parse(c.orange));
}

/** Every value of a credential, for `redactor.addSecret`. */
export function secretValues(c: ProfileCredentials): string[] {
  return c.kind === 'ovh'
    ? [c.ovh.applicationKey, c.ovh.applicationSecret, c.ovh.consumerKey].filter((v): v is string => !!v)
    : [c.orange.clientId, c.orange.clientSecret, c.orange.apiKey].filter((v): v is string => !!v);
}

export function ovhBaseUrl(p: Profile): string { return resolveOvhEndpoint(p.kind === 'ovh' ? p.endpoint || undefined : undefined); }
export function orangeBaseUrl(p: Profile): string {
  return (p.kind === 'orange' && p.endpoint ? p.endpoint : ORANGE_DEFAULT_BASE_URL).replace(/\/+$/, '');
}

/**
 * The Target a profile resolves to. The Sandbox needs the running sandbox's URL; the others
 * their credentials. The API a profile does not cover keeps its public default without
 * credentials (OVH's public search/test operations need none; Orange then reports missing credentials).
 */
export function targetFor(p: Profile, creds: ProfileCredentials | undefined, sandboxUrl?: string): Target {
  if (p.kind === 'sandbox') {
    if (!sandboxUrl) throw new Error('the sandbox is not running');
    return sandboxTarget(sandboxUrl);
  }
  return {
    ovh: { baseUrl: ovhBaseUrl(p), credentials: creds?.kind === 'ovh' ? creds.ovh : undefined },
    orange: { baseUrl: orangeBaseUrl(p), credentials: creds?.kind === 'orange' ? creds.orange : undefined },
  };
}

/** A fresh, readable id for a new profile name ("OVH EU" → "ovh-eu", "ovh-eu-2" if taken). */
export function newProfileId(name: string, taken: readonly string[]): string {
  const base = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'profile';
  let id = base === SANDBOX_PROFILE_ID ? `${base}-1` : base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}
