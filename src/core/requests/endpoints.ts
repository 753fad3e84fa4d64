import { EligError } from '../errors';
import { HttpClient, HttpClientOptions, HttpRequest, HttpResponse } from '../http/client';
import { assertCredentialTarget } from '../http/guard';
import { resolveOvhEndpoint, Target } from '../target';
import type { Environment } from './envfile';

/**
 * An environments file may point the APIs at other endpoints; credentials never follow.
 * They stay bound to the origin they were configured for (`homes`), and a target whose base
 * URL moved to another origin loses its credentials.
 */
export interface CredentialHomes {
  /** origin the OVH credentials were configured for (undefined: no OVH credentials) */
  ovh?: string;
  /** origin the Orange credentials were configured for */
  orange?: string;
}

export function credentialHomes(t: Target): CredentialHomes {
  return {
    ovh: t.ovh.credentials ? safeOrigin(t.ovh.baseUrl) : undefined,
    orange: t.orange.credentials ? safeOrigin(t.orange.baseUrl) : undefined,
  };
}

function safeOrigin(u: string): string | undefined {
  try { return new URL(u).origin.toLowerCase(); } catch { return undefined; }
}

export interface RetargetResult { target: Target; warnings: string[] }

/** Applies an environment's `ovhEndpoint` / `orangeBaseUrl`; throws EligError(input) on a malformed URL. */
export function retarget(base: Target, env: Pick<Environment, 'ovhEndpoint' | 'orangeBaseUrl'> | undefined): RetargetResult {
  const warnings: string[] = [];
  const target: Target = { ovh: { ...base.ovh }, orange: { ...base.orange } };
  if (env?.ovhEndpoint) {
    let url: string;
    try { url = resolveOvhEndpoint(env.ovhEndpoint); } catch {
      throw new EligError({ kind: 'input', message: `ovhEndpoint "${env.ovhEndpoint}" is neither ovh-eu, ovh-ca, ovh-us nor a URL` });
    }
    if (safeOrigin(url) !== safeOrigin(base.ovh.baseUrl) && target.ovh.credentials) {
      warnings.push(`OVH endpoint moved to ${displayOrigin(url)}: the OVH credentials (configured for ${displayOrigin(base.ovh.baseUrl)}) are not sent there`);
      target.ovh.credentials = undefined;
    }
    target.ovh.baseUrl = url;
  }
  if (env?.orangeBaseUrl) {
    let url: string;
    try { url = new URL(env.orangeBaseUrl).toString().replace(/\/+$/, ''); } catch {
      throw new EligError({ kind: 'input', message: `orangeBaseUrl "${env.orangeBaseUrl}" is not a URL` });
    }
    if (safeOrigin(url) !== safeOrigin(base.orange.baseUrl) && target.orange.credentials) {
      warnings.push(`Orange endpoint moved to ${displayOrigin(url)}: the Orange credentials (configured for ${displayOrigin(base.orange.baseUrl)}) are not sent there`);
      target.orange.credentials = undefined;
    }
    target.orange.baseUrl = url;
  }
  return { target, warnings };
}

function displayOrigin(u: string): string {
  try { const x = new URL(u); return `${x.protocol}//${x.host}`; } catch { return 'an invalid URL'; }
}

const OVH_CRED_HEADER = /^x-ovh-(application|consumer|signature|timestamp)$/i;
const ORANGE_CRED_HEADER = /^x-api-key$/i;
const AUTH_HEADER = /^(authorization|proxy-authorization)$/i;

/**
 * An HttpClient that refuses to send credential material (signed OVH headers, X-Api-Key,
 * Authorization, or any request marked with `credentialBase`) anywhere but the origin those
 * credentials were configured for — whatever base URL the request claims. Defence in depth
 * over the clients' own `credentialBase`.
 */
export class FencedHttpClient extends HttpClient {
  constructor(private readonly homes: CredentialHomes, opts: HttpClientOptions = {}) {
    super(opts);
  }

  override async send(req: HttpRequest): Promise<HttpResponse> {
    if (hasUserinfo(req.url)) {
      // node-fetch would turn it into an Authorization header: never send one we did not make
      throw new EligError({ kind: 'credentials', nextStep: 'check-endpoint', message: 'Refusing a URL with user information (user:password@host): check the endpoint' });
    }
    const names = Object.keys(req.headers ?? {});
    const ovh = names.some(n => OVH_CRED_HEADER.test(n));
    const orange = names.some(n => ORANGE_CRED_HEADER.test(n));
    const auth = names.some(n => AUTH_HEADER.test(n));
    if (ovh || orange || auth || req.credentialBase) {
      const allowed: (string | undefined)[] = ovh && !orange ? [this.homes.ovh]
        : orange && !ovh ? [this.homes.orange]
          : ovh && orange ? []
            : [this.homes.ovh, this.homes.orange];
      const ok = allowed.some(home => home !== undefined && passes(req.url, home));
      if (!ok) {
        let shown = 'an invalid URL';
        try { const u = new URL(req.url); shown = `${u.protocol}//${u.host}`; } catch { /* keep */ }
        throw new EligError({ kind: 'credentials', nextStep: 'check-endpoint',
          message: `Refusing to send credentials to ${shown}: they were configured for another host` });
      }
    }
    return super.send(req);
  }
}

function hasUserinfo(url: string): boolean {
  try { const u = new URL(url); return !!(u.username || u.password); } catch { return false; }
}

/** Problems of an endpoint URL from an environments file (undefined when acceptable). */
export function endpointProblem(value: string, kind: 'ovh' | 'orange'): string | undefined {
  if (kind === 'ovh' && /^ovh-(eu|ca|us)$/.test(value.trim())) return undefined;
  let u: URL;
  try { u = new URL(value.trim()); } catch { return kind === 'ovh' ? `"${value}" is neither ovh-eu, ovh-ca, ovh-us nor a URL` : `"${value}" is not a URL`; }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `"${u.protocol}" endpoints are not supported: use https`;
  if (u.username || u.password) return 'an endpoint URL must not contain user information (user:password@): credentials come from ELIG_* variables or the secret storage';
  if (u.search || u.hash) return 'an endpoint URL must not contain a query or a fragment';
  return undefined;
}

function passes(url: string, home: string): boolean {
  try { assertCredentialTarget(url, home); return true; } catch { return false; }
}
