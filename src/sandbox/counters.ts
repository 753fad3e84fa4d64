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
  /** per API family (not admin): requests, and when the first and the last arrived (epoch ms) */
  perApi: Record<string, { requests: number; firstMs: number; lastMs: number }>;
}

/** With `countRequestBodies` on: per API family, how many distinct requests (method, URL, body) were sent N times. */
export interface BodyCounts {
  /** family → times sent → distinct requests */
  histogram: Record<string, CountMap>;
  /** requests sent more than once (the first 1,000): family, count, method and path, body */
  repeated: { family: string; times: number; request: string; body: string }[];
}

export class Counters {
  private s: CountersSnapshot = Counters.empty();

  private static empty(): CountersSnapshot {
    return {
      requests: 0, requestsPerPath: {}, tokenRequests: 0, tokensIssued: 0,
      authHeadersSeenPerHost: {}, authHeadersSeenPerApi: {}, misplacedCredentials: 0,
      statusCounts: {}, quota429s: 0, injectedFaults: {}, signatureForms: {}, perApi: {},
    };
  }

  /** requests by (family, method, URL, body) → count; only while counting is on (a campaign's "sent once per row") */
  private bodies = new Map<string, number>();
  countBodies = false;

  body(family: PathFamily, method: string, url: string, raw: Buffer): void {
    if (!this.countBodies || family === 'admin') return;
    const key = `${family} ${method} ${url} ${raw.toString('utf8')}`;
    this.bodies.set(key, (this.bodies.get(key) ?? 0) + 1);
  }

  bodyCounts(): BodyCounts {
    const histogram: Record<string, CountMap> = {};
    const repeated: BodyCounts['repeated'] = [];
    for (const [k, n] of this.bodies) {
      const [family, method, url] = k.split(' ', 3);
      bump((histogram[family] ??= {}), String(n));
      if (n > 1 && repeated.length < 1000) repeated.push({ family, times: n, request: `${method} ${url}`, body: k.slice(family.length + method.length + url.length + 3) });
    }
    return { histogram, repeated };
  }

  request(pathname: string, headers: IncomingHttpHeaders): void {
    const s = this.s;
    s.requests++;
    bump(s.requestsPerPath, pathname);
    const family: PathFamily = apiOf(pathname);
    if (family !== 'admin') {
      const now = Date.now();
      const a = (s.perApi[family] ??= { requests: 0, firstMs: now, lastMs: now });
      a.requests++; a.lastMs = now;
    }
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
  reset(): void { this.s = Counters.empty(); this.bodies.clear(); }
}
