/**
 * The figures of the period a page shows: one week, or four ending with it, with everything the
 * summary and the report put on screen. Pure: the pages load the records and call this.
 */
import { addDays } from '../time/local-time';
import { weekStartOf } from '../time/week';
import { breaksVsPain } from './breaks-vs-pain';
import { compareSides } from './clinical-change';
import { goesWith } from './goes-with';
import { contextSummary } from './context-summary';
import { painStats } from './pain-stats';
import { pegFigures } from './peg';
import { seekHelpReasons } from './seek-help';
import { daysBetween, weeklyAverages } from './trend';
import { summarizeDays } from './weekly-stats';
import type { BreaksVsPain } from './breaks-vs-pain';
import type { Change, ChangeSide } from './clinical-change';
import type { GoesWithRow } from './goes-with';
import type { ContextSummary } from './context-summary';
import type { PegFigures } from './peg';
import type { SeekHelpReason } from './seek-help';
import type { WeekAverage } from './trend';
import type { PeriodSummary } from './weekly-stats';
import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from '../data/records';

/**
 * Weeks in the trend chart, and so the most history a summary ever reads (docs/clinical-basis.md,
 * "Weekly summary and clinician report").
 */
export const TREND_WEEKS = 12;

/** A summary shows one week; a report one week or the last four. */
export type PeriodWeeks = 1 | 4;

export interface DateRange {
  from: LocalDate;
  to: LocalDate;
}

/**
 * The dates to read for a page about the week containing `anchor`. The read starts before the
 * settings (and so the first day of the week) are known, so it covers the week and the trend
 * before it for both a Monday and a Sunday start, and the two reads can run side by side.
 */
export function periodReadRange(anchor: LocalDate): DateRange {
  const sunday = weekStartOf(anchor, 0);
  const monday = weekStartOf(anchor, 1);
  // LocalDate strings compare as text; Math.min/max would turn them into NaN.
  return {
    // biome-ignore lint/complexity/useMathMinMax: dates as text, see above.
    from: addDays(sunday < monday ? sunday : monday, -7 * (TREND_WEEKS - 1)),
    // biome-ignore lint/complexity/useMathMinMax: dates as text, see above.
    to: addDays(sunday > monday ? sunday : monday, 6),
  };
}

/** The dates of the `weeks` weeks ending with the week starting `lastWeekStart`, oldest first. */
export function periodDates(lastWeekStart: LocalDate, weeks: PeriodWeeks): LocalDate[] {
  const first = addDays(lastWeekStart, -7 * (weeks - 1));
  return Array.from({ length: 7 * weeks }, (_, i) => addDays(first, i));
}

/** The ratings of the dates from `from` up to, not including, `to`: mean, count and days rated. */
function changeSide(records: readonly LimberRecord[], from: LocalDate, to: LocalDate): ChangeSide | null {
  const scores: number[] = [];
  const days = new Set<LocalDate>();
  for (const r of records) {
    if (r.type !== 'rating' || r.date < from || r.date >= to) continue;
    scores.push(r.score);
    days.add(r.date);
  }
  const s = painStats(scores);
  return s && { avg: s.avg, ratings: s.count, days: days.size };
}

/**
 * Average pain of the period against the same length of time just before it (a week: the week
 * before; four weeks: the four before). Every rating of each stretch counts once, so a busy week
 * weighs more than a quiet one. Null unless both have ratings: no comparison beats a made-up one;
 * with too few ratings on either side the figures come without a verdict (`compareSides`,
 * docs/clinical-basis.md, "Clinical-change thresholds").
 */
export function periodChange(
  records: readonly LimberRecord[],
  lastWeekStart: LocalDate,
  weeks: PeriodWeeks,
): Change | null {
  const first = addDays(lastWeekStart, -7 * (weeks - 1));
  const before = changeSide(records, addDays(first, -7 * weeks), first);
  const now = changeSide(records, first, addDays(lastWeekStart, 7));
  return before && now ? compareSides(before, now) : null;
}

