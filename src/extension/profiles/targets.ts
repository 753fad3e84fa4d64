import { EligError } from '../../core/errors';
import type { ApiId } from '../../core/model/normalized';
import { ProfileSecrets, targetFor } from '../../core/profileSecrets';
import { ApiFamily, assertCovers, FAMILY_LABELS, familyOf, Profile } from '../../core/profiles';
import type { Target } from '../../core/target';
import type { SandboxManager } from '../sandbox/sandboxManager';
import type { CredentialStore, LoadOutcome } from './credentialStore';
import type { ProfileStore } from './profileStore';

/**
 * Profile → Target, the one point every call of the extension goes through (tree, commands,
 * request files, the results panel, compare, campaigns):
 *  1. the profile must cover each API of the call, else `ProfileRefusal` (nothing is sent);
 *  2. the Sandbox starts if needed; other profiles load the secrets of the families in use.
 * A missing or unreadable secret fails with kind 'credentials' and a "Set credentials" next step
 * (never a prompt in the middle of a run). Credentials come from the secret storage only.
 */
export class TargetResolver {
  constructor(
    private readonly profiles: ProfileStore,
    private readonly credentials: CredentialStore,
    private readonly sandbox: SandboxManager,
  ) {}

  /** The target for calls of one API with `profile` (default: the active one). Throws ProfileRefusal / EligError. */
  forApi(api: ApiId, profile?: Profile): Promise<Target> { return this.forApis([api], profile); }

  /** Same for a batch (a request file, a compare, a campaign): refused whole if any API is not covered. */
  async forApis(apis: Iterable<ApiId>, profile?: Profile): Promise<Target> {
    await this.profiles.ready;
    const p = profile ?? this.profiles.active();
    const wanted = [...new Set(apis)];
    assertCovers(p, wanted);
    if (p.kind === 'sandbox') return targetFor(p, {}, await this.sandbox.ensure());
    const secrets: ProfileSecrets = {};
    for (const family of new Set(wanted.map(familyOf))) {
      const outcome = await this.credentials.load(p, family);
      if (outcome.status === 'ok') {
        if (outcome.credentials.family === 'ovh') secrets.ovh = outcome.credentials.ovh;
        else secrets.orange = outcome.credentials.orange;
        continue;
      }
      // OVHcloud's public search/test operations need no credentials: go on without; the
      // signed ones then fail with the core's own 'credentials' error.
      if (outcome.status === 'missing' && family === 'ovh') continue;
      throw new EligError({ kind: 'credentials', message: describe(p, family, outcome), nextStep: 'set-credentials',
        hint: 'Set them again with "Eligibility: Set Credentials…" (kept in VS Code\'s secret storage only), then run again.' });
    }
    return targetFor(p, secrets);
  }
}

export function describe(profile: Profile, family: ApiFamily, outcome: LoadOutcome): string {
  const what = FAMILY_LABELS[family];
  switch (outcome.status) {
    case 'ok': return `${what} credentials of "${profile.name}" are set.`;
    case 'missing': return `No ${what} credentials are stored for profile "${profile.name}" (VS Code's secret storage returned nothing).`;
    case 'unreadable': return `The ${what} credentials of profile "${profile.name}" could not be read from VS Code's secret storage (${outcome.reason}).`;
  }
}
