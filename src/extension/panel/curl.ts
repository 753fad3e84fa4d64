/**
 * "Copy as cURL": the exchange of a result as a shell command, secrets masked.
 * Credentials are never in an Exchange to begin with (the core redacts), and this masks again:
 * `Authorization: Bearer ***`, `X-Api-Key: ***`, every `X-Ovh-*` request header `***`.
 */
import type { Exchange } from '../../core/apis/operation';
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

/** Quotes one word for a POSIX shell. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function toCurl(ex: Exchange): string {
  const lines = [`curl -X ${ex.method.toUpperCase()} ${shellQuote(redactor.redact(ex.url))}`];
  for (const [k, v] of Object.entries(ex.requestHeaders ?? {})) {
    if (k.toLowerCase() === 'content-length' || k.toLowerCase() === 'host') continue;
    lines.push(`-H ${shellQuote(`${k}: ${maskHeader(k, String(v))}`)}`);
  }
  if (ex.requestBody !== undefined && ex.requestBody !== null) {
    const body = typeof ex.requestBody === 'string' ? ex.requestBody : JSON.stringify(ex.requestBody);
    lines.push(`--data-raw ${shellQuote(redactor.redact(body))}`);
  }
  return lines.join(' \\\n  ');
}