export interface PeriodFigures {
  /** First and last date of the period. */
  first: LocalDate;
  last: LocalDate;
  summary: PeriodSummary;
  /** Weekly averages of the trend, the last week of the period last. */
  averages: WeekAverage[];
  change: Change | null;
  /** Always over the four weeks ending with the last week, even for a one-week page. */
  breaksVsPain: BreaksVsPain | null;
  /** Over the same four weeks: what goes with the pain (morning items, context tags). */
  goesWith: GoesWithRow[];
  /** The period's morning checks and most used tags, for the report. */
  context: ContextSummary;
  seekHelp: SeekHelpReason[];
  /** The weekly check (PEG) over the trend weeks, the week shown last. */
  peg: PegFigures;
  /** Whether the trend weeks hold any record; without one the summary shows its empty state. */
  anyInTrend: boolean;
}

/**
 * Everything the summary and the report show for the period ending with the week starting
 * `lastWeekStart`, from the records `periodReadRange` read. Records older than the trend are left
 * out; the seek-help check reads the records from the last week's start on as they were read.
 */
export function periodFigures(
  records: readonly LimberRecord[],
  lastWeekStart: LocalDate,
  weeks: PeriodWeeks,
): PeriodFigures {
  const dates = periodDates(lastWeekStart, weeks);
  const inPeriod = new Set(dates);
  const trendFrom = addDays(lastWeekStart, -7 * (TREND_WEEKS - 1));
  const trend = records.filter((r) => r.date >= trendFrom);
  const period = trend.filter((r) => inPeriod.has(r.date));
  const averages = weeklyAverages(trend, lastWeekStart, TREND_WEEKS);
  return {
    first: dates[0]!,
    last: addDays(lastWeekStart, 6),
    summary: summarizeDays(period, dates),
    averages,
    change: periodChange(trend, lastWeekStart, weeks),
    breaksVsPain: breaksVsPain(trend, periodDates(lastWeekStart, 4)),
    goesWith: goesWith(trend, periodDates(lastWeekStart, 4)),
    context: contextSummary(period),
    seekHelp: seekHelpReasons(
      trend.filter((r) => r.date >= lastWeekStart),
      averages,
      trend,
      addDays(lastWeekStart, 6),
    ),
    peg: pegFigures(trend, lastWeekStart, TREND_WEEKS),
    anyInTrend: trend.length > 0,
  };
}

/**
 * The figures of a longer report, from `first` to the end of the week starting `lastWeekStart`
 * (twelve weeks, or since a chosen date). The table, the trend and the weekly checks cover the
 * whole range; "what changed" is the last four weeks against the four before (the longest span
 * whose comparison the twelve weeks read hold), and the seek-help check is the summary's own
 * (docs/clinical-basis.md, "Clinical-change thresholds" and "Seek-help rules").
 */
export function rangeFigures(
  records: readonly LimberRecord[],
  first: LocalDate,
  lastWeekStart: LocalDate,
): PeriodFigures {
  const base = periodFigures(records, lastWeekStart, 4);
  const last = addDays(lastWeekStart, 6);
  const dates: LocalDate[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) dates.push(d);
  // Weeks of the trend: every week the range touches, and never fewer than the summary's twelve.
  const weeks = Math.max(TREND_WEEKS, 1 + Math.ceil(daysBetween(first, lastWeekStart) / 7));
  return {
    ...base,
    first,
    summary: summarizeDays(records, dates),
    context: contextSummary(records.filter((r) => r.date >= first && r.date <= last)),
    averages: weeklyAverages(records, lastWeekStart, weeks),
    peg: pegFigures(records, lastWeekStart, weeks),
    anyInTrend: base.anyInTrend || records.some((r) => r.date >= first && r.date <= last),
  };
}

export interface WeekNavigation {
  /** The week shown, first and last day. */
  start: LocalDate;
  end: LocalDate;
  previous: LocalDate;
  next: LocalDate;
  /** The week shown is the one containing today: there is no next week to go to. */
  isThisWeek: boolean;
}

/** The week containing `anchor` and its neighbours, for the summary's week-by-week navigation. */
export function weekNavigation(anchor: LocalDate, today: LocalDate, weekStart: 0 | 1): WeekNavigation {
  const start = weekStartOf(anchor, weekStart);
  return {
    start,
    end: addDays(start, 6),
    previous: addDays(start, -7),
    next: addDays(start, 7),
    isThisWeek: start === weekStartOf(today, weekStart),
  };
}
