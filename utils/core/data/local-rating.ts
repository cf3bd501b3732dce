/**
 * A one-click rating stamped on the device's own clock. The same record makeRating gives for the
 * system's time zone, without the time-zone library: what a page's first script can carry.
 */
import { RECORD_VERSION } from './record-version';
import type { RatingRecord, RatingSource } from './records';
import type { LocalDate } from '../time/local-time';

/** Where an instant falls on the device's clock: its local date and offset (minutes east of UTC). */
export interface DeviceClock {
  date: LocalDate;
  offset: number;
}

export function localRating(
  fields: { id: string; at: number; source: RatingSource; score: number },
  clock: DeviceClock,
): RatingRecord {
  const { id, at, ...rest } = fields;
  return { v: RECORD_VERSION, id, at, tz: clock.offset, date: clock.date, type: 'rating', ...rest };
}
