/**
 * Header masking for the results panel (the view masks every header again, defence in depth),
 * and "Copy as cURL" (src/core/har/curl.ts: runnable, secrets as environment placeholders).
 */
import { redactor } from '../../core/log';

const MASK = '***';

/** Masks one request header value by name; returns the value unchanged when it is not secret. */
export function maskHeader(name: string, value: string): string {
  const n = name.toLowerCase();
  if (n === 'authorization' || n === 'proxy-authorization') {
    const scheme = /^\s*(Bearer|Basic|Digest|OAuth)\b/i.exec(value)?.[1];
    return scheme ? `${scheme} ${MASK}` : MASK;
  }
  if (n === 'x-api-key' || n.startsWith('x-ovh-') || n === 'cookie' || n === 'set-cookie') return MASK;
  return redactor.redact(value);
}

// the runnable cURL lives in the core (secrets as environment placeholders)
export { shellQuote, toCurl } from '../../core/har/curl';
