import { addDays, DAY_MS } from './local-time';
import type { LocalDate } from './local-time';

/**
 * The days from `from` to `to` inclusive, `size` at a time, oldest first. Made one chunk at a
 * time, so a range of decades is never held as one list.
 */
export function* dayChunks(from: LocalDate, to: LocalDate, size: number): Generator<LocalDate[]> {
  if (!(size >= 1)) throw new RangeError(`chunk size ${size}`);
  let chunk: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    chunk.push(d);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** The days from `from` to `to` inclusive (dates as text, no time zone involved); 0 when backwards. */
export function dayCount(from: LocalDate, to: LocalDate): number {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
  return Number.isFinite(days) && days > 0 ? days : 0;
}

/** Whether `date` lies between `from` and `to` inclusive (LocalDate text compares as dates). */
export function inRange(date: LocalDate, from: LocalDate, to: LocalDate): boolean {
  return date >= from && date <= to;
}
