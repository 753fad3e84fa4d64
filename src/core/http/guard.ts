import { EligError } from '../errors';

/** True for 127.0.0.0/8, ::1 and localhost: the only hosts credentials may reach over plain http. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The origin a credential belongs to, normalised: `https://api.orange.com` (default port dropped). */
export function originOf(baseUrl: string): string {
  const u = new URL(baseUrl);
  return u.origin.toLowerCase();
}

/**
 * Throws unless `url` may carry the credentials configured for `credentialBase`:
 * same scheme, host and port, no userinfo, and https (or http on loopback).
 */
export function assertCredentialTarget(url: string, credentialBase: string): void {
  let target: URL, home: URL;
  try { target = new URL(url); home = new URL(credentialBase); } catch {
    throw new EligError({ kind: 'credentials', message: `Refusing to send credentials: invalid URL` });
  }
  const refuse = (why: string) => {
    throw new EligError({ kind: 'credentials', nextStep: 'check-endpoint',
      message: `Refusing to send credentials to ${target.protocol}//${target.host}: ${why}` });
  };
  if (target.username || target.password) refuse('the URL contains user information');
  if (home.username || home.password) refuse('the configured endpoint contains user information');
  if (target.protocol !== 'https:' && !(target.protocol === 'http:' && isLoopbackHost(target.hostname))) {
    refuse('credentials only travel over https (plain http is allowed on loopback only)');
  }
  if (target.origin.toLowerCase() !== home.origin.toLowerCase()) {
    refuse(`they belong to ${home.protocol}//${home.host}`);
  }
}
