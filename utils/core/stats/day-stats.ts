/** Figures of one day (pain, breaks by outcome, posture checks) and their totals over a period. */
import { isBreak, isRating } from './grouping';
import { painStats } from './pain-stats';
import type { PainStats } from './pain-stats';
import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from '../data/records';

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

/** The day's figures from the records made on that day (the caller groups them by date). */
export function dayStats(date: LocalDate, records: readonly LimberRecord[]): DayStats {
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

export interface PeriodTotals {
  breaks: BreakCounts;
  posture: PostureCounts;
}

/**
 * The day counts added up over a period. The overview and the report show them as they are:
 * `breaks.done` is the stretch breaks taken, `breaks.natural` the natural ones.
 */
export function totalsOf(days: readonly DayStats[]): PeriodTotals {
  const breaks: BreakCounts = { done: 0, natural: 0, snoozed: 0, skipped: 0, missed: 0 };
  const posture: PostureCounts = { answered: 0, fixed: 0, missed: 0 };
  for (const d of days) {
    breaks.done += d.breaks.done;
    breaks.natural += d.breaks.natural;
    breaks.snoozed += d.breaks.snoozed;
    breaks.skipped += d.breaks.skipped;
    breaks.missed += d.breaks.missed;
    posture.answered += d.posture.answered;
    posture.fixed += d.posture.fixed;
    posture.missed += d.posture.missed;
  }
  return { breaks, posture };
}
