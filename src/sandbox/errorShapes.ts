/**
 * Error bodies in each provider's shape, for injected faults, quotas and generic failures.
 * Orange 503/2600 and 500/1 are verbatim from the b2b guide; 429/53 is from Orange's
 * error-handling guide; other statuses use {code: status, message: reason phrase} (sandbox choice).
 * OVH errors are {message[, errorCode]}.
 */
import { STATUS_CODES } from 'node:http';
import type { PathFamily } from './apiOf';
import { json, type Reply } from './types';

const ORANGE: Record<number, { code: number; message: string; description: string }> = {
  429: { code: 53, message: 'Too many requests', description: 'The application has made too many calls and has exceeded the rate limit for this service.' },
  500: { code: 1, message: 'Internal error', description: 'Generic failure message, used if no more precise code can be provided.' },
  503: { code: 2600, message: 'The service is temporarily unavailable', description: 'Source backend service is temporarily unavailable, please try again later.' },
  406: { code: 406, message: 'Not Acceptable', description: 'The Accept header must allow application/json.' },
};

const OVH: Record<number, string> = {
  429: 'Too many requests, please retry later',
  500: 'Internal server error',
  503: 'Service temporarily unavailable',
};

export function orangeError(status: number, headers?: Record<string, string>): Reply {
  const body = ORANGE[status] ?? { code: status, message: STATUS_CODES[status] ?? 'Error', description: `HTTP ${status}` };
  return json(status, body, headers);
}

export function ovhError(status: number, headers?: Record<string, string>): Reply {
  return json(status, { message: OVH[status] ?? STATUS_CODES[status] ?? 'Error' }, headers);
}

export function errorFor(family: PathFamily, status: number, retryAfter?: number): Reply {
  const headers = retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : undefined;
  return family === 'ovh' ? ovhError(status, headers) : orangeError(status, headers);
}
