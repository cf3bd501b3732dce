import { addDays, weekdayOf } from './local-time';
import type { LocalDate } from './local-time';

/** The first day of the week containing `date`; `weekStart` 1 = Monday, 0 = Sunday. */
export function weekStartOf(date: LocalDate, weekStart: 0 | 1): LocalDate {
  const back = (weekdayOf(date) - weekStart + 7) % 7;
  return addDays(date, -back);
}

/** Minutes after local midnight when a record was made, from its own stored offset. */
export function localMinutes(at: number, tz: number): number {
  const m = Math.floor(at / 60_000) + tz;
  return ((m % 1440) + 1440) % 1440;
}

/** ISO 8601 local time with the record's own offset, e.g. 2026-11-23T11:00:00+01:00. */
export function isoLocal(at: number, tz: number): string {
  const local = new Date(at + tz * 60_000).toISOString().slice(0, 19);
  const sign = tz < 0 ? '-' : '+';
  const abs = Math.abs(tz);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
