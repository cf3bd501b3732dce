/**
 * Pain on the days with the most breaks taken against the other days. A break is taken as the
 * adherence figures count it: with the guide (completed or stopped part-way) or away from the
 * computer, never one marked done without the guide (docs/clinical-basis.md, "Stretch break").
 */
import { adherence } from './adherence';
import { byDate, isRating } from './grouping';
import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from '../data/records';

export interface BreaksVsPainSide {
  days: number;
  ratings: number;
  avg: number;
  breaksPerDay: number;
}

export interface BreaksVsPain {
  /** Days with more breaks taken than the median day. */
  more: BreaksVsPainSide;
  rest: BreaksVsPainSide;
  fromDate: LocalDate;
  toDate: LocalDate;
}

/** A design choice (docs/clinical-basis.md, "Weekly summary and clinician report"). */
export const MIN_DAYS_EACH_SIDE = 3;

interface RatedDay {
  scores: number[];
  taken: number;
}

function side(list: readonly RatedDay[]): BreaksVsPainSide {
  const scores = list.flatMap((d) => d.scores);
  return {
    days: list.length,
    ratings: scores.length,
    avg: scores.reduce((a, b) => a + b, 0) / scores.length,
    breaksPerDay: list.reduce((a, d) => a + d.taken, 0) / list.length,
  };
}

/**
 * Pain on the days with the most breaks taken against the other days, over the dates given.
 * Only days with at least one rating count; null unless each side has at least 3 days, since
 * fewer would let one odd day decide the comparison.
 */
export function breaksVsPain(records: readonly LimberRecord[], dates: readonly LocalDate[]): BreaksVsPain | null {
  const grouped = byDate(records);
  const days = dates.flatMap((date): RatedDay[] => {
    const list = grouped.get(date) ?? [];
    const scores = list.filter(isRating).map((r) => r.score);
    if (!scores.length) return [];
    // Taken as every "Breaks taken" figure counts it: a break marked done without the guide is not.
    return [{ scores, taken: adherence(list).breaksTaken }];
  });
  if (days.length < 2 * MIN_DAYS_EACH_SIDE) return null;
  const sorted = [...days].map((d) => d.taken).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const more = days.filter((d) => d.taken > median);
  const rest = days.filter((d) => d.taken <= median);
  if (more.length < MIN_DAYS_EACH_SIDE || rest.length < MIN_DAYS_EACH_SIDE) return null;
  return { more: side(more), rest: side(rest), fromDate: dates[0]!, toDate: dates[dates.length - 1]! };
}
