/**
 * The summary of a run of dates (a week, or four for a report): records in, figures out. Pure;
 * every record is placed by its own stored local date and offset, so DST changes and travel
 * between records cannot move it to another day. Each figure comes from its own module; this one
 * only picks the records of the dates and puts the figures together.
 */
import { adherence } from './adherence';
import { regionStats } from './by-region';
import { dayStats, totalsOf } from './day-stats';
import { byDate, isRating } from './grouping';
import { holdFigures } from './holds';
import { laterChanges } from './later-changes';
import { painStats } from './pain-stats';
import { ratingTime } from './time-of-day';
import type { Adherence } from './adherence';
import type { RegionStats } from './by-region';
import type { DayStats, PeriodTotals } from './day-stats';
import type { HoldFigures } from './holds';
import type { LaterChanges } from './later-changes';
import type { PainStats } from './pain-stats';
import type { RatingTime } from './time-of-day';
import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from '../data/records';

export interface PeriodNote {
  date: LocalDate;
  at: number;
  tz: number;
  score: number;
  note: string;
}

export interface PeriodSummary {
  days: DayStats[];
  /** The day counts added up, as the overview and the report show them. */
  totals: PeriodTotals;
  pain: PainStats | null;
  regions: RegionStats[];
  /**
   * Each rating's local clock time and score, in the order stored: the page groups them by the
   * user's pain times (`timeOfDayGroups`), which this summary does not know.
   */
  ratingTimes: RatingTime[];
  adherence: Adherence;
  /** Notes of the period, newest first, with their score. */
  notes: PeriodNote[];
  /** Ratings of the period changed or added after the fact, and morning checks changed. */
  later: LaterChanges;
  /** Prompts held while the user was busy, and how long the holds lasted. */
  holds: HoldFigures;
}

/** The summary of any run of dates; records on other dates are left out. */
export function summarizeDays(records: readonly LimberRecord[], dates: readonly LocalDate[]): PeriodSummary {
  const inPeriod = new Set(dates);
  const period = records.filter((r) => inPeriod.has(r.date));
  const grouped = byDate(period);
  const days = dates.map((d) => dayStats(d, grouped.get(d) ?? []));
  const ratings = period.filter(isRating);
  return {
    days,
    totals: totalsOf(days),
    pain: painStats(ratings.map((r) => r.score)),
    regions: regionStats(ratings),
    ratingTimes: ratings.map(ratingTime),
    adherence: adherence(period),
    notes: ratings
      .filter((r) => r.note)
      .map((r) => ({ date: r.date, at: r.at, tz: r.tz, score: r.score, note: r.note! }))
      .sort((a, b) => b.at - a.at),
    later: laterChanges(period),
    holds: holdFigures(period),
  };
}
