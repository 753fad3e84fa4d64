import { EligError } from '../../core/errors';
import { Profile, targetFor } from '../../core/profiles';
import type { Target } from '../../core/target';
import type { SandboxManager } from '../sandbox/sandboxManager';
import type { CredentialStore, LoadOutcome } from './credentialStore';

/**
 * Profile → Target: starts the sandbox for the Sandbox profile, loads secrets for the others.
 * When a secret is missing or unreadable the call fails with kind 'credentials' and a clear
 * message; the UI shows it with a "Set credentials" button (ask again, never block a run on a
 * prompt). Credentials are never read from anywhere but the secret storage.
 */
export class TargetResolver {
  constructor(
    private readonly credentials: CredentialStore,
    private readonly sandbox: SandboxManager,
  ) {}

  async resolve(profile: Profile): Promise<Target> {
    if (profile.kind === 'sandbox') return targetFor(profile, undefined, await this.sandbox.ensure());
    const outcome = await this.credentials.load(profile);
    // OVHcloud's public search/test operations need no credentials: go on without; the
    // signed ones then fail with the core's own 'credentials' error.
    if (outcome.status === 'missing' && profile.kind === 'ovh') return targetFor(profile, undefined);
    if (outcome.status !== 'ok') {
      throw new EligError({ kind: 'credentials', message: describe(profile, outcome), nextStep: 'set-credentials',
        hint: 'Set them again with "Eligibility: Set Credentials…" (kept in VS Code\'s secret storage only), then run again.' });
    }
    return targetFor(profile, outcome.credentials);
  }
}

export function describe(profile: Profile, outcome: LoadOutcome): string {
  switch (outcome.status) {
    case 'ok': return `Credentials of "${profile.name}" are set.`;
    case 'missing': return `No credentials are stored for profile "${profile.name}" (VS Code's secret storage returned nothing).`;
    case 'unreadable': return `The credentials of profile "${profile.name}" could not be read from VS Code's secret storage (${outcome.reason}).`;
  }
}
