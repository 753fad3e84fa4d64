/**
 * What the sandbox saw, for tests: requests per path, token requests, credential headers
 * (names and counts only, never values) per Host and per API, status counts, quota 429s.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { apiOf, type PathFamily } from './apiOf';

/** Header names that carry a credential. */
export const CREDENTIAL_HEADERS = ['authorization', 'x-api-key', 'x-ovh-application', 'x-ovh-consumer', 'x-ovh-signature', 'cookie'] as const;
const ORANGE_ONLY = new Set(['authorization', 'x-api-key']);
const OVH_ONLY = new Set(['x-ovh-application', 'x-ovh-consumer', 'x-ovh-signature']);

type CountMap = Record<string, number>;
const bump = (m: CountMap, k: string, n = 1) => { m[k] = (m[k] ?? 0) + n; };

export interface CountersSnapshot {
  requests: number;
  requestsPerPath: CountMap;
  tokenRequests: number;
  tokensIssued: number;
  /** host (the Host header) → credential header name → count */
  authHeadersSeenPerHost: Record<string, CountMap>;
  /** API family (ovh, orange-token, orange-b2b, orange-rip, admin, unknown) → header name → count */
  authHeadersSeenPerApi: Record<string, CountMap>;
  /** a credential header of one provider seen on another provider's path (should stay 0; the sandbox
   *  does not implement OVH's OAuth2 mode, so an Authorization header on /1.0 counts as misplaced) */
  misplacedCredentials: number;
  statusCounts: CountMap;
  quota429s: number;
  injectedFaults: CountMap;
  signatureForms: CountMap;
}

export class Counters {
  private s: CountersSnapshot = Counters.empty();

  private static empty(): CountersSnapshot {
    return {
      requests: 0, requestsPerPath: {}, tokenRequests: 0, tokensIssued: 0,
      authHeadersSeenPerHost: {}, authHeadersSeenPerApi: {}, misplacedCredentials: 0,
      statusCounts: {}, quota429s: 0, injectedFaults: {}, signatureForms: {},
    };
  }

  request(pathname: string, headers: IncomingHttpHeaders): void {
    const s = this.s;
    s.requests++;
    bump(s.requestsPerPath, pathname);
    const family: PathFamily = apiOf(pathname);
    const host = String(headers.host ?? '');
    for (const name of CREDENTIAL_HEADERS) {
      if (headers[name] === undefined) continue;
      bump((s.authHeadersSeenPerHost[host] ??= {}), name);
      bump((s.authHeadersSeenPerApi[family] ??= {}), name);
      const ovhPath = family === 'ovh';
      const orangePath = family === 'orange-b2b' || family === 'orange-rip' || family === 'orange-token';
      if ((ovhPath && ORANGE_ONLY.has(name)) || (orangePath && OVH_ONLY.has(name))) s.misplacedCredentials++;
    }
  }
  status(code: number): void { bump(this.s.statusCounts, String(code)); }
  tokenRequest(): void { this.s.tokenRequests++; }
  tokenIssued(): void { this.s.tokensIssued++; }
  quota429(): void { this.s.quota429s++; }
  fault(kind: string): void { bump(this.s.injectedFaults, kind); }
  signature(form: string): void { bump(this.s.signatureForms, form); }
  snapshot(): CountersSnapshot { return structuredClone(this.s); }
  reset(): void { this.s = Counters.empty(); }
}
