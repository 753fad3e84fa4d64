/**
 * Where each API lives and with which credentials: the "target" of a run.
 * A profile (see profiles.ts) resolves to a Target once its secrets are loaded.
 */
export interface OvhCredentials { applicationKey: string; applicationSecret: string; consumerKey?: string }
/** `apiKey` (X-Api-Key) is needed by Orange b2b `/poi` only: the RIP guide documents OAuth2 alone. */
export interface OrangeCredentials { clientId: string; clientSecret: string; apiKey?: string }

export interface OvhTarget {
  /** API root including the version, e.g. https://eu.api.ovh.com/1.0 */
  baseUrl: string;
  credentials?: OvhCredentials;
}
export interface OrangeTarget {
  /** https://api.orange.com (paths /oauth/v3/token, /eligibility/b2b/v1/poi, /ripoperatoreligibility/v1/...) */
  baseUrl: string;
  credentials?: OrangeCredentials;
}
export interface Target { ovh: OvhTarget; orange: OrangeTarget }

export const OVH_ENDPOINTS: Record<string, string> = {
  'ovh-eu': 'https://eu.api.ovh.com/1.0',
  'ovh-ca': 'https://ca.api.ovh.com/1.0',
  'ovh-us': 'https://api.us.ovhcloud.com/1.0',
};
export const ORANGE_DEFAULT_BASE_URL = 'https://api.orange.com';

/** `ovh-eu` | `ovh-ca` | `ovh-us` | any base URL (with or without `/1.0`). */
export function resolveOvhEndpoint(endpoint: string | undefined): string {
  const e = (endpoint ?? 'ovh-eu').trim();
  if (OVH_ENDPOINTS[e]) return OVH_ENDPOINTS[e];
  const u = new URL(e); // throws on garbage: callers report it as bad input
  const base = u.toString().replace(/\/+$/, '');
  return /\/1\.0$/.test(base) ? base : `${base}/1.0`;
}

/** The sandbox's fixed, documented credentials: the default profile works with zero set-up. */
export const SANDBOX_CREDENTIALS = {
  ovh: { applicationKey: 'sandbox-app-key', applicationSecret: 'sandbox-app-secret', consumerKey: 'sandbox-consumer-key' },
  orange: { clientId: 'sandbox-client-id', clientSecret: 'sandbox-client-secret', apiKey: 'sandbox-api-key' },
} as const satisfies { ovh: OvhCredentials; orange: OrangeCredentials };

/** Every API pointed at one sandbox base URL (e.g. http://127.0.0.1:8089). */
export function sandboxTarget(baseUrl: string): Target {
  const root = baseUrl.replace(/\/+$/, '');
  return {
    ovh: { baseUrl: `${root}/1.0`, credentials: { ...SANDBOX_CREDENTIALS.ovh } },
    orange: { baseUrl: root, credentials: { ...SANDBOX_CREDENTIALS.orange } },
  };
}

/** CI: credentials from ELIG_* environment variables. */
export function targetFromEnv(env: NodeJS.ProcessEnv): Target {
  const ovhCreds = env.ELIG_OVH_APPLICATION_KEY && env.ELIG_OVH_APPLICATION_SECRET
    ? { applicationKey: env.ELIG_OVH_APPLICATION_KEY, applicationSecret: env.ELIG_OVH_APPLICATION_SECRET, consumerKey: env.ELIG_OVH_CONSUMER_KEY || undefined }
    : undefined;
  // ELIG_ORANGE_API_KEY is optional: RIP needs OAuth2 only; a b2b call without it fails before sending
  const orangeCreds = env.ELIG_ORANGE_CLIENT_ID && env.ELIG_ORANGE_CLIENT_SECRET
    ? { clientId: env.ELIG_ORANGE_CLIENT_ID, clientSecret: env.ELIG_ORANGE_CLIENT_SECRET, apiKey: env.ELIG_ORANGE_API_KEY || undefined }
    : undefined;
  return {
    ovh: { baseUrl: resolveOvhEndpoint(env.ELIG_OVH_ENDPOINT), credentials: ovhCreds },
    orange: { baseUrl: (env.ELIG_ORANGE_BASE_URL || ORANGE_DEFAULT_BASE_URL).replace(/\/+$/, ''), credentials: orangeCreds },
  };
}
