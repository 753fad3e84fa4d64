import { createSharedState, RunContext } from '../../core/apis/operation';
import { findOperation } from '../../core/apis';
import { tokenCacheFor } from '../../core/apis/orange/token';
import { serverTimeOffset } from '../../core/apis/ovh/signing';
import { EligError, toErrorInfo } from '../../core/errors';
import { execute } from '../../core/execute';
import type { HttpClient } from '../../core/http/client';
import { Profile, ProfileCredentials, targetFor } from '../../core/profiles';

export type Validation = { ok: true; detail: string } | { ok: false; message: string; status?: number; code?: string };

/**
 * A real call before saving credentials: Orange, a token request (client id + secret);
 * OVH, `/auth/time` and, with a consumer key, one signed call (401/403 = refused).
 * Fresh caches, so nothing cached earlier can make bad credentials look good.
 */
export async function validateCredentials(http: HttpClient, profile: Profile, creds: ProfileCredentials, signal?: AbortSignal): Promise<Validation> {
  const ctx: RunContext = { http, target: targetFor(profile, creds), signal, state: createSharedState(), poll: { deadlineMs: 30000 } };
  try {
    if (creds.kind === 'orange') {
      await tokenCacheFor(ctx.state, ctx.target.orange.baseUrl, creds.orange).get(http, creds.orange, signal);
      return { ok: true, detail: 'Orange issued an access token for these credentials.' };
    }
    const offset = await serverTimeOffset(ctx, creds.ovh.applicationKey);
    if (!creds.ovh.consumerKey) return { ok: true, detail: `OVHcloud answered /auth/time (clock offset ${offset} s); no consumer key yet.` };
    const op = findOperation('ovh', 'test/building/partners');
    if (!op) return { ok: true, detail: `OVHcloud answered /auth/time (clock offset ${offset} s).` };
    const r = await execute(ctx, { api: 'ovh', operation: op.name, params: op.examples[0] ?? { building: 'IMB/91471/C/NT8X' } });
    if (r.error && (r.error.status === 401 || r.error.status === 403 || r.error.kind === 'credentials')) {
      return { ok: false, message: r.error.message, status: r.error.status, code: r.error.code };
    }
    return { ok: true, detail: 'OVHcloud accepted a signed call with these credentials.' };
  } catch (e) {
    const info = e instanceof EligError ? e.toJSON() : toErrorInfo(e);
    return { ok: false, message: info.message, status: info.status, code: info.code };
  }
}
