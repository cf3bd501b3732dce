/**
 * Pain on the days with the most breaks taken against the other days. A break is taken as the
 * adherence figures count it: with the guide (completed or stopped part-way) or away from the
 * computer, never one marked done without the guide (docs/clinical-basis.md, "Stretch break").
 */
import { adherence } from './adherence';
import { byDate, isRating } from './grouping';
import { painSide, splitDays } from './with-without';
import type { PainSide, RatedDay } from './with-without';
import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from '../data/records';

export interface BreaksVsPainSide extends PainSide {
  breaksPerDay: number;
}

export interface BreaksVsPain {
  /** Days with more breaks taken than the median day. */
  more: BreaksVsPainSide;
  rest: BreaksVsPainSide;
  fromDate: LocalDate;
  toDate: LocalDate;
}

interface BreakDay extends RatedDay {
  taken: number;
}

function side(list: readonly BreakDay[]): BreaksVsPainSide {
  return { ...painSide(list), breaksPerDay: list.reduce((a, d) => a + d.taken, 0) / list.length };
}

/**
 * Pain on the days with the most breaks taken against the other days, over the dates given.
 * Only days with at least one rating count; null unless each side has at least 3 days, since
 * fewer would let one odd day decide the comparison.
 */
export function breaksVsPain(records: readonly LimberRecord[], dates: readonly LocalDate[]): BreaksVsPain | null {
  const grouped = byDate(records);
  const days = dates.flatMap((date): BreakDay[] => {
    const list = grouped.get(date) ?? [];
    const scores = list.filter(isRating).map((r) => r.score);
    if (!scores.length) return [];
    // Taken as every "Breaks taken" figure counts it: a break marked done without the guide is not.
    return [{ date, scores, taken: adherence(list).breaksTaken }];
  });
  if (!days.length) return null;
  const sorted = days.map((d) => d.taken).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const split = splitDays(days, (d) => d.taken > median);
  if (!split) return null;
  return { more: side(split.with), rest: side(split.without), fromDate: dates[0]!, toDate: dates[dates.length - 1]! };
}
