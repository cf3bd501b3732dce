/** Pain on the days with the most breaks taken against the other days. */
import { byDate, isBreak, isRating } from './grouping';
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
    const taken = list.filter(
      (r) => isBreak(r) && r.outcome === 'done' && (r.kind === 'stretch' || r.kind === 'natural'),
    ).length;
    return [{ scores, taken }];
  });
  if (days.length < 2 * MIN_DAYS_EACH_SIDE) return null;
  const sorted = [...days].map((d) => d.taken).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const more = days.filter((d) => d.taken > median);
  const rest = days.filter((d) => d.taken <= median);
  if (more.length < MIN_DAYS_EACH_SIDE || rest.length < MIN_DAYS_EACH_SIDE) return null;
  return { more: side(more), rest: side(rest), fromDate: dates[0]!, toDate: dates[dates.length - 1]! };
}
