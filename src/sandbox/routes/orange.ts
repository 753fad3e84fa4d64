/**
 * Orange routes: token endpoint, b2b `GET /eligibility/b2b/v1/poi`, RIP
 * `POST /ripoperatoreligibility/v1/productRIPQualification`.
 * Order of checks on a resource: Bearer (401 40/41/42), X-Api-Key for b2b, then Accept (406).
 * X-Api-Key bodies are a sandbox choice in Orange's credential-error style:
 *   missing → 401 {code:40, message:'Missing credentials', description:'… X-Api-Key …'}
 *   wrong   → 401 {code:41, message:'Invalid credentials', description:'… X-Api-Key …'}
 * Accept must name application/json (or application/*); missing or only *\/* → 406.
 * A RIP body that is not JSON → 400 {code:400, message:'Invalid body', description:<parse error>}.
 */
import { SANDBOX_CREDENTIALS } from '../../core/target';
import { header, json, type Reply, type SandboxContext, type SandboxRequest } from '../types';
import { checkBearer, tokenEndpoint } from '../auth/oauth';
import { orangeError } from '../errorShapes';

const POI = '/eligibility/b2b/v1/poi';
const RIP = '/ripoperatoreligibility/v1/productRIPQualification';

const notFound = (req: SandboxRequest): Reply =>
  json(404, { code: 404, message: 'Resource not found', description: `No resource at ${req.method} ${req.pathname}` });

export function acceptsJson(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some(part => {
    const type = part.split(';')[0].trim().toLowerCase();
    return type === 'application/json' || type === 'application/*';
  });
}

function checkApiKey(req: SandboxRequest): Reply | null {
  const key = header(req, 'x-api-key');
  if (!key) return json(401, { code: 40, message: 'Missing credentials', description: 'The requested service needs an API key in the X-Api-Key header, but none was provided.' });
  if (key !== SANDBOX_CREDENTIALS.orange.apiKey) return json(401, { code: 41, message: 'Invalid credentials', description: 'The API key provided in the X-Api-Key header is invalid.' });
  return null;
}

function guard(ctx: SandboxContext, req: SandboxRequest, apiKey: boolean): Reply | null {
  return checkBearer(ctx, req) ?? (apiKey ? checkApiKey(req) : null) ?? (acceptsJson(header(req, 'accept')) ? null : orangeError(406));
}

function poi(ctx: SandboxContext, req: SandboxRequest): Reply {
  const denied = guard(ctx, req, true);
  if (denied) return denied;
  const q = req.query;
  const query: { fullTextAddress?: string; buildingCode?: string; buildingName?: string } = {};
  for (const k of ['fullTextAddress', 'buildingCode', 'buildingName'] as const) {
    const v = q.get(k);
    if (v !== null) query[k] = v;
  }
  const a = ctx.dataset.poi(query);
  return json(a.status, a.body);
}

function rip(ctx: SandboxContext, req: SandboxRequest): Reply {
  const denied = guard(ctx, req, false);
  if (denied) return denied;
  let body: unknown;
  try {
    body = JSON.parse(req.rawBody.toString('utf8'));
  } catch (e) {
    return json(400, { code: 400, message: 'Invalid body', description: `The request body is not valid JSON: ${(e as Error).message}` });
  }
  const a = ctx.dataset.rip(body);
  return json(a.status, a.body);
}

export function orangeRoutes(ctx: SandboxContext, req: SandboxRequest): Reply {
  const { method, pathname } = req;
  if (pathname === '/oauth/v3/token') return tokenEndpoint(ctx, req);
  if (pathname === POI) return method === 'GET' ? poi(ctx, req) : json(405, { code: 405, message: 'Method not allowed', description: 'Use GET' }, { Allow: 'GET' });
  if (pathname === RIP) return method === 'POST' ? rip(ctx, req) : json(405, { code: 405, message: 'Method not allowed', description: 'Use POST' }, { Allow: 'POST' });
  return notFound(req);
}
