import * as vscode from 'vscode';
import type { Logger } from '../../core/log';
import { loadProfiles, Profile, SANDBOX_PROFILE, SANDBOX_PROFILE_ID } from '../../core/profiles';

const SECTION = 'eligibility';

/**
 * The non-secret half of profiles: `eligibility.profiles` and `eligibility.activeProfile`
 * (both restricted settings: a workspace in Restricted Mode cannot set them).
 */
export class ProfileStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Profile>();
  /** fires when the active profile (or its definition) changes */
  readonly onDidChangeActive = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private lastActiveKey = '';
  private lastProblems = '';

  constructor(private readonly logger: Logger) {
    this.lastActiveKey = JSON.stringify(this.active());
    this.subscription = vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration(`${SECTION}.profiles`) && !e.affectsConfiguration(`${SECTION}.activeProfile`)) return;
      const active = this.active();
      const key = JSON.stringify(active);
      if (key !== this.lastActiveKey) { this.lastActiveKey = key; this.changed.fire(active); }
    });
  }

  list(): Profile[] {
    const { profiles, problems } = loadProfiles(vscode.workspace.getConfiguration(SECTION).get('profiles'));
    const key = problems.join('\n');
    if (key !== this.lastProblems) { this.lastProblems = key; for (const p of problems) this.logger.warn(`settings: ${p}`); }
    return profiles;
  }

  get(id: string): Profile | undefined { return this.list().find(p => p.id === id); }

  active(): Profile {
    const id = vscode.workspace.getConfiguration(SECTION).get<string>('activeProfile') || SANDBOX_PROFILE_ID;
    return this.get(id) ?? SANDBOX_PROFILE;
  }

  async setActive(id: string): Promise<void> {
    await vscode.workspace.getConfiguration(SECTION).update('activeProfile', id, vscode.ConfigurationTarget.Global);
    const active = this.active();
    const key = JSON.stringify(active);
    if (key !== this.lastActiveKey) { this.lastActiveKey = key; this.changed.fire(active); }
  }

  /** Adds or replaces a profile in the user settings (never the workspace: it is a restricted setting). */
  async save(profile: Profile): Promise<void> {
    const cfg = vscode.workspace.getConfiguration(SECTION);
    const current = (cfg.inspect<unknown[]>('profiles')?.globalValue ?? []).filter(
      (p): p is Record<string, unknown> => !!p && typeof p === 'object' && (p as { id?: unknown }).id !== profile.id);
    await cfg.update('profiles', [...current, profile], vscode.ConfigurationTarget.Global);
  }

  dispose(): void { this.subscription.dispose(); this.changed.dispose(); }
}
