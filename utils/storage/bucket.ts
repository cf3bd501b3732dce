/**
 * How a day's records are kept in storage.local: one key per local date (`rec:YYYY-MM-DD`), written
 * under that day's lock. Apart from records.ts so a page's first script can store a rating without
 * the record store.
 */
import type { LocalDate } from '../core/time/local-time';

export const BUCKET_VERSION = 1;

export interface Bucket {
  v: typeof BUCKET_VERSION;
  /** Kept as stored: an entry this version cannot read is left in place, never dropped. */
  records: unknown[];
}

/** The key prefix of a day's bucket (`rec:YYYY-MM-DD`). */
export const BUCKET_PREFIX = 'rec:';
export const bucketKey = (date: LocalDate): string => `${BUCKET_PREFIX}${date}`;

/** The lock every read-modify-write of one day's bucket holds (see withLock). */
export const dayLock = (date: LocalDate): string => `limber-rec-${date}`;

export function isBucket(raw: unknown): raw is Bucket {
  return (
    !!raw && typeof raw === 'object' && Array.isArray((raw as Bucket).records) && (raw as Bucket).v === BUCKET_VERSION
  );
}

export function idOf(entry: unknown): unknown {
  return entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
}
