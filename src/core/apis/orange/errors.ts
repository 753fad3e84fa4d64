import { EligError, NextStep } from '../../errors';
import type { HttpResponse } from '../../http/client';
import { redactor } from '../../log';

/**
 * Orange error bodies → EligError. The gateway and both APIs answer `{code, message, description}`
 * (code a number, sometimes a string); the token endpoint may also answer the OAuth2 shape
 * `{error, error_description}`. Anything else (HTML from a proxy, empty body) keeps the status.
 */
export interface OrangeErrorBody { code?: string; message?: string; description?: string }

export function readErrorBody(json: unknown): OrangeErrorBody {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {};
  const o = json as Record<string, unknown>;
  const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  return {
    code: s(o.code) ?? s(o.error),
    message: s(o.message) ?? s(o.error_description) ?? s(o.error),
    description: s(o.description) ?? (o.code !== undefined ? s(o.error_description) : undefined),
  };
}

/** Keys of a successful body (b2b POI, RIP qualification): a body with any of them is not an error body. */
const SUCCESS_KEYS = ['qualificationResult', 'productOfferingQualificationItem', 'place', 'supports', 'id', 'building'];

/**
 * `{code, message, description}` (code a number or a string, message a string) and none of the
 * keys of a successful answer: an Orange error body. The RIP guide shows it without any HTTP
 * status, so it is an error whatever the status (2xx included); same for b2b.
 */
export function isOrangeErrorBody(json: unknown): boolean {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return (typeof o.code === 'string' || typeof o.code === 'number') && typeof o.message === 'string'
    && !SUCCESS_KEYS.some(k => k in o);
}

/** Our guidance for the codes the guides document, by `status/code` then by status (`param`: the b2b parameter at fault). */
const KNOWN: Record<string, { step: NextStep; hint: string; param?: string }> = {
  '400/400100': { step: 'fix-input', param: 'fullTextAddress', hint: 'Separate the street and the city with a comma, e.g. "340 Avenue De La Marne, 59700 Marcq En Baroeul".' },
  '400/40024': { step: 'fix-input', param: 'buildingCode', hint: 'A building code looks like IMB/59378/X/013S (pattern IMB/[A-Z0-9]{5}/[A-Z]/[A-Za-z0-9]{4}).' },
  '404/4041': { step: 'fix-input', param: 'fullTextAddress', hint: 'The address is unknown: add the street number and the postcode, or look the building up by buildingCode.' },
  '404/4042': { step: 'fix-input', hint: 'The building is unknown: check the building code, or the building name within this address.' },
  '401/42': { step: 'set-credentials', hint: 'The access token expired and a fresh one was refused too: check the client id and secret.' },
  '401/41': { step: 'set-credentials', hint: 'The credentials were refused (invalid): check the client id, client secret and API key of this profile.' },
  '401/40': { step: 'set-credentials', hint: 'The credentials were missing from the request: check the client id, client secret and API key of this profile.' },
  '503/2600': { step: 'wait', hint: 'Orange\'s backend is temporarily unavailable: wait a moment and retry.' },
  '500/1': { step: 'retry', hint: 'Orange reported a generic internal error: retry; if it persists, contact Orange with the time of the call.' },
  '30': { step: 'fix-input', hint: 'The ND (phone number) is unknown to the RIP: check it, or test by address instead.' },
};
const BY_STATUS: Record<number, { step: NextStep; hint: string; param?: string }> = {
  400: { step: 'fix-input', hint: 'Orange refused the request as invalid: check the parameters.' },
  401: { step: 'set-credentials', hint: 'Check the client id, client secret and API key of this profile.' },
  403: { step: 'set-credentials', hint: 'This credential is not subscribed to this API: check the subscription of the application.' },
  404: { step: 'fix-input', hint: 'Nothing found for these parameters (or the base URL is wrong).' },
  406: { step: 'open-log', hint: 'Orange requires "Accept: application/json" (a 406 is a client bug: open the log).' },
  429: { step: 'wait', hint: 'Rate limit reached (token requests are limited to 50 per minute): wait a moment and retry.' },
  500: { step: 'retry', hint: 'Orange reported an internal error: retry.' },
  503: { step: 'wait', hint: 'The service is temporarily unavailable: wait a moment and retry.' },
};

export function orangeHttpError(label: string, res: HttpResponse): EligError {
  const b = readErrorBody(res.json);
  const byCode = b.code === undefined ? undefined
    : KNOWN[`${res.status}/${b.code}`] ?? KNOWN[b.code] ?? Object.entries(KNOWN).find(([k]) => k.endsWith(`/${b.code}`))?.[1];
  const known = byCode || BY_STATUS[res.status];
  const what = redactor.redact(b.message ?? (res.parseError || !res.text.trim() ? httpText(res.status) : res.text.trim().slice(0, 200)));
  const retryAfter = res.headers['retry-after'];
  const ok2xx = res.status >= 200 && res.status < 300;
  const message = ok2xx
    ? `${label}: ${what}${b.code !== undefined ? ` (code ${b.code})` : ''} — an error body, although the HTTP status is ${res.status}`
    : `${label}: ${res.status} ${what}${b.code !== undefined ? ` (code ${b.code})` : ''}`
    + (res.status === 429 || res.status === 503 ? (retryAfter ? ` — retry after ${retryAfter}${/^\d+$/.test(retryAfter) ? ' s' : ''}` : '') : '');
  return new EligError({
    kind: 'http', status: res.status, code: b.code, message, description: b.description,
    nextStep: known?.step, hint: known?.hint, param: known?.param ? [known.param] : undefined, body: res.json ?? (res.text ? redactor.redact(res.text.slice(0, 2000)) : undefined),
  });
}

function httpText(status: number): string {
  const t: Record<number, string> = {
    400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 406: 'Not Acceptable',
    429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  };
  return t[status] ?? 'HTTP error';
}
