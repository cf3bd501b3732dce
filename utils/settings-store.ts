/** Owns the settings in storage.sync so they follow the user to their other browsers. */
import { storage } from 'wxt/utils/storage';
import { parseSettings } from './settings';
import type { Settings, SettingsProblem } from './settings';

export const SETTINGS_KEY = 'sync:settings';

export async function loadSettings(): Promise<SettingsProblem> {
  return parseSettings(await storage.getItem(SETTINGS_KEY));
}

export function saveSettings(settings: Settings): Promise<void> {
  return storage.setItem(SETTINGS_KEY, settings);
}

export function watchSettings(cb: (s: SettingsProblem) => void): () => void {
  return storage.watch(SETTINGS_KEY, (raw) => cb(parseSettings(raw)));
}
