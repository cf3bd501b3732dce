/**
 * Weekly statistics: records in, summary out. Pure; every record is placed by its own stored
 * local date and offset, so DST changes and travel between records cannot move it to another day.
 */
import { addDays } from '../time/local-time';
import { REGIONS } from '../content/regions';
import { weekDates, localMinutes } from '../time/week';
import { clinicalChange } from './clinical-change';
import type { Change } from './clinical-change';
import type { LocalDate } from '../time/local-time';
import type { BreakRecord, LimberRecord, RatingRecord } from '../data/records';
import type { Region } from '../content/regions';

export interface PainStats {
  count: number;
  avg: number;
  min: number;
  max: number;
}

export interface BreakCounts {
  /** Stretch breaks done. */
  done: number;
  natural: number;
  snoozed: number;
  skipped: number;
  missed: number;
}

export interface PostureCounts {
  answered: number;
  fixed: number;
  missed: number;
}

export interface DayStats {
  date: LocalDate;
  pain: PainStats | null;
  breaks: BreakCounts;
  posture: PostureCounts;
}

export interface RegionStats {
  region: Region;
  count: number;
  avg: number;
  max: number;
}

export type TimeBin = 'morning' | 'midday' | 'afternoon' | 'evening';
export const TIME_BINS: readonly TimeBin[] = ['morning', 'midday', 'afternoon', 'evening'];

export interface TimeBinStats {
  bin: TimeBin;
  count: number;
  avg: number | null;
}

export interface Adherence {
  /** Prompts shown by the schedule and answered (done, fixed/good or rated), of all that were shown. */
  answered: number;
  shown: number;
  breaksTaken: number;
  breaksOffered: number;
}

export interface PeriodSummary {
  days: DayStats[];
  pain: PainStats | null;
  regions: RegionStats[];
  timeOfDay: TimeBinStats[];
  adherence: Adherence;
  /** Notes of the week, newest first, with their score. */
  notes: { date: LocalDate; at: number; tz: number; score: number; note: string }[];
}

export function painStats(scores: readonly number[]): PainStats | null {
  if (!scores.length) return null;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const s of scores) {
    sum += s;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  return { count: scores.length, avg: sum / scores.length, min, max };
}

/** Morning before 11:00, midday until 14:00, afternoon until 18:00, evening after. */
export function timeBinOf(minutes: number): TimeBin {
  if (minutes < 11 * 60) return 'morning';
  if (minutes < 14 * 60) return 'midday';
  if (minutes < 18 * 60) return 'afternoon';
  return 'evening';
}

const isRating = (r: LimberRecord): r is RatingRecord => r.type === 'rating';
const isBreak = (r: LimberRecord): r is BreakRecord => r.type === 'break';

function dayStats(date: LocalDate, records: readonly LimberRecord[]): DayStats {
  const breaks: BreakCounts = { done: 0, natural: 0, snoozed: 0, skipped: 0, missed: 0 };
  const posture: PostureCounts = { answered: 0, fixed: 0, missed: 0 };
  const scores: number[] = [];
  for (const r of records) {
    if (isRating(r)) scores.push(r.score);
    else if (!isBreak(r)) continue;
    else if (r.kind === 'natural') breaks.natural++;
    // Eye breaks (20 s) are not counted with stretch breaks; they count for adherence.
    else if (r.kind === 'stretch') breaks[r.outcome]++;
    else if (r.kind === 'posture') {
      if (r.outcome === 'done') {
        posture.answered++;
        if (r.fixed) posture.fixed++;
      } else if (r.outcome === 'missed') posture.missed++;
    }
  }
  return { date, pain: painStats(scores), breaks, posture };
}

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

export interface WeekSummary extends PeriodSummary {
  start: LocalDate;
}

export function summarizeWeek(records: readonly LimberRecord[], start: LocalDate): WeekSummary {
  return { start, ...summarizeDays(records, weekDates(start)) };
}

