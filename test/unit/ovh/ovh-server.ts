import type http from 'node:http';
import { ovhSignature } from '../../../src/core/apis/ovh/signing';
import { createSharedState, type RunContext } from '../../../src/core/apis/operation';
import { HttpClient } from '../../../src/core/http/client';
import type { OvhCredentials, Target } from '../../../src/core/target';
import { json, type Recorded, startServer, type TestServer } from '../http/server';
import { RECALL, RESULT_BY_OP } from './fixtures';

/**
 * A scripted OVH Connectivity server: tasks are pending for `pendingPolls` re-posts of the same
 * body, then ok with the guide's payload; partners routes verify the real `$1$` signature.
 */
export interface OvhServerOptions {
  pendingPolls?: number;
  /** server clock minus real clock, seconds */
  clockSkew?: number;
  credentials?: OvhCredentials;
  /** return true when the request was answered here */
  override?: (req: Recorded, res: http.ServerResponse) => boolean | void;
}

export const CREDS: Required<OvhCredentials> = { applicationKey: 'test-app-key-1', applicationSecret: 'test-app-secret-1', consumerKey: 'test-consumer-key-1' };
export const PREFIX = '/1.0/connectivity/eligibility/';

export interface OvhServer extends TestServer {
  base: string;
  /** requests to the connectivity API only (not /auth/*) */
  apiRequests(): Recorded[];
  timeRequests(): number;
}

export async function startOvhServer(opts: OvhServerOptions = {}): Promise<OvhServer> {
  const seen = new Map<string, number>();
  const creds = opts.credentials ?? CREDS;
  let port = 0;
  const server = await startServer((req, res) => {
    res.setHeader('X-OVH-QUERYID', `EU.ext-test.${req.n}`);
    if (opts.override?.(req, res)) return;
    const path = req.url.split('?')[0];
    if (req.method === 'GET' && path === '/1.0/auth/time') return json(res, 200, Math.round(Date.now() / 1000) + (opts.clockSkew ?? 0));
    if (req.method === 'POST' && path === '/1.0/auth/credential') {
      if (req.headers['x-ovh-application'] !== creds.applicationKey) return json(res, 403, { message: 'Invalid application key', errorCode: 'INVALID_KEY' });
      return json(res, 200, { validationUrl: 'https://www.ovh.com/auth/sso/api?credentialToken=tok', consumerKey: 'ck-issued-123456', state: 'pendingValidation' });
    }
    if (!path.startsWith(PREFIX)) return json(res, 404, { message: `Got an invalid (or empty) URL: ${path}` });
    let name = path.slice(PREFIX.length);
    const recall = /^recall(\/\d+)?$/.test(name);
    if (name.endsWith('/partners') || recall) {
      if (!recall) name = name.slice(0, -'/partners'.length);
      const h = req.headers;
      const expected = ovhSignature({ applicationSecret: creds.applicationSecret, consumerKey: creds.consumerKey ?? '', method: req.method,
        url: `http://127.0.0.1:${port}${req.url}`, body: req.body, timestamp: String(h['x-ovh-timestamp']) });
      if (h['x-ovh-application'] !== creds.applicationKey || h['x-ovh-consumer'] !== creds.consumerKey) return json(res, 403, { message: 'This credential does not exist', errorCode: 'INVALID_CREDENTIAL' });
      if (Math.abs(Number(h['x-ovh-timestamp']) - (Date.now() / 1000 + (opts.clockSkew ?? 0))) > 30) return json(res, 400, { message: 'Invalid timestamp', errorCode: 'QUERY_TIME_OUT' });
      if (h['x-ovh-signature'] !== expected) return json(res, 400, { message: 'Invalid signature', errorCode: 'INVALID_SIGNATURE' });
    }
    if (req.method === 'GET' && name === 'test') return json(res, 200, RESULT_BY_OP.test);
    if (recall) {
      // plain answers (EligibilityRecall, EligibilityRecall[], null), as the schema says
      const body = req.body ? JSON.parse(req.body) as Record<string, unknown> : {};
      if (name === 'recall') return json(res, 200, req.method === 'GET' ? [RECALL] : { ...RECALL, ...body });
      if (req.method === 'DELETE') return json(res, 200, null);
      return json(res, 200, { ...RECALL, ...body, id: Number(name.slice('recall/'.length)) });
    }
    const result = RESULT_BY_OP[name];
    if (req.method !== 'POST' || result === undefined) return json(res, 404, { message: `Got an invalid (or empty) URL: ${path}` });
    const key = `${path} ${req.body}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= (opts.pendingPolls ?? 0)) return json(res, 200, { status: 'pending', result: null, error: null });
    return json(res, 200, { status: 'ok', result, error: null });
  });
  port = server.port;
  return {
    ...server,
    base: `${server.url}/1.0`,
    apiRequests: () => server.requests.filter(r => r.url.startsWith(PREFIX)),
    timeRequests: () => server.requests.filter(r => r.url === '/1.0/auth/time').length,
  };
}

/** A RunContext pointed at `baseUrl` (OVH) with fast polling. */
export function ctxFor(http: HttpClient, baseUrl: string, over: Partial<RunContext> & { credentials?: OvhCredentials } = {}): RunContext {
  const target: Target = { ovh: { baseUrl, credentials: over.credentials }, orange: { baseUrl: 'https://api.orange.com' } };
  return { http, target, state: createSharedState(), poll: { initialDelayMs: 5, maxDelayMs: 20, deadlineMs: 10_000 }, ...over };
}
