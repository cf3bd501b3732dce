/** Weekly average pain over the last weeks: the trend chart and the seek-help checks read it. */
import { addDays, DAY_MS } from '../time/local-time';
import { isRating } from './grouping';
import { painStats } from './pain-stats';
import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from '../data/records';

export interface WeekAverage {
  start: LocalDate;
  avg: number | null;
  count: number;
}

/** Average pain of each of the `weeks` weeks ending with the one starting at `lastStart`, oldest first. */
export function weeklyAverages(records: readonly LimberRecord[], lastStart: LocalDate, weeks: number): WeekAverage[] {
  const starts = Array.from({ length: weeks }, (_, i) => addDays(lastStart, -7 * (weeks - 1 - i)));
  const first = starts[0]!;
  const end = addDays(lastStart, 7);
  const buckets = new Map<LocalDate, number[]>(starts.map((s) => [s, []]));
  for (const r of records) {
    if (!isRating(r) || r.date < first || r.date >= end) continue;
    const idx = Math.floor(daysBetween(first, r.date) / 7);
    buckets.get(starts[idx]!)!.push(r.score);
  }
  return starts.map((start) => {
    const s = painStats(buckets.get(start)!);
    return { start, avg: s?.avg ?? null, count: s?.count ?? 0 };
  });
}

/** Whole days from `a` to `b` (calendar dates, so DST cannot make a day 23 or 25 hours). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  const [ya, ma, da] = a.split('-').map(Number);
  const [yb, mb, db] = b.split('-').map(Number);
  return Math.round((Date.UTC(yb!, mb! - 1, db!) - Date.UTC(ya!, ma! - 1, da!)) / DAY_MS);
}
