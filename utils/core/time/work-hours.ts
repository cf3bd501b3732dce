import { addDays, atWallTime, DAY_MS, wallTime, weekdayOf } from './local-time';

export interface WorkRange {
  /** Minutes after midnight. */
  start: number;
  /** Minutes after midnight; a value ≤ start means the range ends on the next day. */
  end: number;
}

export interface WorkHours {
  /** Weekdays the ranges start on: 0 = Sunday … 6 = Saturday. */
  days: number[];
  ranges: WorkRange[];
}

export interface Interval {
  start: number;
  end: number;
}

/** Concrete work periods (epoch ms) that overlap [from, to], merged and sorted. */
export function workIntervals(hours: WorkHours, from: number, to: number, timeZone: string): Interval[] {
  const out: Interval[] = [];
  // Start a day early so a range that began yesterday and runs past midnight is seen.
  let date = addDays(wallTime(from, timeZone).date, -1);
  const last = wallTime(to, timeZone).date;
  for (let guard = 0; guard < 400 && date <= last; guard++, date = addDays(date, 1)) {
    if (!hours.days.includes(weekdayOf(date))) continue;
    for (const r of hours.ranges) {
      const start = atWallTime(date, r.start, timeZone);
      const end = r.end > r.start ? atWallTime(date, r.end, timeZone) : atWallTime(addDays(date, 1), r.end, timeZone);
      if (end > from && start < to && end > start) out.push({ start, end });
    }
  }
  out.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const i of out) {
    const prev = merged[merged.length - 1];
    if (prev && i.start <= prev.end) prev.end = Math.max(prev.end, i.end);
    else merged.push({ ...i });
  }
  return merged;
}

/** The work period containing `at`, if any. */
export function workIntervalAt(hours: WorkHours, at: number, timeZone: string): Interval | undefined {
  return workIntervals(hours, at, at + 1, timeZone).find((i) => i.start <= at && at < i.end);
}

/** Work periods from `from` onwards, looking up to `days` ahead. */
export function upcomingWorkIntervals(hours: WorkHours, from: number, timeZone: string, days = 8): Interval[] {
  return workIntervals(hours, from, from + days * DAY_MS, timeZone);
}
