/**
 * The stored records and tombstones of a range, or of all history, a few days per storage read and
 * in time order across the reads: an export of twenty years never holds them all at once.
 */
import { listKeys } from './area';
import { BUCKET_PREFIX, readAllEntries, readDaysChecked, readRangeChecked } from './records';
import { dayChunks, dayCount, inRange } from '../core/time/date-range';
import { TimeOrder } from '../core/data/time-order';
import type { LimberRecord } from '../core/data/records';
import type { LocalDate } from '../core/time/local-time';
import type { Tombstone } from '../core/data/tombstone';

/**
 * Days per read: two weeks of a heavy user (issue 12: about 55 records a workday) are some 550
 * records, read, checked and written out well within a frame's worth of work.
 */
export const EXPORT_CHUNK_DAYS = 14;

/** Records per piece when everything was read at once (see `whole`). */
const WHOLE_SLICE = 500;

export interface EntryChunk {
  /** Oldest first, and after every record of the chunks before. */
  records: LimberRecord[];
  /** Likewise. */
  deleted: Tombstone[];
  /** Progress: steps done of `total` (days read, or records handed on after a whole read). */
  done: number;
  total: number;
}

type Range = { from: LocalDate; to: LocalDate } | null;

/**
 * The days to read, a chunk at a time, and how many there are: the stored days where the browser
 * lists keys; otherwise every day of a range. Null for all history where keys cannot be listed.
 */
async function dayPlan(range: Range, days: number): Promise<{ chunks: Iterable<LocalDate[]>; total: number } | null> {
  const keys = await listKeys('local');
  if (keys) {
    const dates = keys
      .filter((k) => k.startsWith(BUCKET_PREFIX))
      .map((k) => k.slice(BUCKET_PREFIX.length))
      .filter((d) => !range || inRange(d, range.from, range.to))
      .sort();
    const chunks: LocalDate[][] = [];
    for (let i = 0; i < dates.length; i += days) chunks.push(dates.slice(i, i + days));
    return { chunks, total: dates.length };
  }
  return range ? { chunks: dayChunks(range.from, range.to, days), total: dayCount(range.from, range.to) } : null;
}

/** Everything read at once, then handed on in slices: the fallback (see `entryChunks`). */
async function* wholeRead(range: Range): AsyncGenerator<EntryChunk> {
  const read = range ? await readRangeChecked(range.from, range.to) : await readAllEntries();
  const { records } = read;
  const deleted = [...read.deleted].sort((a, b) => a.at - b.at);
  const total = records.length;
  for (let i = 0; i === 0 || i < total; i += WHOLE_SLICE) {
    const end = Math.min(i + WHOLE_SLICE, total);
    yield { records: records.slice(i, end), deleted: i === 0 ? deleted : [], done: end, total };
  }
}

/**
 * The entries of `range` (null: all history) in chunks of `days` stored days, oldest first across
 * chunks: joined, the chunks' records are `readAllEntries` / `readRangeChecked`'s, sorted by time.
 * `whole` reads everything at once instead, as where the browser cannot list keys for all history
 * (Firefox before 143), or where an entry's date does not match its time: then a chunked read throws
 * OutOfOrderError (utils/core/data/time-order.ts) and the caller starts again with `whole`.
 */
export async function* entryChunks(
  range: Range,
  opts: { days?: number; whole?: boolean } = {},
): AsyncGenerator<EntryChunk> {
  const plan = opts.whole ? null : await dayPlan(range, opts.days ?? EXPORT_CHUNK_DAYS);
  if (!plan) {
    yield* wholeRead(range);
    return;
  }
  const records = new TimeOrder<LimberRecord>();
  const deleted = new TimeOrder<Tombstone>();
  const chunks = plan.chunks[Symbol.iterator]();
  let done = 0;
  let current = chunks.next();
  if (current.done) yield { records: [], deleted: [], done: 0, total: 0 };
  while (!current.done) {
    const dates = current.value;
    const read = await readDaysChecked(dates);
    current = chunks.next();
    const next = current.done ? null : current.value[0]!;
    done += dates.length;
    yield {
      records: records.take(read.records, next),
      deleted: deleted.take(read.deleted, next),
      done,
      total: plan.total,
    };
  }
}
