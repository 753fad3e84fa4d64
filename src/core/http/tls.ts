/**
 * Transport failures a person can act on: TLS certificate problems (private CA, TLS-inspecting
 * proxy, expired or misnamed certificate) and proxy refusals, each naming the host and what to
 * set or check, in the message itself (the CLI's reporters print the message, not the hint). Used by
 * the HTTP layer's error mapping (client.ts); never says "fetch failed".
 */
import type { EligErrorInfo } from '../errors';
import { redactor } from '../log';
import { describeProxy } from './proxy';

/** Node's codes for a chain that does not end at a trusted root. */
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE',
]);

export const TRUST_HINT = 'If a private CA or a TLS-inspecting proxy signs this certificate, give its CA certificate (PEM): '
  + 'for the CLI set NODE_EXTRA_CA_CERTS=/path/to/ca.pem; in VS Code add the CA to the system certificate store '
  + '(setting http.systemCertificates, on by default), or start VS Code with NODE_EXTRA_CA_CERTS and http.systemCertificates off. '
  + 'See README › Troubleshooting.';

function hostOf(url: string): string {
  try { const u = new URL(url); return u.host; } catch { return 'the server'; }
}

/**
 * The error for a failed request, when its cause is TLS or a proxy; undefined otherwise
 * (the caller keeps its generic network error). `label` is the request's short name.
 */
export function transportError(err: { code?: string; message?: string }, url: string, label: string, proxy?: URL): EligErrorInfo | undefined {
  const code = err.code ?? '';
  const host = hostOf(url);
  const via = proxy ? ` through the proxy ${describeProxy(proxy)}` : '';
  const net = (message: string, hint: string): EligErrorInfo => ({ kind: 'network', code: code || undefined, nextStep: 'check-endpoint', message: redactor.redact(message), hint: redactor.redact(hint) });
  if (UNTRUSTED.has(code)) {
    return net(`${label}: TLS: the certificate of ${host} is not trusted (${code})${via}: if a private CA or a TLS-inspecting proxy signs it, `
      + 'set NODE_EXTRA_CA_CERTS=/path/to/ca.pem (CLI) or add the CA to the system certificates (VS Code).', TRUST_HINT);
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    const hint = 'Check this machine\'s date and time; otherwise the server must renew its certificate.';
    return net(`${label}: TLS: the certificate of ${host} ${code === 'CERT_HAS_EXPIRED' ? 'has expired' : 'is not valid yet'} (${code})${via}: ${hint[0].toLowerCase()}${hint.slice(1)}`, hint);
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const names = /.*altnames: (.*)$/.exec(err.message ?? '')?.[1];
    return net(`${label}: TLS: the certificate of ${host} is for another name${names ? ` (${names.trim()})` : ''} (${code}): use in the endpoint URL a host name the certificate was issued for.`,
      'Check the endpoint URL: use the host name the certificate was issued for.');
  }
  if (/^ERR_SSL_|^EPROTO$/.test(code)) {
    const hint = proxy ? 'Check that the proxy URL\'s scheme is right (most proxies are http://, even for https targets).' : 'Check the endpoint URL (https on a port that speaks TLS).';
    return net(`${label}: TLS handshake with ${host} failed (${code})${via}: ${hint[0].toLowerCase()}${hint.slice(1)}`, hint);
  }
  const refused = /^ERR_ELIG_PROXY_(\d{3})$/.exec(code);
  if (refused && proxy) return proxyRefusal(Number(refused[1]), host, proxy, label);
  if (proxy && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EHOSTUNREACH'].includes(code)) {
    return net(`${label}: could not use the proxy ${describeProxy(proxy)} (${code}): check HTTPS_PROXY / HTTP_PROXY, --proxy or http.proxy.`,
      'Check HTTPS_PROXY / HTTP_PROXY (or --proxy, or VS Code\'s http.proxy), or add the host to NO_PROXY if it is reachable directly.');
  }
  return undefined;
}

/** A proxy that answered instead of the server: 407 (authentication), 403, 502… */
export function proxyRefusal(status: number, host: string, proxy: URL, label: string): EligErrorInfo {
  const p = describeProxy(proxy);
  if (status === 407) {
    return { kind: 'network', status, code: 'PROXY_AUTH_REQUIRED', nextStep: 'check-endpoint',
      message: `${label}: the proxy ${p} requires authentication (407): put the user and password in the proxy URL (http://USER:PASSWORD@host:port).`,
      hint: 'Put the proxy user and password in the proxy URL: HTTPS_PROXY=http://USER:PASSWORD@host:port (or --proxy); they are kept out of every log.' };
  }
  return { kind: 'network', status, code: 'PROXY_REFUSED', nextStep: 'check-endpoint',
    message: `${label}: the proxy ${p} refused the connection to ${host} (${status}): ask for it to be allowed, or add it to NO_PROXY if it is reachable directly.`,
    hint: `Ask for ${host} to be allowed through the proxy, or add it to NO_PROXY if it is reachable directly.` };
}
