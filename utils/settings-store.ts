/** Owns the settings in storage.sync so they follow the user to their other browsers. */
import { getValue, setValue, watchValue } from './storage-area';
import { parseSettings } from './settings';
import type { Settings, SettingsRead } from './settings';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<SettingsRead> {
  return parseSettings(await getValue('sync', SETTINGS_KEY));
}

export function saveSettings(settings: Settings): Promise<void> {
  return setValue('sync', SETTINGS_KEY, settings);
}

export function watchSettings(cb: (s: SettingsRead) => void): () => void {
  return watchValue('sync', SETTINGS_KEY, (raw) => cb(parseSettings(raw)));
}
