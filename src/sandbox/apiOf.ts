/** Which simulated API a request path belongs to (for quotas, error shapes and counters). */
export const SANDBOX_APIS = ['ovh', 'orange-token', 'orange-b2b', 'orange-rip'] as const;
export type SandboxApi = (typeof SANDBOX_APIS)[number];
export type PathFamily = SandboxApi | 'admin' | 'unknown';

export function apiOf(pathname: string): PathFamily {
  if (pathname === '/1.0' || pathname.startsWith('/1.0/')) return 'ovh';
  if (pathname.startsWith('/oauth/')) return 'orange-token';
  if (pathname.startsWith('/eligibility/b2b/')) return 'orange-b2b';
  if (pathname.startsWith('/ripoperatoreligibility/')) return 'orange-rip';
  if (pathname === '/_sandbox' || pathname.startsWith('/_sandbox/')) return 'admin';
  return 'unknown';
}
