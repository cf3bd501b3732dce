/**
 * Owns the settings. They live in storage.sync so they follow the user to their other browsers;
 * when sync refuses a write (turned off by policy, over its quota), they are kept in
 * storage.local instead and the options page says so.
 */
import { keepAside } from './problems';
import { getValue, removeValue, setValue, watchValue } from './area';
import { parseSettings } from '../core/settings/settings';
import type { Settings, SettingsRead } from '../core/settings/settings';
import { errorMessage } from '../core/error-message';
import { diffSettings } from '../core/settings/diff';
import { withLock } from './lock';

export const SETTINGS_KEY = 'settings';
/** The local copy used while sync refuses writes; when present it is the newest. */
const LOCAL_KEY = 'settingsLocal';

/** `saved`: whether the user ever saved settings (false: the defaults, e.g. on first run). */
export type StoredSettings = SettingsRead & { where: 'sync' | 'local'; saved: boolean; syncError?: string };

export async function loadSettings(): Promise<StoredSettings> {
  const local = await getValue('local', LOCAL_KEY);
  if (local !== undefined) return { ...parseSettings(local), where: 'local', saved: true };
  try {
    const synced = await getValue('sync', SETTINGS_KEY);
    return { ...parseSettings(synced), where: 'sync', saved: synced !== undefined };
  } catch (err) {
    return { ...parseSettings(undefined), where: 'local', saved: false, syncError: errorMessage(err) };
  }
}

/** What a save left stored: the settings, where they went, and whether anything was written. */
export type SettingsUpdate = { stored: StoredSettings; written: boolean; syncError?: string };

/** Two pages saving at once must not interleave their read-modify-writes; every context of the extension shares it. */
const LOCK = 'limber-settings';

/** Writes to sync, or locally when sync refuses; an unreadable stored value is kept aside first. */
async function write(current: StoredSettings, settings: Settings): Promise<SettingsUpdate> {
  // Nothing a later read would refuse is ever stored.
  const check = parseSettings(settings);
  if (!check.ok) throw new Error(`refusing to store invalid settings: ${check.issues.join('; ')}`);
  if (!current.ok) {
    const raw =
      current.where === 'local'
        ? await getValue('local', LOCAL_KEY)
        : await getValue('sync', SETTINGS_KEY).catch(() => undefined);
    await keepAside(SETTINGS_KEY, raw ?? null, 'settingsUnreadable');
  }
  const stored = { ok: true, settings, saved: true } as const;
  try {
    await setValue('sync', SETTINGS_KEY, settings);
    await removeValue('local', LOCAL_KEY);
    return { stored: { ...stored, where: 'sync' }, written: true };
  } catch (err) {
    await setValue('local', LOCAL_KEY, settings);
    return { stored: { ...stored, where: 'local' }, written: true, syncError: errorMessage(err) };
  }
}

/** Stores `settings` as they are (replacing whatever is stored). */
export function saveSettings(settings: Settings): Promise<SettingsUpdate> {
  return withLock(LOCK, async () => write(await loadSettings(), settings));
}

/**
 * Read-modify-write of the settings under a lock: `change` gets the settings as stored now and
 * returns what to store, or null to store nothing. Stored settings already equal to the result
 * are not written again (storage.sync allows 120 writes a minute).
 */
export function updateSettings(change: (current: StoredSettings) => Settings | null): Promise<SettingsUpdate> {
  return withLock(LOCK, async () => {
    const current = await loadSettings();
    const next = change(current);
    const unchanged = next !== null && diffSettings(current.settings, next).length === 0;
    if (next === null || (unchanged && current.ok && current.saved && current.where === 'sync')) {
      return { stored: current, written: false };
    }
    return write(current, next);
  });
}

export function watchSettings(cb: (s: StoredSettings) => void): () => void {
  const reload = (): void => void loadSettings().then(cb);
  const a = watchValue('sync', SETTINGS_KEY, reload);
  const b = watchValue('local', LOCAL_KEY, reload);
  return () => {
    a();
    b();
  };
}
