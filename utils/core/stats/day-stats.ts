/** Figures of one day (pain, breaks by what happened, posture checks) and their totals over a period. */
import { adherence, noBreaks } from './adherence';
import { isBreak, isRating } from './grouping';
import { painStats } from './pain-stats';
import type { BreakOutcome, BreakOutcomes } from './adherence';
import type { PainStats } from './pain-stats';
import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from '../data/records';

/**
 * Stretch and natural breaks by what happened (`breakOutcome`), and how many of them were taken.
 * `taken` is what every "Breaks taken" figure and column shows, the same as the adherence figures
 * (`adherence().breaksTaken`): stretch breaks whose guide was started (completed or stopped
 * part-way) and natural breaks away from the computer. A break marked done without the guide is
 * never in it; it is counted apart (`unguided`). Records from before the guide's progress was kept
 * count as started when they have a time (`seconds`), as unguided when not, never as guided
 * (docs/clinical-basis.md, "Stretch break", "What is counted").
 */
export interface BreakCounts extends BreakOutcomes {
  taken: number;
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
  const posture: PostureCounts = { answered: 0, fixed: 0, missed: 0 };
  const scores: number[] = [];
  for (const r of records) {
    if (isRating(r)) scores.push(r.score);
    else if (isBreak(r) && r.kind === 'posture') {
      if (r.outcome === 'done') {
        posture.answered++;
        if (r.fixed) posture.fixed++;
      } else if (r.outcome === 'missed') posture.missed++;
    }
  }
  // The adherence figures' own count, so a day's breaks cannot disagree with the period's.
  // Eye breaks are neither; they count as prompts answered only.
  const day = adherence(records);
  return { date, pain: painStats(scores), breaks: { ...day.breaks, taken: day.breaksTaken }, posture };
}

export interface PeriodTotals {
  breaks: BreakCounts;
  posture: PostureCounts;
}

/** The day counts added up over a period; `breaks` equals the period's adherence figures. */
export function totalsOf(days: readonly DayStats[]): PeriodTotals {
  const breaks: BreakCounts = { ...noBreaks(), taken: 0 };
  const posture: PostureCounts = { answered: 0, fixed: 0, missed: 0 };
  for (const d of days) {
    for (const k of Object.keys(breaks) as (BreakOutcome | 'taken')[]) breaks[k] += d.breaks[k];
    posture.answered += d.posture.answered;
    posture.fixed += d.posture.fixed;
    posture.missed += d.posture.missed;
  }
  return { breaks, posture };
}
