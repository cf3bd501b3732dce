/**
 * What the settings page says about Limber's storage, and when it warns: a plain function of what
 * the browser reported (utils/storage/usage.ts reads it), so every case is a row of a table test.
 * The thresholds are design choices (docs/clinical-basis.md, "Storage warnings").
 */
import type { MessageKey } from '../content/message-key';
import type { LocalDate } from '../time/local-time';

/**
 * Warn at this share of a fixed quota. A heavy user (about 50 records a workday) writes about
 * 7 kB a workday, so the last 20 % of Chrome's 10 MB is about a year of use: time to act.
 */
export const NEAR_SHARE = 0.8;
/** From this share on, the next day's records may not fit. */
export const FULL_SHARE = 0.95;
/**
 * Warn when the browser says less than this is left to write in: far more than Limber needs for
 * decades, but a disk this full is about to refuse every program's writes, Limber's included.
 */
export const LOW_ROOM_BYTES = 500 * 1024 * 1024;

export interface StorageUse {
  /** Bytes Limber keeps in storage.local; null where the browser cannot tell and nothing was estimated. */
  bytes: number | null;
  /** True when the browser counted the bytes, false when they were estimated from the stored text. */
  exact: boolean;
  /** The browser's fixed limit for Limber, or null when there is none (unlimitedStorage granted, Firefox). */
  quota: number | null;
  /** What the browser says it can still write for Limber on this disk, or null when it does not say. */
  room: number | null;
  /** Local dates that hold records, and the first of them. */
  days: number;
  first: LocalDate | null;
}

/** A value to put into a message, formatted by the page in the user's locale. */
export type StorageValue = { bytes: number } | { share: number } | { count: number } | { date: LocalDate };

export interface StorageSentence {
  key: MessageKey;
  values: StorageValue[];
}

export type StorageLevel = 'ok' | 'near' | 'full' | 'lowRoom';

export interface StorageReport {
  level: StorageLevel;
  /** What is stored, in one to three sentences. */
  sentences: StorageSentence[];
  /** What to do, when something is close to a limit. */
  warning: StorageSentence | null;
}

function sizeSentence(u: StorageUse): StorageSentence[] {
  // Nothing stored (after "Delete all my data"): "no records yet" says it better than "0 kB".
  if (u.bytes === null || u.bytes === 0) return [];
  return [{ key: u.exact ? 'optStorageSize' : 'optStorageSizeAbout', values: [{ bytes: u.bytes }] }];
}

function historySentence(u: StorageUse): StorageSentence {
  if (u.days === 0 || u.first === null) return { key: 'optStorageNoRecords', values: [] };
  if (u.days === 1) return { key: 'optStorageOneDay', values: [{ date: u.first }] };
  return { key: 'optStorageDays', values: [{ count: u.days }, { date: u.first }] };
}

function level(u: StorageUse): StorageLevel {
  if (u.quota !== null && u.quota > 0 && u.bytes !== null) {
    const share = u.bytes / u.quota;
    if (share >= FULL_SHARE) return 'full';
    if (share >= NEAR_SHARE) return 'near';
  }
  if (u.room !== null && u.room < LOW_ROOM_BYTES) return 'lowRoom';
  return 'ok';
}

/** The sentences and the warning (if any) for what the browser reported. */
export function storageReport(u: StorageUse): StorageReport {
  const sentences = [...sizeSentence(u), historySentence(u)];
  const quota = u.quota !== null && u.quota > 0 ? u.quota : null;
  const share = quota !== null && u.bytes !== null ? u.bytes / quota : null;
  if (share !== null && quota !== null)
    sentences.push({ key: 'optStorageShare', values: [{ share }, { bytes: quota }] });
  else if (u.quota === null) sentences.push({ key: 'optStorageNoLimit', values: [] });
  const l = level(u);
  const warning: StorageSentence | null =
    (l === 'near' || l === 'full') && share !== null && quota !== null
      ? { key: l === 'full' ? 'optStorageFull' : 'optStorageNear', values: [{ share }, { bytes: quota }] }
      : l === 'lowRoom' && u.room !== null
        ? { key: 'optStorageLowRoom', values: [{ bytes: u.room }] }
        : null;
  return { level: l, sentences, warning };
}
