import * as z from 'zod';
import { API_FAMILIES, ApiFamily, familyBaseUrl, Profile } from './profiles';
import { OrangeCredentials, OvhCredentials, sandboxTarget, Target } from './target';

/**
 * The secret half of a profile, one value per (profile, family): `familySecretKey(id, family)`.
 * VS Code-free: the extension stores these strings in SecretStorage, nowhere else.
 */
export const OvhSecret = z.object({
  applicationKey: z.string().min(1),
  applicationSecret: z.string().min(1),
  consumerKey: z.string().min(1).optional(),
}) satisfies z.ZodType<OvhCredentials>;
export const OrangeSecret = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** X-Api-Key, b2b `/poi` only: without it the profile's Orange family serves RIP only */
  apiKey: z.string().min(1).optional(),
}) satisfies z.ZodType<OrangeCredentials>;

export type FamilyCredentials = { family: 'ovh'; ovh: OvhCredentials } | { family: 'orange'; orange: OrangeCredentials };
/** What is stored for each covered family of a profile (absent = not set). */
export interface ProfileSecrets { ovh?: OvhCredentials; orange?: OrangeCredentials }

/** The first round's key (one JSON value per profile, of its one kind); only read by the migration. */
export function legacySecretKey(profileId: string): string { return `eligibility.credentials.${profileId}`; }
/** Per profile and family. `/` is not allowed in ids, so no key is another's prefix or legacy key. */
export function familySecretKey(profileId: string, family: ApiFamily): string { return `eligibility.credentials.${profileId}/${family}`; }
/** Every key a profile may have secrets under (removal deletes them all). */
export function allSecretKeys(profileId: string): string[] {
  return [legacySecretKey(profileId), ...API_FAMILIES.map(f => familySecretKey(profileId, f))];
}
/** The profile id and family of a key of ours (undefined for other keys). */
export function parseSecretKey(key: string): { profileId: string; family?: ApiFamily } | undefined {
  const m = /^eligibility\.credentials\.([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:\/(ovh|orange))?$/.exec(key);
  return m ? { profileId: m[1], family: m[2] as ApiFamily | undefined } : undefined;
}

/** Parses a stored secret; undefined when absent or unreadable (the caller asks again). */
export function parseSecret(family: ApiFamily, stored: string | undefined): FamilyCredentials | undefined {
  if (!stored) return undefined;
  let json: unknown;
  try { json = JSON.parse(stored); } catch { return undefined; }
  if (family === 'ovh') { const r = OvhSecret.safeParse(json); return r.success ? { family, ovh: r.data } : undefined; }
  const r = OrangeSecret.safeParse(json);
  return r.success ? { family, orange: r.data } : undefined;
}

export function serializeSecret(c: FamilyCredentials): string {
  return JSON.stringify(c.family === 'ovh' ? OvhSecret.parse(c.ovh) : OrangeSecret.parse(c.orange));
}

/** Every value of a credential, for `redactor.addSecret`. */
export function secretValues(c: FamilyCredentials): string[] {
  const values = c.family === 'ovh'
    ? [c.ovh.applicationKey, c.ovh.applicationSecret, c.ovh.consumerKey]
    : [c.orange.clientId, c.orange.clientSecret, c.orange.apiKey];
  return values.filter((v): v is string => !!v);
}

/**
 * Where a family this profile does not cover "goes": nowhere. Callers refuse before sending
 * (`assertCovers`); should one forget, a URL of this scheme cannot be fetched (nothing leaves).
 */
export const NOT_COVERED_URL = 'not-covered:';

/**
 * The Target a profile resolves to. The Sandbox needs the running sandbox's URL; the others
 * their secrets per family. A family the profile does not cover gets no endpoint and no
 * credentials (NOT_COVERED_URL): it never falls back to a public default.
 */
export function targetFor(p: Profile, secrets: ProfileSecrets, sandboxUrl?: string): Target {
  if (p.kind === 'sandbox') {
    if (!sandboxUrl) throw new Error('the sandbox is not running');
    return sandboxTarget(sandboxUrl);
  }
  return {
    ovh: p.apis.ovh ? { baseUrl: familyBaseUrl(p, 'ovh'), credentials: secrets.ovh } : { baseUrl: NOT_COVERED_URL },
    orange: p.apis.orange ? { baseUrl: familyBaseUrl(p, 'orange'), credentials: secrets.orange } : { baseUrl: NOT_COVERED_URL },
  };
}
