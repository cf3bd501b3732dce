/** Pain by time of day, each rating placed by the clock reading where and when it was made. */
import { localMinutes } from '../time/week';
import { painStats } from './pain-stats';
import type { RatingRecord } from '../data/records';

export type TimeBin = 'morning' | 'midday' | 'afternoon' | 'evening';
export const TIME_BINS: readonly TimeBin[] = ['morning', 'midday', 'afternoon', 'evening'];

export interface TimeBinStats {
  bin: TimeBin;
  count: number;
  avg: number | null;
}

/** Morning before 11:00, midday until 14:00, afternoon until 18:00, evening after. */
export function timeBinOf(minutes: number): TimeBin {
  if (minutes < 11 * 60) return 'morning';
  if (minutes < 14 * 60) return 'midday';
  if (minutes < 18 * 60) return 'afternoon';
  return 'evening';
}

/** Every bin, in the order of the day, even when empty: a missing bar would read as no pain. */
export function timeOfDayStats(ratings: readonly RatingRecord[]): TimeBinStats[] {
  const bins = new Map<TimeBin, number[]>(TIME_BINS.map((b) => [b, []]));
  // The record's own offset, so a rating made while travelling keeps its local hour.
  for (const r of ratings) bins.get(timeBinOf(localMinutes(r.at, r.tz)))!.push(r.score);
  return TIME_BINS.map((bin) => {
    const s = painStats(bins.get(bin)!);
    return { bin, count: s?.count ?? 0, avg: s?.avg ?? null };
  });
}
