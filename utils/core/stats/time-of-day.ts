/**
 * Pain by time of day, each rating placed by the clock reading where and when it was made. With
 * pain times set, one row per time, holding the ratings that most likely answer it; without, four
 * fixed parts of the day (docs/clinical-basis.md, "Time-of-day groups"). Pure.
 */
import { PAIN_COVER_MIN, PAIN_RELEVANCE_MS } from '../scheduler/context';
import { localMinutes } from '../time/week';
import { painStats } from './pain-stats';
import type { RatingRecord } from '../data/records';

export type TimeBin = 'morning' | 'midday' | 'afternoon' | 'evening';
export const TIME_BINS: readonly TimeBin[] = ['morning', 'midday', 'afternoon', 'evening'];

/** A row: a fixed part of the day, one of the user's pain times, or the ratings near none of them. */
export type TimeGroup = { kind: 'bin'; bin: TimeBin } | { kind: 'time'; minutes: number } | { kind: 'other' };

export interface TimeGroupStats {
  group: TimeGroup;
  count: number;
  avg: number | null;
}

/** A rating as the time-of-day rows need it: minutes after its own local midnight, and its score. */
export interface RatingTime {
  minutes: number;
  score: number;
}

/** The record's own offset, so a rating made while travelling keeps its local hour. */
export const ratingTime = (r: RatingRecord): RatingTime => ({ minutes: localMinutes(r.at, r.tz), score: r.score });

/** Morning before 11:00, midday until 14:00, afternoon until 18:00, evening after. */
export function timeBinOf(minutes: number): TimeBin {
  if (minutes < 11 * 60) return 'morning';
  if (minutes < 14 * 60) return 'midday';
  if (minutes < 18 * 60) return 'afternoon';
  return 'evening';
}

/**
 * A pain time's reach, as the scheduler has it: a rating of one's own up to an hour before stands
 * in for it, and its prompt stays open until two hours after.
 */
export const REACH_BEFORE_MIN = PAIN_COVER_MIN;
export const REACH_AFTER_MIN = PAIN_RELEVANCE_MS / 60_000;

const DAY_MIN = 24 * 60;

/** Minutes from `time` to `minutes` on the clock, across midnight: −720 up to 719. */
function offset(minutes: number, time: number): number {
  return ((((minutes - time + DAY_MIN / 2) % DAY_MIN) + DAY_MIN) % DAY_MIN) - DAY_MIN / 2;
}

/** The pain times set, once each, in the order of the day. */
export const sortedTimes = (times: readonly number[]): number[] => [...new Set(times)].sort((a, b) => a - b);

/**
 * The pain time a rating at `minutes` belongs to: of the times whose reach holds it, the nearest
 * (halfway between two times, the later one); null when none reaches it.
 */
export function painTimeOf(minutes: number, times: readonly number[]): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const t of sortedTimes(times)) {
    const d = offset(minutes, t);
    if (d < -REACH_BEFORE_MIN || d >= REACH_AFTER_MIN) continue;
    // `<=`: the times go in clock order, so on a tie the later one wins.
    if (Math.abs(d) <= bestDistance) {
      best = t;
      bestDistance = Math.abs(d);
    }
  }
  return best;
}

const keyOf = (g: TimeGroup): string => (g.kind === 'bin' ? g.bin : g.kind === 'time' ? String(g.minutes) : 'other');

/**
 * Every row, in the order of the day, even when empty (a missing bar would read as no pain): one
 * per pain time and "other times" last, or the fixed parts of the day when no pain time is set.
 */
export function timeOfDayGroups(ratings: readonly RatingTime[], painTimes: readonly number[]): TimeGroupStats[] {
  const times = sortedTimes(painTimes);
  const groups: TimeGroup[] = times.length
    ? [...times.map((minutes): TimeGroup => ({ kind: 'time', minutes })), { kind: 'other' }]
    : TIME_BINS.map((bin): TimeGroup => ({ kind: 'bin', bin }));
  const scores = new Map<string, number[]>(groups.map((g) => [keyOf(g), []]));
  for (const r of ratings) {
    const t = times.length ? painTimeOf(r.minutes, times) : null;
    const key = !times.length ? timeBinOf(r.minutes) : t === null ? 'other' : String(t);
    scores.get(key)!.push(r.score);
  }
  return groups.map((group) => {
    const s = painStats(scores.get(keyOf(group))!);
    return { group, count: s?.count ?? 0, avg: s?.avg ?? null };
  });
}
