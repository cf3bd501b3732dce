/**
 * Thin typed access to extension storage: get, set and watch one key of one area.
 * (Each *-store module owns its keys and validates what it reads.)
 */
import { browser } from 'wxt/browser';

export type Area = 'local' | 'sync' | 'session';

export async function getValue(area: Area, key: string): Promise<unknown> {
  return (await browser.storage[area].get(key))[key];
}

export function getValues(area: Area, keys: string[] | null): Promise<Record<string, unknown>> {
  return browser.storage[area].get(keys);
}

/**
 * The stored keys of `area` without reading their values (`getKeys()`, Chrome 130+, Firefox 143+),
 * or null where the browser cannot list them.
 */
export async function listKeys(area: Area): Promise<string[] | null> {
  const storage = browser.storage[area] as unknown as { getKeys?: () => Promise<string[]> };
  return typeof storage.getKeys === 'function' ? storage.getKeys() : null;
}

/**
 * The values whose keys start with `prefix`, without reading the rest: the keys are listed first;
 * where the browser cannot list keys, everything is read once and filtered.
 */
export async function getByPrefix(area: Area, prefix: string): Promise<Record<string, unknown>> {
  const listed = await listKeys(area);
  if (listed) {
    const keys = listed.filter((k) => k.startsWith(prefix));
    return keys.length > 0 ? browser.storage[area].get(keys) : {};
  }
  const all = await browser.storage[area].get(null);
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(prefix)));
}

export function setValue(area: Area, key: string, value: unknown): Promise<void> {
  return browser.storage[area].set({ [key]: value });
}

export function removeValue(area: Area, key: string): Promise<void> {
  return browser.storage[area].remove(key);
}

/** Calls `cb` with the new value whenever `key` changes in `area`; returns the unsubscribe. */
export function watchValue(area: Area, key: string, cb: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
    const change = changes[key];
    if (areaName === area && change) cb(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
