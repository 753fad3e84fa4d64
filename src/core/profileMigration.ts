import { familySecretKey, legacySecretKey } from './profileSecrets';
import { readEntry } from './profiles';

/** A SecretStorage key that moves (first-round key → per-family key). */
export interface SecretMove { from: string; to: string }
export interface Migration { changed: boolean; entries: unknown[]; moves: SecretMove[] }

/**
 * Rewrites first-round entries of `eligibility.profiles` (`{id, name, kind, endpoint}`: one API
 * family per profile) to the per-family shape `{id, name, apis: {<kind>: {endpoint}}}`, and says
 * which secrets move where (`legacySecretKey(id)` → `familySecretKey(id, kind)`). Entries of the
 * new shape, and entries that are neither shape, are kept as they are (loadProfiles reports the
 * latter). The order is the caller's: copy secrets, rewrite the setting, then delete old keys.
 */
export function planMigration(raw: unknown): Migration {
  if (!Array.isArray(raw)) return { changed: false, entries: [], moves: [] };
  const moves: SecretMove[] = [];
  const entries = raw.map(entry => {
    const r = readEntry(entry);
    if ('problem' in r || !r.legacy) return entry;
    moves.push({ from: legacySecretKey(r.profile.id), to: familySecretKey(r.profile.id, r.legacy) });
    return r.profile;
  });
  return { changed: moves.length > 0, entries, moves };
}
