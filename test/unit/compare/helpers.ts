/** A sandbox on a free port and a run context pointed at it, as the CLI builds one. */
import { createSharedState, type RunContext } from '../../../src/core/apis/operation';
import { credentialHomes } from '../../../src/core/requests/endpoints';
import { createRunHttp } from '../../../src/core/requests/http';
import { sandboxTarget } from '../../../src/core/target';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox/index';

export interface CompareBench { sb: RunningSandbox; ctx: Omit<RunContext, 'signal' | 'onProgress'> }

export function useCompareSandbox(opts: SandboxOptions = {}): () => CompareBench {
  let env: CompareBench | undefined;
  before(async () => {
    const sb = await startSandbox(opts);
    const target = sandboxTarget(sb.url);
    const { http } = createRunHttp({ homes: credentialHomes(target) });
    env = { sb, ctx: { http, target, state: createSharedState(), poll: { initialDelayMs: 2, maxDelayMs: 10, deadlineMs: 20000 } } };
  });
  after(async () => { env?.ctx.http.dispose(); await env?.sb.close(); });
  return () => { if (!env) throw new Error('sandbox not started'); return env; };
}
