/**
 * Owns the rating and break records in storage.local. Records are bucketed by their own local
 * date (`rec:YYYY-MM-DD`), so reading a week reads seven keys whatever the length of history,
 * and a range of years is read a chunk of days at a time.
 */
import { browser } from 'wxt/browser';
import { keepAside } from './problems';
import { getValue, getValues, listKeys, setValue } from './area';
import { withLock } from './lock';
import { BUCKET_PREFIX, BUCKET_VERSION, bucketKey, dayLock, idOf, isBucket } from './bucket';
import type { Bucket } from './bucket';
import { dayChunks, dayCount, inRange } from '../core/time/date-range';
import { isRecord, NOTE_MAX } from '../core/data/records';
import { withDetails } from '../core/data/details';
import { readEntry } from '../core/data/migrate';
import type { Tombstone } from '../core/data/tombstone';
import type { LocalDate } from '../core/time/local-time';
import type { LimberRecord, RatingRecord } from '../core/data/records';
import type { Region } from '../core/content/regions';
import type { ContextTag } from '../core/content/context-tags';

// How a day's bucket is keyed, locked and recognised lives in bucket.ts (shared with the popup's
// first script); re-exported here for the record store's callers.
export { BUCKET_PREFIX, BUCKET_VERSION, bucketKey, dayLock, idOf } from './bucket';
export type { Bucket } from './bucket';

function asBucket(raw: unknown): Bucket {
  return isBucket(raw) ? raw : { v: BUCKET_VERSION, records: [] };
}

/** A day's bucket, ready to be written, from its stored value: an unreadable value is kept aside first. */
async function bucketFrom(key: string, raw: unknown): Promise<Bucket> {
  if (raw !== undefined && !isBucket(raw)) {
    await keepAside(key, raw, 'dayUnreadable');
    return { v: BUCKET_VERSION, records: [] };
  }
  return asBucket(raw);
}

export async function bucketForWrite(key: string): Promise<Bucket> {
  return bucketFrom(key, await getValue('local', key));
}

/** An entry of a day's bucket as far as storing it goes: a record, or a deleted one's tombstone. */
type Stored = { id: string; date: LocalDate };

function byDate<T extends Stored>(records: readonly T[]): Map<LocalDate, T[]> {
  const days = new Map<LocalDate, T[]>();
  for (const r of records) {
    const list = days.get(r.date);
    if (list) list.push(r);
    else days.set(r.date, [r]);
  }
  return days;
}

/** `bucket` with the records of `list` whose id it lacks, and how many those are. */
function withFresh(bucket: Bucket, list: readonly Stored[]): { bucket: Bucket; added: number } {
  const ids = new Set(bucket.records.map(idOf));
  const fresh = list.filter((r) => !ids.has(r.id) && ids.add(r.id));
  return { bucket: { v: BUCKET_VERSION, records: [...bucket.records, ...fresh] }, added: fresh.length };
}

/** Adds records; one already stored under the same id is kept as is. Returns how many were new. */
export async function addRecords(records: readonly LimberRecord[]): Promise<number> {
  let added = 0;
  await Promise.all(
    [...byDate(records)].map(([date, list]) =>
      withLock(dayLock(date), async () => {
        const key = bucketKey(date);
        const next = withFresh(await bucketForWrite(key), list);
        if (!next.added) return;
        await setValue('local', key, next.bucket);
        added += next.added;
      }),
    ),
  );
  return added;
}

/**
 * What adding `records` would write, without writing it: the new buckets of the days that change,
 * the stored values they replace (undefined where nothing was stored) and how many records are
 * new. `swaps` replaces the stored entries under its ids (an import choosing the file's version).
 * Unreadable days are kept aside first. The caller holds every day's `dayLock`.
 */
export async function planAdd(
  records: readonly Stored[],
  swaps: ReadonlyMap<string, Stored> = new Map(),
): Promise<{
  writes: Record<string, unknown>;
  replaced: Record<string, unknown>;
  added: number;
}> {
  const days = byDate(records);
  for (const { date } of swaps.values()) if (!days.has(date)) days.set(date, []);
  const stored = await getValues('local', [...days.keys()].map(bucketKey));
  const writes: Record<string, unknown> = {};
  const replaced: Record<string, unknown> = {};
  let added = 0;
  for (const [date, list] of days) {
    const key = bucketKey(date);
    const old = await bucketFrom(key, stored[key]);
    let swapped = 0;
    const kept = old.records.map((r) => {
      const swap = swaps.get(idOf(r) as string);
      if (swap === undefined) return r;
      swapped++;
      return swap;
    });
    const next = withFresh({ v: BUCKET_VERSION, records: kept }, list);
    if (!next.added && !swapped) continue;
    writes[key] = next.bucket;
    replaced[key] = stored[key];
    added += next.added;
  }
  return { writes, replaced, added };
}

/** What can be added to a rating after its score: `[]` or '' takes a detail away. */
export type RatingAmendment = {
  regions?: Region[];
  note?: string;
  tags?: ContextTag[];
  ownTags?: string[];
  medicine?: string;
};

