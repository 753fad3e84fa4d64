/**
 * Orange OAuth2 client credentials: `POST /oauth/v3/token` and the Bearer check of the resources.
 *
 * Token endpoint answers:
 *   200 {token_type:'Bearer', access_token (crypto random), expires_in: tokenLifetimeSec}
 *   401 {error:'invalid_client', error_description} missing/garbled Basic auth or wrong id/secret
 *   400 {error:'invalid_request'} no grant_type; 400 {error:'unsupported_grant_type'} any other grant
 *   429 {code:53, message:'Too many requests', …} past 50 token requests in a rolling minute
 * Resource 401 bodies (Orange guide + Orange error-handling guide):
 *   40 Missing credentials, 41 Invalid credentials, 42 Expired credentials (exact guide text).
 */
import { randomBytes } from 'node:crypto';
import { SANDBOX_CREDENTIALS } from '../../core/target';
import { header, json, type Reply, type SandboxContext, type SandboxRequest } from '../types';
import { orangeError } from '../errorShapes';

export const TOKEN_REQUESTS_PER_MINUTE = 50;

export class TokenStore {
  private tokens = new Map<string, number>(); // token → expiry (ms epoch)

  issue(lifetimeSec: number, now = Date.now()): string {
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, now + lifetimeSec * 1000);
    return token;
  }
  /** 'ok' | 41 unknown | 42 expired */
  check(token: string, now = Date.now()): 'ok' | 41 | 42 {
    const exp = this.tokens.get(token);
    if (exp === undefined) return 41;
    return exp > now ? 'ok' : 42;
  }
  /** Every token issued so far expires now (tokens issued later are fine). */
  expireAll(now = Date.now()): number {
    let n = 0;
    for (const [t, exp] of this.tokens) if (exp > now) { this.tokens.set(t, now); n++; }
    return n;
  }
  size(): number { return this.tokens.size; }
  clear(): void { this.tokens.clear(); }
}

export const UNAUTHORIZED = {
  40: { code: 40, message: 'Missing credentials', description: 'The requested service needs credentials, but none were provided.' },
  41: { code: 41, message: 'Invalid credentials', description: 'The requested service needs credentials, but the ones provided were invalid.' },
  42: { code: 42, message: 'Expired credentials', description: 'The requested service needs credentials, and the ones provided were out-of-date.' },
} as const;

/** null when the Bearer token is valid, else the 401 reply. */
export function checkBearer(ctx: SandboxContext, req: SandboxRequest): Reply | null {
  const auth = header(req, 'authorization') ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
  if (!m) return json(401, UNAUTHORIZED[40], { 'WWW-Authenticate': 'Bearer realm="api.orange.com"' });
  const r = ctx.tokens.check(m[1]);
  if (r === 'ok') return null;
  return json(401, UNAUTHORIZED[r], { 'WWW-Authenticate': `Bearer error="invalid_token"` });
}

function basicCredentials(req: SandboxRequest): { id: string; secret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header(req, 'authorization') ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  return i < 0 ? undefined : { id: decoded.slice(0, i), secret: decoded.slice(i + 1) };
}

export function tokenEndpoint(ctx: SandboxContext, req: SandboxRequest): Reply {
  ctx.counters.tokenRequest();
  if (req.method !== 'POST') return json(405, { error: 'invalid_request', error_description: 'Use POST' }, { Allow: 'POST' });
  if (!ctx.tokenRate.take(TOKEN_REQUESTS_PER_MINUTE)) return orangeError(429, { 'Retry-After': '60' });
  const creds = basicCredentials(req);
  const expected = SANDBOX_CREDENTIALS.orange;
  if (!creds || creds.id !== expected.clientId || creds.secret !== expected.clientSecret) {
    return json(401, { error: 'invalid_client', error_description: 'The requested service needs credentials, but the ones provided were invalid.' },
      { 'WWW-Authenticate': 'Basic realm="api.orange.com"' });
  }
  const form = new URLSearchParams(req.rawBody.toString('utf8'));
  const grant = form.get('grant_type');
  if (!grant) return json(400, { error: 'invalid_request', error_description: 'Missing grant_type parameter' });
  if (grant !== 'client_credentials') return json(400, { error: 'unsupported_grant_type', error_description: `Unsupported grant_type: ${grant}` });
  const lifetime = ctx.settings.tokenLifetimeSec;
  const access_token = ctx.tokens.issue(lifetime);
  ctx.counters.tokenIssued();
  return json(200, { token_type: 'Bearer', access_token, expires_in: lifetime }, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
}
