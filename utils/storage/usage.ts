/**
 * How much Limber keeps in storage.local, as the browser reports it, for the settings page
 * (utils/core/data/storage-budget.ts decides what to say about it).
 */
import { browser } from 'wxt/browser';
import { getValues, listKeys } from './area';
import { BUCKET_PREFIX } from './records';
import type { StorageUse } from '../core/data/storage-budget';
import type { LocalDate } from '../core/time/local-time';

interface LocalArea {
  /** Chrome; Firefox 144+. */
  getBytesInUse?: (keys: null) => Promise<number>;
  /** Chrome states 10 MB here even when unlimitedStorage lifts it; Firefox states nothing. */
  QUOTA_BYTES?: number;
}

/** Values read per storage call when estimating: a year of days, never all of history at once. */
const ESTIMATE_CHUNK = 200;

const utf8 = new TextEncoder();
/** What Chrome's getBytesInUse counts for one item: its key and its value as JSON. */
const itemBytes = (key: string, value: unknown): number =>
  utf8.encode(key).length + utf8.encode(JSON.stringify(value) ?? '').length;

/**
 * Bytes in use where the browser counts them (Chrome, Firefox 144+), else estimated from the stored
 * values the way Chrome counts them (Firefox 140–143), and the stored keys. Keys are listed where the
 * browser can (Chrome 130+, Firefox 143+); elsewhere everything is read once, as the record store does.
 */
async function measure(): Promise<{ bytes: number; exact: boolean; keys: string[] }> {
  const local = browser.storage.local as unknown as LocalArea;
  const [counted, listed] = await Promise.all([
    typeof local.getBytesInUse === 'function' ? local.getBytesInUse(null) : null,
    listKeys('local'),
  ]);
  if (!listed) {
    const all = await getValues('local', null);
    const estimate = Object.entries(all).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
    return { bytes: counted ?? estimate, exact: counted !== null, keys: Object.keys(all) };
  }
  if (counted !== null) return { bytes: counted, exact: true, keys: listed };
  let estimate = 0;
  for (let i = 0; i < listed.length; i += ESTIMATE_CHUNK) {
    const part = await getValues('local', listed.slice(i, i + ESTIMATE_CHUNK));
    for (const [k, v] of Object.entries(part)) estimate += itemBytes(k, v);
  }
  return { bytes: estimate, exact: false, keys: listed };
}

/** Whether this build asked for unlimitedStorage (granted without a prompt where it is declared). */
function hasUnlimitedStorage(): boolean {
  try {
    return browser.runtime.getManifest().permissions?.includes('unlimitedStorage') ?? false;
  } catch {
    return false;
  }
}

/**
 * What the browser can still write for Limber: the Storage API's quota less its usage. In Chromium,
 * with unlimitedStorage, that quota is the usage plus the disk's free space (checked on Chromium 156),
 * so this is the free disk. Firefox keeps storage.local under a separate internal principal and
 * answers for the pages' origin with its group limit (10 GiB on firefox-esr 153), not the free disk:
 * there the disk warning never comes, which is all that can honestly be said. Null where unknown.
 */
async function roomLeft(): Promise<number | null> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    if (!estimate || typeof estimate.quota !== 'number') return null;
    return Math.max(0, estimate.quota - (estimate.usage ?? 0));
  } catch {
    return null;
  }
}

/** Reads what the settings page shows: bytes, limit, room left, and which days hold records. */
export async function readStorageUse(): Promise<StorageUse> {
  const [measured, room] = await Promise.all([measure(), roomLeft()]);
  const dates = measured.keys
    .filter((k) => k.startsWith(BUCKET_PREFIX))
    .map((k) => k.slice(BUCKET_PREFIX.length) as LocalDate)
    .sort();
  const local = browser.storage.local as unknown as LocalArea;
  const quota = hasUnlimitedStorage() ? null : (local.QUOTA_BYTES ?? null);
  return { bytes: measured.bytes, exact: measured.exact, quota, room, days: dates.length, first: dates[0] ?? null };
}
