/**
 * Embedded sandbox: a local simulator of OVHcloud Connectivity eligibility, Orange b2b
 * Eligibility and Orange RIP Operator Eligibility, on one loopback base URL.
 *   OVH under   ${url}/1.0/...   Orange under ${url}/oauth/v3/token, /eligibility/b2b/v1/poi,
 *   /ripoperatoreligibility/v1/productRIPQualification   admin under ${url}/_sandbox/...
 * Credentials: SANDBOX_CREDENTIALS in src/core/target.ts. Faults: see faultConfig.ts / cliArgs.ts.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { silentLogger, type Logger } from '../core/log';
import { createDataset } from './dataset/index';
import { Counters, type CountersSnapshot } from './counters';
import { FaultState } from './faults';
import type { FaultConfig, FaultConfigInput } from './faultConfig';
import { TaskStore } from './tasks';
import { RecallStore } from './recalls';
import { TokenStore } from './auth/oauth';
import { OvhCredentialStore } from './auth/ovhCredentials';
import { Quotas, SlidingWindow } from './quota';
import { resetAll } from './admin';
import { createSandboxServer } from './server';
import type { SandboxContext, Settings } from './types';

export { parseSandboxArgs, parseFaultSpec, FAULT_SPEC_HELP, SANDBOX_USAGE } from './cliArgs';
export type { FaultConfig, FaultConfigInput, FaultRule } from './faultConfig';
export type { CountersSnapshot } from './counters';

export interface SandboxOptions {
  /** 0 (default) = a free port */
  port?: number;
  latencyMs?: number;
  jitterMs?: number;
  /** pending answers before a task's final answer (default 1) */
  pendingPolls?: number;
  /** Orange token lifetime (expires_in), default 3600 */
  tokenLifetimeSec?: number;
  /** dataset + fault PRNG seed (default 1) */
  seed?: number;
  faults?: FaultConfigInput;
  logger?: Logger;
}

export interface RunningSandbox {
  /** http://127.0.0.1:N */
  url: string;
  port: number;
  /** milliseconds from the call to listening (dataset generation included) */
  startupMs: number;
  settings: Settings;
  faults: { get(): FaultConfig; set(config: FaultConfigInput): FaultConfig };
  counters(): CountersSnapshot;
  expireTokens(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const t0 = performance.now();
  const logger = opts.logger ?? silentLogger;
  const seed = opts.seed ?? 1;
  const initialFaults: FaultConfigInput = {
    ...opts.faults,
    ...(opts.latencyMs !== undefined ? { latencyMs: opts.latencyMs } : {}),
    ...(opts.jitterMs !== undefined ? { jitterMs: opts.jitterMs } : {}),
  };
  let url = '';
  const ctx: SandboxContext = {
    baseUrl: () => url,
    dataset: createDataset(opts.seed),
    counters: new Counters(),
    faults: new FaultState(seed, initialFaults),
    tasks: new TaskStore(),
    recalls: new RecallStore(),
    tokens: new TokenStore(),
    ovhCredentials: new OvhCredentialStore(),
    tokenRate: new SlidingWindow(60_000),
    quotas: new Quotas(),
    settings: { pendingPolls: opts.pendingPolls ?? 1, tokenLifetimeSec: opts.tokenLifetimeSec ?? 3600, seed },
  };
  let startupMs = 0;
  const extras = { initialFaults, initialSettings: { ...ctx.settings }, startupMs: () => startupMs };
  const s = createSandboxServer(ctx, logger, extras);
  s.server.listen(opts.port ?? 0, '127.0.0.1');
  await once(s.server, 'listening');
  const port = (s.server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}`;
  startupMs = Math.round(performance.now() - t0);
  logger.info(`sandbox listening on ${url} (started in ${startupMs} ms)`);
  let closing: Promise<void> | undefined;
  return {
    url, port, startupMs, settings: ctx.settings,
    faults: { get: () => ctx.faults.get(), set: c => ctx.faults.set(c) },
    counters: () => ctx.counters.snapshot(),
    expireTokens: () => ctx.tokens.expireAll(),
    reset: () => resetAll(ctx, extras),
    close: () => (closing ??= s.close()),
  };
}
