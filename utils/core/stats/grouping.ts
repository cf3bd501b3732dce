/**
 * How the statistics pick and group records. Every record is placed by its own stored local date,
 * so DST changes and travel between records cannot move it to another day.
 */
import type { LocalDate } from '../time/local-time';
import type { BreakRecord, LimberRecord, RatingRecord } from '../data/records';

export const isRating = (r: LimberRecord): r is RatingRecord => r.type === 'rating';
export const isBreak = (r: LimberRecord): r is BreakRecord => r.type === 'break';

/** Groups records by their own local date. */
export function byDate(records: readonly LimberRecord[]): Map<LocalDate, LimberRecord[]> {
  const map = new Map<LocalDate, LimberRecord[]>();
  for (const r of records) {
    const list = map.get(r.date);
    if (list) list.push(r);
    else map.set(r.date, [r]);
  }
  return map;
}

/** Scores of the ratings made on dates from `from` up to, not including, `to`. */
export function scoresBetween(records: readonly LimberRecord[], from: LocalDate, to: LocalDate): number[] {
  return records.flatMap((r) => (r.type === 'rating' && r.date >= from && r.date < to ? [r.score] : []));
}
