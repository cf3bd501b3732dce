/**
 * A one-click rating stored by the page it was given on: one read-modify-write of the day's bucket
 * under that day's lock, as every writer does, with no trip through the background (which reacts
 * to the stored rating: see entrypoints/background/ratings.ts). Takes the browser's storage as an
 * argument: a page's first script uses the browser's own API, before webextension-polyfill loads.
 */
import { withLock } from './lock';
import { BUCKET_VERSION, bucketKey, dayLock, idOf, isBucket } from './bucket';
import { localRating } from '../core/data/local-rating';
import type { RatingRecord } from '../core/data/records';

export interface StorageLocal {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The device's clock at `at`: its local date and offset. */
function deviceClock(at: number): { date: string; offset: number } {
  const d = new Date(at);
  // `|| 0`: east of UTC by nothing is 0, not -0 (which a stored copy would not equal).
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    offset: -d.getTimezoneOffset() || 0,
  };
}

/**
 * Stores a manual rating of `score` made at `now`; resolves to the rating stored under its id (this
 * one, or one stored under it already). A day whose stored value this version cannot read goes
 * through the record store, which keeps that value aside first. Rejects when storage refuses.
 */
export async function storeRating(local: StorageLocal, id: string, score: number, now: number): Promise<RatingRecord> {
  const rating = localRating({ id, at: now, source: 'manual', score }, deviceClock(now));
  const key = bucketKey(rating.date);
  const stored = await withLock(dayLock(rating.date), async (): Promise<RatingRecord | 'unreadable'> => {
    const raw = (await local.get(key))[key];
    if (raw !== undefined && !isBucket(raw)) return 'unreadable';
    const records = raw?.records ?? [];
    const there = records.find((r) => idOf(r) === id);
    if (there) return there as RatingRecord;
    await local.set({ [key]: { v: BUCKET_VERSION, records: [...records, rating] } });
    return rating;
  });
  if (stored !== 'unreadable') return stored;
  const { putRating } = await import('./entries');
  const put = await putRating(rating, now);
  if (!put) throw new Error('rating not stored');
  return put;
}
