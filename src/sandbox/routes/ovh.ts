/**
 * OVH routes under /1.0: auth/time, auth/credential, POST connectivity/eligibility/<operation>
 * (async tasks; `.../partners` and `recall` signed), GET connectivity/eligibility/test?eligibilityReference=.
 * Every OVH answer gets an X-OVH-QUERYID header (added by the server).
 */
import * as z from 'zod';
import { header, json, type Reply, type SandboxContext, type SandboxRequest } from '../types';
import { verifyOvhSignature } from '../auth/ovhSignature';

const ELIG = '/1.0/connectivity/eligibility/';

const CredentialRequest = z.object({
  accessRules: z.array(z.object({ method: z.enum(['GET', 'POST', 'PUT', 'DELETE']), path: z.string().min(1) })).min(1),
  redirection: z.string().optional(),
});

export function needsSignature(operation: string): boolean {
  return operation.endsWith('/partners') || operation === 'recall' || operation.endsWith('/recall');
}

const notFound = (req: SandboxRequest): Reply =>
  json(404, { message: `The requested object (${req.method} ${req.pathname.replace(/^\/1\.0/, '')}) does not exist` });

/** Parses the exact body bytes as a JSON object; an empty body is `{}`. */
export function parseJsonObject(raw: Buffer): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  const text = raw.toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, message: 'Invalid JSON received: the body must be an object' };
    return { ok: true, value: v as Record<string, unknown> };
  } catch (e) {
    return { ok: false, message: `Invalid JSON received: ${(e as Error).message}` };
  }
}

function authCredential(ctx: SandboxContext, req: SandboxRequest): Reply {
  const appKey = header(req, 'x-ovh-application');
  if (!appKey) return json(401, { message: 'You must login first', errorCode: 'NOT_AUTHENTICATED' });
  if (ctx.ovhCredentials.applicationSecret(appKey) === undefined) return json(403, { message: 'Invalid application key', errorCode: 'INVALID_KEY' });
  const parsed = parseJsonObject(req.rawBody);
  if (!parsed.ok) return json(400, { message: parsed.message });
  const body = CredentialRequest.safeParse(parsed.value);
  if (!body.success) return json(400, { message: `Invalid body: ${body.error.issues.map(i => `${i.path.join('.')} ${i.message}`).join('; ')}` });
  const { consumerKey, validationToken } = ctx.ovhCredentials.create(appKey, body.data.accessRules);
  return json(200, {
    validationUrl: `${ctx.baseUrl()}/_sandbox/validate?credentialToken=${validationToken}`,
    consumerKey,
    state: 'pendingValidation',
  });
}

function testByReference(ctx: SandboxContext, req: SandboxRequest): Reply {
  const ref = req.query.get('eligibilityReference');
  if (!ref) return json(400, { message: '[eligibilityReference] Missing mandatory parameter' });
  const stored = ctx.tasks.testByReference(ref);
  if (stored !== undefined) return json(200, stored);
  const a = ctx.dataset.ovhTestByReference(ref);
  if (a.kind === 'result') return json(200, a.result);
  if (a.kind === 'http') return json(a.status, a.body);
  return json(404, { message: a.error });
}

function eligibilityPost(ctx: SandboxContext, req: SandboxRequest, operation: string): Reply {
  if (needsSignature(operation)) {
    const denied = verifyOvhSignature(ctx, req);
    if (denied) return denied;
  }
  const parsed = parseJsonObject(req.rawBody);
  if (!parsed.ok) return json(400, { message: parsed.message });
  const out = ctx.tasks.post(operation, parsed.value, ctx.settings.pendingPolls, ctx.faults.isStuck(req.pathname),
    () => ctx.dataset.ovh(operation, parsed.value));
  if ('kind' in out) return json(out.status, out.body);
  return json(200, out);
}

/** `recall` and `recall/{id}`, every method: signed, plain answers (recalls.ts). */
function recallRoute(ctx: SandboxContext, req: SandboxRequest, id: string | undefined): Reply {
  const denied = verifyOvhSignature(ctx, req);
  if (denied) return denied;
  const parsed = req.method === 'POST' || req.method === 'PUT' ? parseJsonObject(req.rawBody) : { ok: true as const, value: {} };
  if (!parsed.ok) return json(400, { message: parsed.message });
  const appKey = header(req, 'x-ovh-application') ?? '';
  return ctx.recalls.handle(req.method, `sandbox-${appKey.slice(0, 8).toLowerCase()}-ovh`, id, parsed.value);
}

export function ovhRoutes(ctx: SandboxContext, req: SandboxRequest): Reply {
  const { method, pathname } = req;
  const recall = /^\/1\.0\/connectivity\/eligibility\/recall(?:\/([^/]+))?\/?$/.exec(pathname);
  if (recall) return recallRoute(ctx, req, recall[1]);
  if (pathname === '/1.0/auth/time') return method === 'GET' ? json(200, Math.round(Date.now() / 1000)) : notFound(req);
  if (pathname === '/1.0/auth/credential') return method === 'POST' ? authCredential(ctx, req) : notFound(req);
  if (pathname === `${ELIG}test` && method === 'GET') return testByReference(ctx, req);
  if (pathname.startsWith(ELIG) && method === 'POST') {
    const operation = pathname.slice(ELIG.length).replace(/\/+$/, '');
    if (operation) return eligibilityPost(ctx, req, operation);
  }
  return notFound(req);
}