/** Adds details (regions, note, context) to a stored rating. Returns false when the rating is not found. */
export async function amendRating(date: LocalDate, id: string, details: RatingAmendment): Promise<boolean> {
  if (details.note !== undefined && details.note.length > NOTE_MAX)
    throw new RangeError(`note longer than ${NOTE_MAX}`);
  return withLock(dayLock(date), async () => {
    const key = bucketKey(date);
    const bucket = await bucketForWrite(key);
    const i = bucket.records.findIndex((r) => idOf(r) === id && readEntry(r)?.type === 'rating');
    if (i < 0) return false;
    const rating = withDetails(readEntry(bucket.records[i]) as RatingRecord, details);
    // Details that would make the rating unreadable (too long, an unknown tag) are refused, not stored.
    if (!isRecord(rating)) throw new RangeError('details not storable');
    const records = [...bucket.records];
    records[i] = rating;
    await setValue('local', key, { v: BUCKET_VERSION, records } satisfies Bucket);
    return true;
  });
}

/** The readable records of the given local dates, oldest first. */
export async function readDays(dates: readonly LocalDate[]): Promise<LimberRecord[]> {
  return (await readDaysChecked(dates)).records;
}

/** What a read of some days found: the records, the deletions' tombstones, and how many entries could not be read. */
export interface DaysRead {
  records: LimberRecord[];
  deleted: Tombstone[];
  unreadable: number;
}

/** Records of the given dates, the tombstones of deleted ones, and how many stored entries there could not be read. */
export async function readDaysChecked(dates: readonly LocalDate[]): Promise<DaysRead> {
  const items = await getValues('local', dates.map(bucketKey));
  const records: LimberRecord[] = [];
  const deleted: Tombstone[] = [];
  let unreadable = 0;
  for (const value of Object.values(items)) {
    if (value === undefined) continue; // nothing stored that day (a store may answer it as undefined)
    if (!isBucket(value)) {
      unreadable++;
      continue;
    }
    for (const raw of value.records) {
      const r = readEntry(raw);
      if (!r) unreadable++;
      else if (r.type === 'deleted') deleted.push(r);
      else records.push(r);
    }
  }
  return { records: records.sort((a, b) => a.at - b.at), deleted, unreadable };
}

/** Records from `from` to `to` inclusive (local dates). */
export async function readRange(from: LocalDate, to: LocalDate): Promise<LimberRecord[]> {
  return (await readRangeChecked(from, to)).records;
}

/** Every readable record (for an "all history" export): the one read that walks all of storage. */
export async function readAll(): Promise<LimberRecord[]> {
  return (await readAllEntries()).records;
}

/** Every readable record and every deletion's tombstone. */
export async function readAllEntries(): Promise<{ records: LimberRecord[]; deleted: Tombstone[] }> {
  const items = await getValues('local', null);
  const records: LimberRecord[] = [];
  const deleted: Tombstone[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(BUCKET_PREFIX)) continue;
    for (const raw of asBucket(value).records) {
      const r = readEntry(raw);
      if (r?.type === 'deleted') deleted.push(r);
      else if (r) records.push(r);
    }
  }
  return { records: records.sort((a, b) => a.at - b.at), deleted };
}

/**
 * Calls `cb` with the dates whose records changed, in this page or any other context (a prompt
 * answered, a rating edited in the diary, an import); returns the unsubscribe.
 */
export function watchDays(cb: (dates: LocalDate[]) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local') return;
    const dates = Object.keys(changes)
      .filter((k) => k.startsWith(BUCKET_PREFIX))
      .map((k) => k.slice(BUCKET_PREFIX.length));
    if (dates.length) cb(dates);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * How many day buckets one storage read asks for: a week, or the summary's twelve weeks and a few
 * days, is one read; a range of years is read this many days at a time, never held whole.
 */
export const RANGE_CHUNK_DAYS = 200;

/** The dates of a range to read, `RANGE_CHUNK_DAYS` at a time: every day, or only stored ones. */
async function* rangeChunks(from: LocalDate, to: LocalDate): AsyncGenerator<LocalDate[]> {
  const keys = dayCount(from, to) > RANGE_CHUNK_DAYS ? await listKeys('local') : null;
  if (!keys) {
    yield* dayChunks(from, to, RANGE_CHUNK_DAYS);
    return;
  }
  const dates = keys
    .filter((k) => k.startsWith(BUCKET_PREFIX))
    .map((k) => k.slice(BUCKET_PREFIX.length))
    .filter((d) => inRange(d, from, to))
    .sort();
  for (let i = 0; i < dates.length; i += RANGE_CHUNK_DAYS) yield dates.slice(i, i + RANGE_CHUNK_DAYS);
}

/**
 * Like readRange, with the count of stored entries that could not be read. The whole range is
 * read, however long (an export's header names it), a chunk of days per storage read.
 */
export async function readRangeChecked(from: LocalDate, to: LocalDate): Promise<DaysRead> {
  const records: LimberRecord[] = [];
  const deleted: Tombstone[] = [];
  let unreadable = 0;
  for await (const dates of rangeChunks(from, to)) {
    const part = await readDaysChecked(dates);
    for (const r of part.records) records.push(r);
    for (const d of part.deleted) deleted.push(d);
    unreadable += part.unreadable;
  }
  return { records: records.sort((a, b) => a.at - b.at), deleted, unreadable };
}
