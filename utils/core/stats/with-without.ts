/**
 * Pain on the days with something against the days without it: the breaks-vs-pain figure (days
 * with more breaks taken), and the ground for what goes with pain once days carry more than a
 * score. Only days with at least one rating count, and nothing is said unless each side has at
 * least MIN_DAYS_EACH_SIDE of them, since fewer would let one odd day decide the comparison
 * (docs/clinical-basis.md, "Weekly summary and clinician report"). It compares; it says nothing of
 * which causes which.
 */
import type { LocalDate } from '../time/local-time';

/** A design choice (docs/clinical-basis.md, "Weekly summary and clinician report"). */
export const MIN_DAYS_EACH_SIDE = 3;

/** A day with its pain ratings' scores (days without any are left out by the callers). */
export interface RatedDay {
  date: LocalDate;
  scores: readonly number[];
}

/** One side's pain: its days, its ratings, and their mean (each rating counts once). */
export interface PainSide {
  days: number;
  ratings: number;
  avg: number;
}

/** The days split by `has`, or null when either side has fewer than MIN_DAYS_EACH_SIDE days. */
export function splitDays<D extends RatedDay>(
  days: readonly D[],
  has: (day: D) => boolean,
): { with: D[]; without: D[] } | null {
  const rated = days.filter((d) => d.scores.length > 0);
  const withIt = rated.filter(has);
  const without = rated.filter((d) => !has(d));
  if (withIt.length < MIN_DAYS_EACH_SIDE || without.length < MIN_DAYS_EACH_SIDE) return null;
  return { with: withIt, without };
}

/** A side's figures; its days must hold at least one rating between them. */
export function painSide(days: readonly RatedDay[]): PainSide {
  const scores = days.flatMap((d) => d.scores);
  return { days: days.length, ratings: scores.length, avg: scores.reduce((a, b) => a + b, 0) / scores.length };
}
