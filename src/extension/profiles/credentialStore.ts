import * as vscode from 'vscode';
import { Logger, redactor } from '../../core/log';
import {
  allSecretKeys, familySecretKey, FamilyCredentials, parseSecret, parseSecretKey, secretValues, serializeSecret,
} from '../../core/profileSecrets';
import type { SecretMove } from '../../core/profileMigration';
import type { ApiFamily, Profile } from '../../core/profiles';

export type LoadOutcome =
  | { status: 'ok'; credentials: FamilyCredentials }
  | { status: 'missing' }
  | { status: 'unreadable'; reason: string };

/**
 * The secret half of profiles, in `context.secrets` only: one JSON value per profile and API
 * family. Never falls back to settings. Every loaded value is registered with the redactor.
 */
export class CredentialStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  /** fires with the profile id whose credentials changed */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage, private readonly logger: Logger) {
    this.subscription = secrets.onDidChange(e => {
      const k = parseSecretKey(e.key);
      if (k) this.changed.fire(k.profileId);
    });
  }

  async load(profile: Profile, family: ApiFamily): Promise<LoadOutcome> {
    let stored: string | undefined;
    try {
      stored = await this.secrets.get(familySecretKey(profile.id, family));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.logger.warn(`secret storage unavailable for profile "${profile.id}" (${family}): ${reason}`);
      return { status: 'unreadable', reason };
    }
    if (stored === undefined) return { status: 'missing' };
    const credentials = parseSecret(family, stored);
    if (!credentials) {
      this.logger.warn(`stored ${family} credentials of profile "${profile.id}" could not be read; asking again`);
      return { status: 'unreadable', reason: `the stored value is not valid ${family} credentials` };
    }
    for (const v of secretValues(credentials)) redactor.addSecret(v);
    return { status: 'ok', credentials };
  }

  async store(profile: Profile, credentials: FamilyCredentials): Promise<void> {
    for (const v of secretValues(credentials)) redactor.addSecret(v);
    await this.secrets.store(familySecretKey(profile.id, credentials.family), serializeSecret(credentials));
    this.logger.info(`${credentials.family} credentials of profile "${profile.id}" saved in the secret storage`);
  }

  /** Deletes one family's secrets, or every secret of the profile (all families and the first-round key). */
  async clear(profile: Pick<Profile, 'id'>, family?: ApiFamily): Promise<void> {
    const keys = family ? [familySecretKey(profile.id, family)] : allSecretKeys(profile.id);
    for (const k of keys) await this.secrets.delete(k);
    this.logger.info(`${family ?? 'all'} credentials of profile "${profile.id}" cleared`);
  }

  /** Copies first-round secrets to their per-family keys (never over a newer value). Returns the keys copied. */
  async copyMoves(moves: SecretMove[]): Promise<SecretMove[]> {
    const done: SecretMove[] = [];
    for (const m of moves) {
      const value = await this.secrets.get(m.from);
      if (value === undefined) continue;
      if (await this.secrets.get(m.to) === undefined) await this.secrets.store(m.to, value);
      done.push(m);
    }
    return done;
  }

  async deleteKeys(keys: string[]): Promise<void> { for (const k of keys) await this.secrets.delete(k); }

  dispose(): void { this.subscription.dispose(); this.changed.dispose(); }
}
