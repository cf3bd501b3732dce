/**
 * Owns the rating and break records in storage.local. Records are bucketed by their own local
 * date (`rec:YYYY-MM-DD`), so reading a week reads seven keys whatever the length of history,
 * and a range of years is read a chunk of days at a time.
 */
import { keepAside } from './problems';
import { getValue, getValues, listKeys, setValue } from './area';
import { withLock } from './lock';
import { dayChunks, dayCount, inRange } from '../core/time/date-range';
import { isRecord, NOTE_MAX } from '../core/data/records';
import type { LocalDate } from '../core/time/local-time';
import type { LimberRecord, RatingRecord } from '../core/data/records';
import type { Region } from '../core/content/regions';

export const BUCKET_VERSION = 1;

interface Bucket {
  v: typeof BUCKET_VERSION;
  /** Kept as stored: an entry this version cannot read is left in place, never dropped. */
  records: unknown[];
}

const BUCKET_PREFIX = 'rec:';
const bucketKey = (date: LocalDate): string => `${BUCKET_PREFIX}${date}`;

function isBucket(raw: unknown): raw is Bucket {
  return (
    !!raw && typeof raw === 'object' && Array.isArray((raw as Bucket).records) && (raw as Bucket).v === BUCKET_VERSION
  );
}

function asBucket(raw: unknown): Bucket {
  return isBucket(raw) ? raw : { v: BUCKET_VERSION, records: [] };
}

/** A day's bucket, ready to be written: an unreadable stored value is kept aside first. */
async function bucketForWrite(key: string): Promise<Bucket> {
  const raw = await getValue('local', key);
  if (raw !== undefined && !isBucket(raw)) {
    await keepAside(key, raw, 'dayUnreadable');
    return { v: BUCKET_VERSION, records: [] };
  }
  return asBucket(raw);
}

function idOf(entry: unknown): unknown {
  return entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
}

/** Adds records; one already stored under the same id is kept as is. Returns how many were new. */
export async function addRecords(records: readonly LimberRecord[]): Promise<number> {
  const byDate = new Map<LocalDate, LimberRecord[]>();
  for (const r of records) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
  let added = 0;
  await Promise.all(
    [...byDate].map(([date, list]) =>
      withLock(`limber-rec-${date}`, async () => {
        const key = bucketKey(date);
        const bucket = await bucketForWrite(key);
        const ids = new Set(bucket.records.map(idOf));
        const fresh = list.filter((r) => !ids.has(r.id) && ids.add(r.id));
        if (!fresh.length) return;
        await setValue('local', key, { v: BUCKET_VERSION, records: [...bucket.records, ...fresh] } satisfies Bucket);
        added += fresh.length;
      }),
    ),
  );
  return added;
}

export type RatingAmendment = { regions?: Region[]; note?: string };

/** Adds body regions and a note to a stored rating. Returns false when the rating is not found. */
export async function amendRating(date: LocalDate, id: string, details: RatingAmendment): Promise<boolean> {
  if (details.note !== undefined && details.note.length > NOTE_MAX)
    throw new RangeError(`note longer than ${NOTE_MAX}`);
  return withLock(`limber-rec-${date}`, async () => {
    const key = bucketKey(date);
    const bucket = await bucketForWrite(key);
    const i = bucket.records.findIndex((r) => idOf(r) === id && isRecord(r) && r.type === 'rating');
    if (i < 0) return false;
    const rating = { ...(bucket.records[i] as RatingRecord) };
    if (details.regions !== undefined) rating.regions = details.regions;
    if (details.note !== undefined) {
      const note = details.note.trim();
      if (note) rating.note = note;
      else delete rating.note;
    }
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

/** Records of the given dates, and how many stored entries there could not be read. */
export async function readDaysChecked(
  dates: readonly LocalDate[],
): Promise<{ records: LimberRecord[]; unreadable: number }> {
  const items = await getValues('local', dates.map(bucketKey));
  const records: LimberRecord[] = [];
  let unreadable = 0;
  for (const value of Object.values(items)) {
    if (value === undefined) continue; // nothing stored that day (a store may answer it as undefined)
    if (!isBucket(value)) {
      unreadable++;
      continue;
    }
    for (const r of value.records) {
      if (isRecord(r)) records.push(r);
      else unreadable++;
    }
  }
  return { records: records.sort((a, b) => a.at - b.at), unreadable };
}

/** Records from `from` to `to` inclusive (local dates). */
export async function readRange(from: LocalDate, to: LocalDate): Promise<LimberRecord[]> {
  return (await readRangeChecked(from, to)).records;
}

/** Every readable record (for an "all history" export): the one read that walks all of storage. */
export async function readAll(): Promise<LimberRecord[]> {
  const items = await getValues('local', null);
  const out: LimberRecord[] = [];
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(BUCKET_PREFIX)) continue;
    for (const r of asBucket(value).records) if (isRecord(r)) out.push(r);
  }
  return out.sort((a, b) => a.at - b.at);
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
export async function readRangeChecked(
  from: LocalDate,
  to: LocalDate,
): Promise<{ records: LimberRecord[]; unreadable: number }> {
  const records: LimberRecord[] = [];
  let unreadable = 0;
  for await (const dates of rangeChunks(from, to)) {
    const part = await readDaysChecked(dates);
    for (const r of part.records) records.push(r);
    unreadable += part.unreadable;
  }
  return { records: records.sort((a, b) => a.at - b.at), unreadable };
}
