/**
 * "Copy as cURL", runnable: the exchange of a result as a small shell script whose secrets are
 * environment variables (`$ELIG_ORANGE_TOKEN`, `$ELIG_ORANGE_API_KEY`, `$ELIG_OVH_*`), never values
 * and never `***`. Orange: a comment shows how to get the token. OVH signed calls: the timestamp and
 * the `$1$` signature are computed by the script itself (curl, sha1sum) from the same variables.
 * The exchange was redacted by the core: header NAMES say what was sent, values are ignored here.
 */
import type { Exchange } from '../apis/operation';
import { ovhJson } from '../apis/ovh/signing';
import { redactor } from '../log';

/** Quotes one word for a POSIX shell. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The variable each secret header is sent from (double-quoted, so the shell expands it). */
const PLACEHOLDER: Record<string, string> = {
  'x-api-key': '$ELIG_ORANGE_API_KEY',
  'x-ovh-application': '$ELIG_OVH_APPLICATION_KEY',
  'x-ovh-consumer': '$ELIG_OVH_CONSUMER_KEY',
  'x-ovh-timestamp': '$ELIG_TS',
  'x-ovh-signature': '$ELIG_SIG',
};
const DROPPED = new Set(['content-length', 'host', 'user-agent']);

function bodyText(ex: Exchange, ovh: boolean): string | undefined {
  if (ex.requestBody === undefined || ex.requestBody === null) return undefined;
  const raw = typeof ex.requestBody === 'string' ? ex.requestBody : ovh ? ovhJson(ex.requestBody) : JSON.stringify(ex.requestBody);
  return redactor.redact(raw);
}

/** The Orange base URL of an Orange API URL (what precedes the API path), for the token request. */
function orangeBase(url: string): string {
  const m = /^(.*?)\/(?:eligibility\/b2b|ripoperatoreligibility)\//.exec(url);
  return m ? m[1] : new URL(url).origin;
}
/** The OVH API root (…/1.0) of an OVH API URL, for /auth/time. */
function ovhRoot(url: string): string {
  const m = /^(.*?\/1\.0)\//.exec(url);
  return m ? m[1] : `${new URL(url).origin}/1.0`;
}

export function tokenCommand(base: string): string {
  return `export ELIG_ORANGE_TOKEN="$(curl -s -u "$ELIG_ORANGE_CLIENT_ID:$ELIG_ORANGE_CLIENT_SECRET" -H 'Accept: application/json' `
    + `-d grant_type=client_credentials ${shellQuote(`${base}/oauth/v3/token`)} | sed -n 's/.*"access_token" *: *"\\([^"]*\\)".*/\\1/p')"`;
}

export function toCurl(ex: Exchange): string {
  const method = ex.method.toUpperCase();
  const url = redactor.redact(ex.url);
  const names = Object.keys(ex.requestHeaders ?? {}).map(k => k.toLowerCase());
  const auth = Object.entries(ex.requestHeaders ?? {}).find(([k]) => k.toLowerCase() === 'authorization')?.[1] ?? '';
  const signed = names.includes('x-ovh-signature');
  // the core masks the whole value (`***`): the scheme then follows from where it was sent
  const tokenUrl = /\/oauth\/v3\/token(\?|$)/.test(url);
  const hasAuth = names.includes('authorization');
  const bearer = hasAuth && (/^\s*Bearer\b/i.test(auth) || (!/^\s*Basic\b/i.test(auth) && !tokenUrl));
  const basic = hasAuth && !bearer;
  const body = bodyText(ex, signed || names.some(n => n.startsWith('x-ovh-')) || /\/1\.0\//.test(url));
  const pre: string[] = ['# Eligibility Explorer: the request as sent; secrets come from environment variables.'];
  if (bearer) {
    pre.push('# Orange access token (OAuth2 client credentials, valid about an hour): with ELIG_ORANGE_CLIENT_ID and',
      '# ELIG_ORANGE_CLIENT_SECRET set, run this line first:', `#   ${tokenCommand(orangeBase(url))}`);
    if (names.includes('x-api-key')) pre.push('# X-Api-Key: set ELIG_ORANGE_API_KEY to the key your Orange Business representative gave you.');
  }
  if (basic) pre.push('# Orange token request: set ELIG_ORANGE_CLIENT_ID and ELIG_ORANGE_CLIENT_SECRET.');
  if (signed) {
    pre.push('# OVHcloud signature: "$1$" + SHA-1 of "secret+consumerKey+METHOD+URL+BODY+timestamp", computed below from',
      '# ELIG_OVH_APPLICATION_KEY, ELIG_OVH_APPLICATION_SECRET and ELIG_OVH_CONSUMER_KEY, with the server\'s clock.',
      `ELIG_TS="$(curl -s ${shellQuote(`${ovhRoot(url)}/auth/time`)})"`,
      `ELIG_SIG="\\$1\\$$(printf '%s' "$ELIG_OVH_APPLICATION_SECRET+$ELIG_OVH_CONSUMER_KEY+${method}+"${shellQuote(url)}"+"${shellQuote(body ?? '')}"+$ELIG_TS" | sha1sum | cut -c1-40)"`);
  }
  const lines = [`curl -sS -X ${method} ${shellQuote(url)}`];
  if (basic) lines.push('-u "$ELIG_ORANGE_CLIENT_ID:$ELIG_ORANGE_CLIENT_SECRET"');
  for (const [k, v] of Object.entries(ex.requestHeaders ?? {})) {
    const n = k.toLowerCase();
    if (DROPPED.has(n)) continue;
    if (n === 'authorization') { if (bearer) lines.push(`-H "${k}: Bearer $ELIG_ORANGE_TOKEN"`); continue; }
    const ph = PLACEHOLDER[n];
    if (ph) lines.push(`-H "${k}: ${ph}"`);
    else if (n.startsWith('x-ovh-') || n === 'cookie' || n === 'proxy-authorization') continue; // never a value we cannot name
    else lines.push(`-H ${shellQuote(`${k}: ${redactor.redact(String(v))}`)}`);
  }
  if (body !== undefined) lines.push(`--data-raw ${shellQuote(body)}`);
  return [...pre, lines.join(' \\\n  ')].join('\n');
}