/** The summary of any run of dates (a week, or the last four for a report). */
export function summarizeDays(records: readonly LimberRecord[], dates: readonly LocalDate[]): PeriodSummary {
  const inWeek = new Set(dates);
  const week = records.filter((r) => inWeek.has(r.date));
  const grouped = byDate(week);
  const days = dates.map((d) => dayStats(d, grouped.get(d) ?? []));
  const ratings = week.filter(isRating);

  const regionScores = new Map<Region, number[]>();
  for (const r of ratings) for (const region of r.regions ?? []) regionScores.set(region, [...(regionScores.get(region) ?? []), r.score]);
  const regions = REGIONS.flatMap((region) => {
    const s = painStats(regionScores.get(region) ?? []);
    return s ? [{ region, count: s.count, avg: s.avg, max: s.max }] : [];
  }).sort((a, b) => b.count - a.count || b.avg - a.avg);

  const bins = new Map<TimeBin, number[]>(TIME_BINS.map((b) => [b, []]));
  for (const r of ratings) bins.get(timeBinOf(localMinutes(r.at, r.tz)))!.push(r.score);
  const timeOfDay = TIME_BINS.map((bin) => {
    const s = painStats(bins.get(bin)!);
    return { bin, count: s?.count ?? 0, avg: s?.avg ?? null };
  });

  return {
    days,
    pain: painStats(ratings.map((r) => r.score)),
    regions,
    timeOfDay,
    adherence: adherence(week),
    notes: ratings
      .filter((r) => r.note)
      .map((r) => ({ date: r.date, at: r.at, tz: r.tz, score: r.score, note: r.note! }))
      .sort((a, b) => b.at - a.at),
  };
}

/**
 * Prompts answered against prompts shown. A prompt part leaves one record: a rating or a "done"
 * break when answered; snoozed, skipped or missed otherwise (a snooze is followed by the part again).
 */
export function adherence(records: readonly LimberRecord[]): Adherence {
  let answered = 0;
  let shown = 0;
  let breaksTaken = 0;
  let breaksOffered = 0;
  for (const r of records) {
    if (isRating(r)) {
      if (r.source === 'prompt') {
        answered++;
        shown++;
      }
      continue;
    }
    if (r.type === 'peg') {
      answered++;
      shown++;
      continue;
    }
    if (r.kind === 'natural') {
      breaksTaken++;
      continue;
    }
    if (r.outcome === 'snoozed') continue;
    shown++;
    if (r.outcome === 'done') answered++;
    if (r.kind === 'stretch') {
      breaksOffered++;
      if (r.outcome === 'done') breaksTaken++;
    }
  }
  return { answered, shown, breaksTaken, breaksOffered };
}

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
  return Math.round((Date.UTC(yb!, mb! - 1, db!) - Date.UTC(ya!, ma! - 1, da!)) / 86_400_000);
}

/** This week against the week before, when both have ratings. */
export function compareWeeks(averages: readonly WeekAverage[]): Change | null {
  const cur = averages[averages.length - 1];
  const prev = averages[averages.length - 2];
  if (cur?.avg == null || prev?.avg == null) return null;
  return clinicalChange(prev.avg, cur.avg);
}

export interface BreaksVsPain {
  /** Days with more breaks taken than the median day. */
  more: { days: number; ratings: number; avg: number; breaksPerDay: number };
  rest: { days: number; ratings: number; avg: number; breaksPerDay: number };
  fromDate: LocalDate;
  toDate: LocalDate;
}

export const MIN_DAYS_EACH_SIDE = 3;

/**
 * Pain on the days with the most breaks taken against the other days, over the dates given.
 * Only days with at least one rating count; null unless each side has at least 3 days.
 */
export function breaksVsPain(records: readonly LimberRecord[], dates: readonly LocalDate[]): BreaksVsPain | null {
  const grouped = byDate(records);
  const days = dates.flatMap((date) => {
    const list = grouped.get(date) ?? [];
    const scores = list.filter(isRating).map((r) => r.score);
    if (!scores.length) return [];
    const taken = list.filter((r) => isBreak(r) && r.outcome === 'done' && (r.kind === 'stretch' || r.kind === 'natural')).length;
    return [{ scores, taken }];
  });
  if (days.length < 2 * MIN_DAYS_EACH_SIDE) return null;
  const sorted = [...days].map((d) => d.taken).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const more = days.filter((d) => d.taken > median);
  const rest = days.filter((d) => d.taken <= median);
  if (more.length < MIN_DAYS_EACH_SIDE || rest.length < MIN_DAYS_EACH_SIDE) return null;
  const side = (list: typeof days) => {
    const scores = list.flatMap((d) => d.scores);
    return {
      days: list.length,
      ratings: scores.length,
      avg: scores.reduce((a, b) => a + b, 0) / scores.length,
      breaksPerDay: list.reduce((a, d) => a + d.taken, 0) / list.length,
    };
  };
  return { more: side(more), rest: side(rest), fromDate: dates[0]!, toDate: dates[dates.length - 1]! };
}
