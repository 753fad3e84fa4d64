import * as vscode from 'vscode';
import type { Logger } from '../../core/log';
import { planMigration } from '../../core/profileMigration';
import { loadProfiles, Profile, SANDBOX_PROFILE, SANDBOX_PROFILE_ID, toStored } from '../../core/profiles';
import type { CredentialStore } from './credentialStore';

const SECTION = 'eligibility';

/**
 * The non-secret half of profiles: `eligibility.profiles` and `eligibility.activeProfile`
 * (application-scoped and restricted: a workspace cannot set them; we write user settings only).
 */
export class ProfileStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Profile>();
  /** fires when the active profile (or its definition) changes */
  readonly onDidChangeActive = this.changed.event;
  private readonly listChanged = new vscode.EventEmitter<void>();
  /** fires when any profile is added, edited or removed */
  readonly onDidChangeList = this.listChanged.event;
  private readonly subscription: vscode.Disposable;
  private lastActiveKey = '';
  private lastProblems = '';
  private migration: Promise<void> = Promise.resolve();

  constructor(private readonly logger: Logger, private readonly credentials: CredentialStore) {
    this.lastActiveKey = JSON.stringify(this.active());
    this.subscription = vscode.workspace.onDidChangeConfiguration(e => {
      if (!e.affectsConfiguration(`${SECTION}.profiles`) && !e.affectsConfiguration(`${SECTION}.activeProfile`)) return;
      if (e.affectsConfiguration(`${SECTION}.profiles`)) {
        this.listChanged.fire();
        // first-round entries can arrive later too (Settings Sync from an older version, a pasted settings.json)
        this.scheduleMigration();
      }
      this.fireIfActiveChanged();
    });
    this.scheduleMigration();
  }

  /** Resolves once first-round settings and secrets are migrated (calls wait for it). */
  get ready(): Promise<void> { return this.migration; }

  private scheduleMigration(): void {
    this.migration = this.migration.then(() => this.migrate(this.credentials)).catch(e => {
      this.logger.warn(`profiles: migration of eligibility.profiles failed (${e instanceof Error ? e.message : String(e)}); the old entries are still read`);
    });
  }

  /**
   * First-round entries (`kind` + `endpoint`) become per-family entries; their secrets move to
   * per-family keys: copied first, the setting rewritten, then the old keys deleted, so an
   * interruption at any point loses nothing (the old shape is still read).
   */
  private async migrate(credentials: CredentialStore): Promise<void> {
    const cfg = vscode.workspace.getConfiguration(SECTION);
    const plan = planMigration(cfg.inspect<unknown[]>('profiles')?.globalValue);
    if (!plan.changed) return;
    const copied = await credentials.copyMoves(plan.moves);
    await cfg.update('profiles', plan.entries, vscode.ConfigurationTarget.Global);
    await credentials.deleteKeys(copied.map(m => m.from));
    this.logger.info(`profiles: ${plan.moves.length} profile(s) migrated to per-API endpoints (${copied.length} secret(s) moved)`);
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
    this.fireIfActiveChanged();
  }

  /** Adds or replaces a profile in the user settings (never the workspace: it is a restricted setting). */
  async save(profile: Profile): Promise<void> {
    const others = this.userEntries().filter(p => p.id !== profile.id);
    const at = this.userEntries().findIndex(p => p.id === profile.id);
    const next = [...others];
    next.splice(at < 0 ? next.length : at, 0, toStored(profile));
    await vscode.workspace.getConfiguration(SECTION).update('profiles', next, vscode.ConfigurationTarget.Global);
    this.fireIfActiveChanged();
  }

  /** Removes a profile from the user settings; the Sandbox becomes active if it was. (Secrets: the caller.) */
  async remove(id: string): Promise<void> {
    await vscode.workspace.getConfiguration(SECTION).update('profiles', this.userEntries().filter(p => p.id !== id), vscode.ConfigurationTarget.Global);
    if (vscode.workspace.getConfiguration(SECTION).get<string>('activeProfile') === id) await this.setActive(SANDBOX_PROFILE_ID);
    this.fireIfActiveChanged();
  }

  private userEntries(): Record<string, unknown>[] {
    return (vscode.workspace.getConfiguration(SECTION).inspect<unknown[]>('profiles')?.globalValue ?? [])
      .filter((p): p is Record<string, unknown> => !!p && typeof p === 'object');
  }

  private fireIfActiveChanged(): void {
    const active = this.active();
    const key = JSON.stringify(active);
    if (key !== this.lastActiveKey) { this.lastActiveKey = key; this.changed.fire(active); }
  }

  dispose(): void { this.subscription.dispose(); this.changed.dispose(); this.listChanged.dispose(); }
}
