/**
 * The clinician report's own figures, from the period's summary: a table row per day (one week)
 * or per week (four weeks), the share of prompts answered, the worst regions, the notes worth
 * reading and how many ratings were corrected after the fact. The page only formats them.
 */
import { answeredPercent } from './adherence';
import { worstRegions } from './by-region';
import type { RegionStats } from './by-region';
import type { DayStats } from './day-stats';
import type { LaterChanges } from './later-changes';
import type { PeriodWeeks } from './period';
import type { PeriodNote, PeriodSummary } from './weekly-stats';
import type { LocalDate } from '../time/local-time';

/** The report is one printed page: it names this many regions and notes at most. */
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
  /** Stretch and natural breaks taken. */
  breaks: number;
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
    breaks: d.breaks.done + d.breaks.natural,
  };
}

/** A week's row from its days: the average weighs each day by its ratings, as if pooled. */
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
    breaks: days.reduce((a, d) => a + d.breaks.done + d.breaks.natural, 0),
  };
}

/** One row per day for a week; one per week for four, so the table stays one page either way. */
export function reportRows(days: readonly DayStats[], weeks: PeriodWeeks): ReportRow[] {
  if (weeks === 1) return days.map(dayRow);
  return Array.from({ length: weeks }, (_, w) => weekRow(days.slice(w * 7, w * 7 + 7)));
}

export function reportFigures(summary: PeriodSummary, weeks: PeriodWeeks): ReportFigures {
  return {
    rows: reportRows(summary.days, weeks),
    answeredPercent: answeredPercent(summary.adherence),
    worstRegions: worstRegions(summary.regions, REPORT_REGIONS),
    notable: [...summary.notes].sort((a, b) => b.score - a.score || b.at - a.at).slice(0, REPORT_NOTES),
    later: summary.later,
  };
}
