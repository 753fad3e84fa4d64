/** Shared shapes of the sandbox server: a parsed request, a reply, and the context routes read. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Dataset } from './dataset/types';
import type { Counters } from './counters';
import type { FaultState } from './faults';
import type { TaskStore } from './tasks';
import type { RecallStore } from './recalls';
import type { TokenStore } from './auth/oauth';
import type { OvhCredentialStore } from './auth/ovhCredentials';
import type { Quotas, SlidingWindow } from './quota';

export interface SandboxRequest {
  method: string;
  pathname: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** exact bytes of the body */
  rawBody: Buffer;
  /** path + query exactly as the client sent them (req.url) */
  rawUrl: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** JSON body (serialised by the server) */
  json?: unknown;
  /** raw text body (content type from headers, default text/plain) */
  text?: string;
}

export interface Settings {
  pendingPolls: number;
  tokenLifetimeSec: number;
  seed: number;
}

export interface SandboxContext {
  /** http://127.0.0.1:N once listening */
  baseUrl: () => string;
  dataset: Dataset;
  counters: Counters;
  faults: FaultState;
  tasks: TaskStore;
  recalls: RecallStore;
  tokens: TokenStore;
  ovhCredentials: OvhCredentialStore;
  tokenRate: SlidingWindow;
  quotas: Quotas;
  settings: Settings;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, json: body, headers });

export function header(req: SandboxRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}
