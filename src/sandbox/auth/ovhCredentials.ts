/**
 * OVH application keys and consumer keys known to the sandbox. The sandbox application
 * (SANDBOX_CREDENTIALS.ovh) is pre-registered and its consumer key is validated for every call.
 * `POST /1.0/auth/credential` creates new consumer keys in state `pendingValidation`; opening
 * their `validationUrl` (GET /_sandbox/validate?credentialToken=…) validates them.
 */
import { randomBytes } from 'node:crypto';
import { SANDBOX_CREDENTIALS } from '../../core/target';

export interface AccessRule { method: string; path: string }
export interface ConsumerKey {
  applicationKey: string;
  state: 'pendingValidation' | 'validated';
  rules: AccessRule[];
  validationToken: string;
}

const ALL: AccessRule[] = ['GET', 'POST', 'PUT', 'DELETE'].map(method => ({ method, path: '/*' }));

/** OVH access rule paths use `*` as a wildcard. */
export function ruleAllows(rules: AccessRule[], method: string, path: string): boolean {
  return rules.some(r => {
    if (r.method.toUpperCase() !== method.toUpperCase()) return false;
    const re = new RegExp('^' + r.path.split('*').map(s => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
    return re.test(path);
  });
}

export class OvhCredentialStore {
  private readonly apps = new Map<string, string>();
  private keys = new Map<string, ConsumerKey>();

  constructor() {
    this.apps.set(SANDBOX_CREDENTIALS.ovh.applicationKey, SANDBOX_CREDENTIALS.ovh.applicationSecret);
    this.reset();
  }

  reset(): void {
    this.keys = new Map([[SANDBOX_CREDENTIALS.ovh.consumerKey, {
      applicationKey: SANDBOX_CREDENTIALS.ovh.applicationKey, state: 'validated', rules: ALL, validationToken: '',
    }]]);
  }

  applicationSecret(applicationKey: string): string | undefined { return this.apps.get(applicationKey); }
  consumer(consumerKey: string): ConsumerKey | undefined { return this.keys.get(consumerKey); }

  create(applicationKey: string, rules: AccessRule[]): { consumerKey: string; validationToken: string } {
    const consumerKey = randomBytes(16).toString('hex');
    const validationToken = randomBytes(16).toString('hex');
    this.keys.set(consumerKey, { applicationKey, state: 'pendingValidation', rules, validationToken });
    return { consumerKey, validationToken };
  }

  validate(validationToken: string): boolean {
    for (const ck of this.keys.values()) {
      if (validationToken && ck.validationToken === validationToken) { ck.state = 'validated'; return true; }
    }
    return false;
  }
}
