/**
 * Correcting the diary: change a rating, delete any entry (leaving a tombstone), put a deleted
 * entry back, take back a rating just made, add a missed one. Each is one read-modify-write of
 * one day's bucket under that day's lock, so it never loses a prompt's answer written to the same
 * day at the same moment (and a rating keeps its day: a change moves its time within the day).
 */
import { removeValue, setValue } from './area';
import { withLock } from './lock';
import { BUCKET_VERSION, bucketForWrite, bucketKey, dayLock, idOf } from './records';
import { isRecord } from '../core/data/records';
import { migrateEntry } from '../core/data/migrate';
import { editRating as edited, markAdded } from '../core/data/edit';
import { isTombstone, tombstoneOf } from '../core/data/tombstone';
import type { RatingChange } from '../core/data/edit';
import type { LimberRecord, RatingRecord } from '../core/data/records';
import type { LocalDate } from '../core/time/local-time';

/**
 * Runs `change` on the entry stored under `id` on `date` (undefined when none is; an earlier
 * version's entry read as this version's, see core/data/migrate) and writes what
 * it returns in its place: an entry, or null to remove it; `change` returning undefined writes
 * nothing. Resolves to what `change` returned.
 */
export async function changeEntry<T>(
  date: LocalDate,
  id: string,
  change: (entry: unknown) => { write: unknown | null; result: T } | { result: T },
): Promise<T> {
  return withLock(dayLock(date), async () => {
    const key = bucketKey(date);
    const bucket = await bucketForWrite(key);
    const i = bucket.records.findIndex((r) => idOf(r) === id);
    const outcome = change(i < 0 ? undefined : migrateEntry(bucket.records[i]));
    if (!('write' in outcome)) return outcome.result;
    const records = [...bucket.records];
    if (outcome.write === null) {
      if (i >= 0) records.splice(i, 1);
    } else if (i >= 0) records[i] = outcome.write;
    else records.push(outcome.write);
    // A day left with nothing (a rating taken back) is no day with records: its key goes.
    if (records.length) await setValue('local', key, { v: BUCKET_VERSION, records });
    else await removeValue('local', key);
    return outcome.result;
  });
}

const isRating = (e: unknown): e is RatingRecord => isRecord(e) && e.type === 'rating';

/**
 * Changes a stored rating (see core/data/edit for how it is marked: `correction` for a change made
 * where the rating was just given). Resolves to the rating as stored now, or null when there is
 * none under `id` on `date` (deleted meanwhile).
 */
export function changeRating(
  date: LocalDate,
  id: string,
  change: RatingChange,
  now: number,
  correction = false,
): Promise<RatingRecord | null> {
  return changeEntry(date, id, (entry) => {
    if (!isRating(entry)) return { result: null };
    const next = edited(entry, change, now, Intl.DateTimeFormat().resolvedOptions().timeZone, correction);
    return next === entry ? { result: entry } : { write: next, result: next };
  });
}

/**
 * Deletes an entry, leaving its tombstone. Resolves to the deleted record (what an Undo puts
 * back), or null when none is stored under `id`.
 */
export function deleteEntry(date: LocalDate, id: string, now: number): Promise<LimberRecord | null> {
  return changeEntry(date, id, (entry) =>
    isRecord(entry) ? { write: tombstoneOf(entry, now), result: entry } : { result: null },
  );
}

/**
 * Puts a deleted record back where its tombstone is (an Undo). Resolves to false, changing
 * nothing, when something other than its tombstone is stored under its id now.
 */
export function restoreEntry(record: LimberRecord): Promise<boolean> {
  return changeEntry(record.date, record.id, (entry) =>
    entry === undefined || isTombstone(entry) ? { write: record, result: true } : { result: false },
  );
}

/**
 * Takes back a rating just made (the Undo after a click): it is removed, leaving no tombstone,
 * as if never given. Resolves to false when no rating is stored under `id`.
 */
export function takeBack(date: LocalDate, id: string): Promise<boolean> {
  return changeEntry(date, id, (entry) => (isRating(entry) ? { write: null, result: true } : { result: false }));
}

/**
 * Stores `rating` under its id, replacing nothing else: a rating given again after its Undo, or a
 * missed one added afterwards (marked so when it is about an earlier time). Resolves to the rating
 * now stored under the id (this one, or a rating already there), or null when a deleted entry's
 * tombstone (or anything else) holds it.
 */
export function putRating(rating: RatingRecord, now: number): Promise<RatingRecord | null> {
  const stored = markAdded(rating, now);
  return changeEntry(rating.date, rating.id, (entry) =>
    entry === undefined ? { write: stored, result: stored } : { result: isRating(entry) ? entry : null },
  );
}
