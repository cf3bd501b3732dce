/**
 * The clinician report's own figures, from the period's summary: a table row per day (one week),
 * per week (up to 13), per fortnight or per calendar month (longer ranges), so the report stays one
 * printed page; the share of prompts answered, the worst regions, the notes worth reading and how
 * many ratings were corrected after the fact. The page only formats them.
 */
import { answeredPercent } from './adherence';
import { worstRegions } from './by-region';
import type { RegionStats } from './by-region';
import type { DayStats } from './day-stats';
import type { LaterChanges } from './later-changes';
import type { PeriodWeeks } from './period';
import type { PeriodNote, PeriodSummary } from './weekly-stats';
import type { LocalDate } from '../time/local-time';

/**
 * The report is one printed page: it names this many regions and notes at most (design choices:
 * docs/clinical-basis.md, "Weekly summary and clinician report").
 */
export const REPORT_REGIONS = 3;
export const REPORT_NOTES = 5;

export interface ReportRow {
  /** The day of the row, or the first and last day of its week (`from` = `to` for a day). */
  from: LocalDate;
  to: LocalDate;
  avg: number | null;
  min: number | null;
  max: number | null;
  /** Ratings. */
  count: number;
  /**
   * Breaks taken: with the guide (completed or stopped part-way) or away from the computer, as the
   * adherence figures count them (`BreakCounts.taken`, docs/clinical-basis.md, "Stretch break").
   */
  taken: number;
  /** Stretch breaks marked done without the guide: apart, never among those taken. */
  unguided: number;
}

export interface ReportFigures {
  rows: ReportRow[];
  /** Prompts answered, in whole percent of those shown; null when none was shown. */
  answeredPercent: number | null;
  worstRegions: RegionStats[];
  /** The notes of the most painful ratings first (newest first among equals), at most REPORT_NOTES. */
  notable: PeriodNote[];
  /** Ratings of the report's weeks (not the trend before them) changed or added after the fact. */
  later: LaterChanges;
}

function dayRow(d: DayStats): ReportRow {
  return {
    from: d.date,
    to: d.date,
    avg: d.pain?.avg ?? null,
    min: d.pain?.min ?? null,
    max: d.pain?.max ?? null,
    count: d.pain?.count ?? 0,
    taken: d.breaks.taken,
    unguided: d.breaks.unguided,
  };
}

/** A row from its days (a week, fortnight or month): the average weighs each day by its ratings, as if pooled. */
function weekRow(days: readonly DayStats[]): ReportRow {
  const all = days.flatMap((d) => (d.pain ? [d.pain] : []));
  const count = all.reduce((a, p) => a + p.count, 0);
  return {
    from: days[0]!.date,
    to: days[days.length - 1]!.date,
    avg: count ? all.reduce((a, p) => a + p.avg * p.count, 0) / count : null,
    min: all.length ? Math.min(...all.map((p) => p.min)) : null,
    max: all.length ? Math.max(...all.map((p) => p.max)) : null,
    count,
    taken: days.reduce((a, d) => a + d.breaks.taken, 0),
    unguided: days.reduce((a, d) => a + d.breaks.unguided, 0),
  };
}

/** What a table row of the report covers. */
export type ReportGrouping = 'day' | 'week' | 'fortnight' | 'month';

/** The most rows the table has, so the report stays one printed page (a design choice). */
export const REPORT_MAX_ROWS = 13;

/** A row per day for a week, per week up to 13 weeks, per fortnight up to 26, per month beyond. */
export function reportGrouping(dayCount: number): ReportGrouping {
  if (dayCount <= 7) return 'day';
  if (dayCount <= 7 * REPORT_MAX_ROWS) return 'week';
  if (dayCount <= 14 * REPORT_MAX_ROWS) return 'fortnight';
  return 'month';
}

/** Runs of `size` days counted back from the last, so every row but the first is whole. */
function fromTheEnd(days: readonly DayStats[], size: number): DayStats[][] {
  const out: DayStats[][] = [];
  for (let end = days.length; end > 0; end -= size) out.unshift(days.slice(Math.max(0, end - size), end));
  return out;
}

function byMonth(days: readonly DayStats[]): DayStats[][] {
  const out: DayStats[][] = [];
  for (const d of days) {
    const last = out.at(-1);
    if (last && last[0]!.date.slice(0, 7) === d.date.slice(0, 7)) last.push(d);
    else out.push([d]);
  }
  return out;
}

/**
 * The table's rows: per day, week, fortnight or calendar month (by default from the period's
 * length, `reportGrouping`), so the table stays one page. A week's period passed as `1` gives days,
 * any other number of weeks gives weeks.
 */
export function reportRows(
  days: readonly DayStats[],
  by: PeriodWeeks | ReportGrouping = reportGrouping(days.length),
): ReportRow[] {
  const grouping = typeof by === 'number' ? (by === 1 ? 'day' : 'week') : by;
  if (grouping === 'day') return days.map(dayRow);
  if (grouping === 'month') return byMonth(days).map(weekRow);
  return fromTheEnd(days, grouping === 'week' ? 7 : 14).map(weekRow);
}

export function reportFigures(
  summary: PeriodSummary,
  by: PeriodWeeks | ReportGrouping = reportGrouping(summary.days.length),
): ReportFigures {
  return {
    rows: reportRows(summary.days, by),
    answeredPercent: answeredPercent(summary.adherence),
    worstRegions: worstRegions(summary.regions, REPORT_REGIONS),
    notable: [...summary.notes].sort((a, b) => b.score - a.score || b.at - a.at).slice(0, REPORT_NOTES),
    later: summary.later,
  };
}
