/**
 * What every stored entry carries: its version, id, time, offset and local date. Apart from the
 * record types so each can be defined in a file of its own.
 */
import * as v from 'valibot';
import { LOCAL_DATE_PATTERN, wallTime } from '../time/local-time';
import { RECORD_VERSION } from './record-version';
import type { LocalDate } from '../time/local-time';

export interface Stamp {
  v: typeof RECORD_VERSION;
  id: string;
  /** Epoch ms. */
  at: number;
  /** Minutes east of UTC when the record was made. */
  tz: number;
  /** Local calendar date when the record was made, so a day stays a day across travel and DST. */
  date: LocalDate;
}

export const stampEntries = {
  v: v.literal(RECORD_VERSION),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  // Within dates a browser can represent, and no later than 2200: anything else is not a real record.
  at: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7_258_118_400_000)),
  tz: v.pipe(v.number(), v.integer(), v.minValue(-14 * 60), v.maxValue(14 * 60)),
  date: v.pipe(v.string(), v.regex(LOCAL_DATE_PATTERN)),
};

export function score0to10() {
  return v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10));
}

export function stampAt(id: string, at: number, timeZone: string): Stamp {
  const w = wallTime(at, timeZone);
  return { v: RECORD_VERSION, id, at, tz: w.offset, date: w.date };
}
