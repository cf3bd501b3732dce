/**
 * The weekly check's figures (docs/clinical-basis.md, "Weekly PEG check"): the PEG score of each
 * check, the score of each week of the trend, the latest check and how it differs from the check
 * before it. Pure: records in, figures out.
 */
import { addDays } from '../time/local-time';
import { daysBetween } from './trend';
import type { LocalDate } from '../time/local-time';
import type { LimberRecord, PegRecord } from '../data/records';

/** One weekly check with its score. */
export interface PegCheck {
  date: LocalDate;
  at: number;
  tz: number;
  pain: number;
  enjoyment: number;
  activity: number;
  /** The PEG score: the mean of the three items, 0–10, rounded to one decimal as it is shown. */
  score: number;
}

export interface PegWeek {
  start: LocalDate;
  /** The latest check of the week, or null for a week without one. */
  check: PegCheck | null;
  /** Checks that week (usually 0 or 1). */
  count: number;
}

export interface PegFigures {
  /** Each week of the trend, oldest first, the week shown last. */
  weeks: PegWeek[];
  /** Every check of the trend weeks, oldest first. */
  checks: PegCheck[];
  /** The newest check up to the end of the week shown; null without one in the trend weeks. */
  latest: PegCheck | null;
  /** The check just before `latest`, if the trend weeks hold one. */
  previous: PegCheck | null;
  /**
   * latest.score − previous.score in points (positive: higher, which is worse), from the scores as
   * shown, so the difference always matches the two figures beside it. No label: see the docs.
   */
  change: number | null;
}

/**
 * The PEG score (Krebs et al. 2009): the mean of pain, interference with enjoyment of life and
 * interference with general activity. A sum of three whole numbers divided by 3 ends in .0, .33 or
 * .67, never on a .5, so rounding to one decimal is never a coin toss.
 */
export function pegScore(r: Pick<PegRecord, 'pain' | 'enjoyment' | 'activity'>): number {
  return Math.round(((r.pain + r.enjoyment + r.activity) * 10) / 3) / 10;
}

function toCheck(r: PegRecord): PegCheck {
  const { date, at, tz, pain, enjoyment, activity } = r;
  return { date, at, tz, pain, enjoyment, activity, score: pegScore(r) };
}

/**
 * The PEG figures of the `weeks` weeks ending with the one starting `lastStart`. A week with more
 * than one check shows its latest: each check asks about the 7 days before it, so the latest one
 * covers the most recent days, and a mean of two checks would count the days they share twice.
 */
export function pegFigures(records: readonly LimberRecord[], lastStart: LocalDate, weeks: number): PegFigures {
  const first = addDays(lastStart, -7 * (weeks - 1));
  const end = addDays(lastStart, 7);
  const checks = records
    .filter((r): r is PegRecord => r.type === 'peg' && r.date >= first && r.date < end)
    .map(toCheck)
    .sort((a, b) => a.at - b.at);
  const byWeek = Array.from(
    { length: weeks },
    (_, i): PegWeek => ({
      start: addDays(first, 7 * i),
      check: null,
      count: 0,
    }),
  );
  for (const c of checks) {
    const week = byWeek[Math.floor(daysBetween(first, c.date) / 7)]!;
    week.count++;
    // Sorted oldest first: the last one placed is the week's latest.
    week.check = c;
  }
  const latest = checks.at(-1) ?? null;
  const previous = checks.at(-2) ?? null;
  return {
    weeks: byWeek,
    checks,
    latest,
    previous,
    change: latest && previous ? Math.round((latest.score - previous.score) * 10) / 10 : null,
  };
}
