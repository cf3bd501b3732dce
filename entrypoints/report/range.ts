/**
 * The clinician report's range, kept in the page's address so a reload (or a bookmark) shows the
 * same report: `weeks=1|4|12`, or `since=YYYY-MM-DD` up to a year back. Anything else is four weeks.
 */
import { addDays, isLocalDate } from '../../utils/core/time/local-time';
import type { LocalDate } from '../../utils/core/time/local-time';

export type ReportRange = { weeks: 1 | 4 | 12; since?: undefined } | { since: LocalDate; weeks?: undefined };

/** How far back a since-date may go: monthly rows keep a year on one page (a design choice). */
export const SINCE_MAX_DAYS = 365;

export const DEFAULT_RANGE: ReportRange = { weeks: 4 };

/** The earliest since-date the picker offers on `today`. */
export const earliestSince = (today: LocalDate): LocalDate => addDays(today, -SINCE_MAX_DAYS);

export function parseRange(search: string, today: LocalDate): ReportRange {
  const params = new URLSearchParams(search);
  const since = params.get('since');
  // A day the calendar has: 30 Feb would otherwise roll on into March.
  if (since && isLocalDate(since) && addDays(since, 0) === since) {
    // A date out of reach is brought to the nearest one the picker offers.
    if (since > today) return { since: today };
    const earliest = earliestSince(today);
    // biome-ignore lint/complexity/useMathMinMax: dates as text; Math.max would make them NaN.
    return { since: since < earliest ? earliest : since };
  }
  const weeks = params.get('weeks');
  if (weeks === '1') return { weeks: 1 };
  if (weeks === '12') return { weeks: 12 };
  return DEFAULT_RANGE;
}

/** The address of `range`, keeping the page's other parameters (the week shown). */
export function rangeSearch(search: string, range: ReportRange): string {
  const params = new URLSearchParams(search);
  params.delete('weeks');
  params.delete('since');
  if (range.since) params.set('since', range.since);
  else params.set('weeks', String(range.weeks));
  return `?${params.toString()}`;
}
