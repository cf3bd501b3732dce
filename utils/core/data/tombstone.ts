/**
 * A deleted entry leaves a tombstone under its id, in its day's bucket: an import of an older
 * export then finds the id taken and asks before bringing the entry back, instead of quietly
 * restoring what its owner removed. Tombstones are not records: no figure counts them.
 */
import * as v from 'valibot';
import { RECORD_VERSION } from './records';
import { stampEntries as stamp } from './stamp';
import type { LimberRecord } from './records';
import type { LocalDate } from '../time/local-time';

/**
 * Every record type can be deleted in the diary. `tombstoneOf` stores a record's type here, so a
 * type missing from this list does not compile (and its tombstone would not be read back).
 */
const DELETED_TYPES = ['rating', 'break', 'peg', 'hold', 'morning'] as const satisfies readonly LimberRecord['type'][];
type DeletedType = (typeof DELETED_TYPES)[number];

export interface Tombstone {
  v: typeof RECORD_VERSION;
  type: 'deleted';
  id: string;
  /** The deleted entry's own time, offset and date (its day's bucket holds the tombstone). */
  at: number;
  tz: number;
  date: LocalDate;
  /** What was deleted: a rating, a break, a weekly check, a hold (prompts held while busy), a morning check. */
  was: DeletedType;
  /** Epoch ms of the deletion. */
  deletedAt: number;
}

export const TombstoneSchema = v.object({
  v: stamp.v,
  type: v.literal('deleted'),
  id: stamp.id,
  at: stamp.at,
  tz: stamp.tz,
  date: stamp.date,
  was: v.picklist(DELETED_TYPES),
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
