/**
 * Admin endpoints (never subject to faults):
 *   GET  /_sandbox/faults          current fault configuration
 *   POST /_sandbox/faults          replace it (JSON, see faultConfig.ts); 400 with the issues if invalid
 *   POST /_sandbox/reset           counters, tasks, stored tests, tokens, created consumer keys,
 *                                  quota windows cleared; faults and settings back to start-up values
 *   GET  /_sandbox/counters        see counters.ts
 *   POST /_sandbox/count-bodies    {on: boolean}: count every API request by (method, URL, body) from now on
 *   GET  /_sandbox/body-counts     how many distinct requests were sent once, twice… per family (counters.ts)
 *   POST /_sandbox/expire-tokens   every Orange token issued so far is expired (next call: 401/42)
 *   GET  /_sandbox/config          {url, pendingPolls, tokenLifetimeSec, seed, faults}
 *   POST /_sandbox/config          change {pendingPolls?, tokenLifetimeSec?}
 *   GET  /_sandbox/stats           dataset sizes + live tasks / tests / tokens + start-up time
 *   GET  /_sandbox/validate?credentialToken=…  the validationUrl of POST /1.0/auth/credential
 */
import * as z from 'zod';
import { json, type Reply, type SandboxContext, type SandboxRequest, type Settings } from './types';
import { parseJsonObject } from './routes/ovh';
import type { FaultConfigInput } from './faultConfig';

const ConfigPatch = z.strictObject({
  pendingPolls: z.number().int().min(0).optional(),
  tokenLifetimeSec: z.number().int().min(0).optional(),
});

export interface AdminExtras { initialFaults?: FaultConfigInput; initialSettings: Settings; startupMs: () => number }

function body(req: SandboxRequest): { ok: true; value: Record<string, unknown> } | { ok: false; reply: Reply } {
  const p = parseJsonObject(req.rawBody);
  return p.ok ? p : { ok: false, reply: json(400, { message: p.message }) };
}

function issues(e: z.ZodError): Reply {
  return json(400, { message: 'Invalid configuration', issues: e.issues.map(i => ({ path: i.path.join('.'), message: i.message })) });
}

export function resetAll(ctx: SandboxContext, extras: AdminExtras): void {
  ctx.counters.reset();
  ctx.tasks.clear();
  ctx.recalls.clear();
  ctx.tokens.clear();
  ctx.tokenRate.clear();
  ctx.quotas.clear();
  ctx.ovhCredentials.reset();
  ctx.faults.set(extras.initialFaults ?? {});
  Object.assign(ctx.settings, extras.initialSettings);
}

export function adminRoutes(ctx: SandboxContext, req: SandboxRequest, extras: AdminExtras): Reply {
  const route = `${req.method} ${req.pathname.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_sandbox/faults': return json(200, ctx.faults.get());
    case 'POST /_sandbox/faults': {
      const b = body(req);
      if (!b.ok) return b.reply;
      try { return json(200, ctx.faults.set(b.value)); } catch (e) { return e instanceof z.ZodError ? issues(e) : json(400, { message: String(e) }); }
    }
    case 'POST /_sandbox/reset': resetAll(ctx, extras); return json(200, { reset: true });
    case 'GET /_sandbox/counters': return json(200, ctx.counters.snapshot());
    case 'POST /_sandbox/count-bodies': {
      const b = body(req);
      if (!b.ok) return b.reply;
      if (typeof b.value.on !== 'boolean') return json(400, { message: 'expected {"on": true|false}' });
      ctx.counters.countBodies = b.value.on;
      return json(200, { countBodies: b.value.on });
    }
    case 'GET /_sandbox/body-counts': return json(200, ctx.counters.bodyCounts());
    case 'POST /_sandbox/expire-tokens': return json(200, { expired: ctx.tokens.expireAll() });
    case 'GET /_sandbox/config': {
      const { pendingPolls, tokenLifetimeSec, seed } = ctx.settings;
      return json(200, { url: ctx.baseUrl(), pendingPolls, tokenLifetimeSec, seed, faults: ctx.faults.get() });
    }
    case 'POST /_sandbox/config': {
      const b = body(req);
      if (!b.ok) return b.reply;
      const p = ConfigPatch.safeParse(b.value);
      if (!p.success) return issues(p.error);
      Object.assign(ctx.settings, Object.fromEntries(Object.entries(p.data).filter(([, v]) => v !== undefined)));
      const { pendingPolls, tokenLifetimeSec, seed } = ctx.settings;
      return json(200, { url: ctx.baseUrl(), pendingPolls, tokenLifetimeSec, seed, faults: ctx.faults.get() });
    }
    case 'GET /_sandbox/stats':
      return json(200, { dataset: ctx.dataset.stats(), ...ctx.tasks.sizes(), tokens: ctx.tokens.size(), startupMs: extras.startupMs() });
    case 'GET /_sandbox/validate': {
      const ok = ctx.ovhCredentials.validate(req.query.get('credentialToken') ?? '');
      return ok ? json(200, { state: 'validated' }) : json(404, { message: 'Unknown or already used credential token' });
    }
    default: return json(404, { message: `No admin route ${route}` });
  }
}
