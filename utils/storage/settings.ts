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

/** Saves to sync, or locally when sync refuses; says where they went and why. */
export async function saveSettings(settings: Settings): Promise<{ where: 'sync' | 'local'; syncError?: string }> {
  const current = await loadSettings();
  if (!current.ok) {
    const raw =
      current.where === 'local'
        ? await getValue('local', LOCAL_KEY)
        : await getValue('sync', SETTINGS_KEY).catch(() => undefined);
    await keepAside(SETTINGS_KEY, raw ?? null, 'settingsUnreadable');
  }
  try {
    await setValue('sync', SETTINGS_KEY, settings);
    await removeValue('local', LOCAL_KEY);
    return { where: 'sync' };
  } catch (err) {
    await setValue('local', LOCAL_KEY, settings);
    return { where: 'local', syncError: errorMessage(err) };
  }
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
