import * as vscode from 'vscode';
import { Logger, redactor } from '../../core/log';
import {
  parseSecret, Profile, ProfileCredentials, secretKey, secretValues, serializeSecret,
} from '../../core/profiles';

export type LoadOutcome =
  | { status: 'ok'; credentials: ProfileCredentials }
  | { status: 'missing' }
  | { status: 'unreadable'; reason: string };

/**
 * The secret half of profiles, in `context.secrets` only (one JSON value per profile id).
 * Never falls back to settings. Every loaded value is registered with the redactor.
 */
export class CredentialStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<string>();
  /** fires with the profile id whose credentials changed */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage, private readonly logger: Logger) {
    this.subscription = secrets.onDidChange(e => {
      const prefix = secretKey('');
      if (e.key.startsWith(prefix)) this.changed.fire(e.key.slice(prefix.length));
    });
  }

  async load(profile: Profile): Promise<LoadOutcome> {
    let stored: string | undefined;
    try {
      stored = await this.secrets.get(secretKey(profile.id));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.logger.warn(`secret storage unavailable for profile "${profile.id}": ${reason}`);
      return { status: 'unreadable', reason };
    }
    if (stored === undefined) return { status: 'missing' };
    const credentials = parseSecret(profile.kind, stored);
    if (!credentials) {
      this.logger.warn(`stored credentials of profile "${profile.id}" could not be read; asking again`);
      return { status: 'unreadable', reason: 'the stored value is not valid for this kind of profile' };
    }
    for (const v of secretValues(credentials)) redactor.addSecret(v);
    return { status: 'ok', credentials };
  }

  async store(profile: Profile, credentials: ProfileCredentials): Promise<void> {
    for (const v of secretValues(credentials)) redactor.addSecret(v);
    await this.secrets.store(secretKey(profile.id), serializeSecret(credentials));
    this.logger.info(`credentials of profile "${profile.id}" saved in the secret storage`);
  }

  async clear(profile: Profile): Promise<void> {
    await this.secrets.delete(secretKey(profile.id));
    this.logger.info(`credentials of profile "${profile.id}" cleared`);
  }

  dispose(): void { this.subscription.dispose(); this.changed.dispose(); }
}
