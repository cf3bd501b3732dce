/**
 * A deleted entry leaves a tombstone under its id, in its day's bucket: an import of an older
 * export then finds the id taken and asks before bringing the entry back, instead of quietly
 * restoring what its owner removed. Tombstones are not records: no figure counts them.
 */
import * as v from 'valibot';
import { RECORD_VERSION, RecordSchema } from './records';
import type { LimberRecord } from './records';
import type { LocalDate } from '../time/local-time';

export interface Tombstone {
  v: typeof RECORD_VERSION;
  type: 'deleted';
  id: string;
  /** The deleted entry's own time, offset and date (its day's bucket holds the tombstone). */
  at: number;
  tz: number;
  date: LocalDate;
  /** What was deleted: a rating, a break, a weekly check. */
  was: LimberRecord['type'];
  /** Epoch ms of the deletion. */
  deletedAt: number;
}

const stamp = RecordSchema.options[0].entries;

export const TombstoneSchema = v.object({
  v: stamp.v,
  type: v.literal('deleted'),
  id: stamp.id,
  at: stamp.at,
  tz: stamp.tz,
  date: stamp.date,
  was: v.picklist(['rating', 'break', 'peg']),
  deletedAt: stamp.at,
});

export function isTombstone(value: unknown): value is Tombstone {
  return v.is(TombstoneSchema, value);
}

export function tombstoneOf(record: LimberRecord, now: number): Tombstone {
  const { id, at, tz, date } = record;
  return { v: RECORD_VERSION, type: 'deleted', id, at, tz, date, was: record.type, deletedAt: now };
}

/** A record or the tombstone of one: what a day's bucket holds under an id. */
export type Entry = LimberRecord | Tombstone;
