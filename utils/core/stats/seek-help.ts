/**
 * When Limber suggests seeing a clinician (docs/clinical-basis.md, "Seek-help rules"). Pure: the
 * summary and the report pass the records of the week shown and the weekly averages; the popup,
 * the prompt and the diary ask `isVeryHigh` of a rating just saved. Never a diagnosis: each rule is
 * a reason to talk to someone, not a finding.
 */
import { addDays } from '../time/local-time';
import { isVeryHigh } from './very-high';

export { isVeryHigh, VERY_HIGH_SCORE } from './very-high';
import { isLongStiffness } from '../data/morning';
import type { LimberRecord } from '../data/records';
import type { LocalDate } from '../time/local-time';
import type { WeekAverage } from './trend';

export type SeekHelpReason =
  | 'veryHighRating'
  | 'risingForWeeks'
  | 'highForThreeWeeks'
  | 'interferesWithLife'
  | 'longMorningStiffness';

/** A weekly average at or above this is "high": a design choice (docs/clinical-basis.md, "Seek-help rules"). */
export const HIGH_WEEKLY_AVG = 7;
/** "Rising": the last two weeks' mean at least this many points above the first week's. */
export const RISE_MIN_POINTS = 2;
/** "Rising" only counts when the latest week's average has reached this (docs/clinical-basis.md, "Seek-help rules"). */
export const RISE_MIN_LAST = 4;
/** A weekly check whose interference item (enjoyment or activity) is at or above this. */
export const PEG_INTERFERENCE_HIGH = 7;
/** Weeks the rising rule looks at (the first against the last two), and the fewest it needs. */
const RISE_WEEKS = 4;
const RISE_MIN_WEEKS = 3;
const HIGH_WEEKS = 3;
/**
 * Morning stiffness of 30 minutes or more "on most days of two weeks" (docs/clinical-basis.md,
 * "Morning check"): the days looked at, the fewest such mornings, and more than half of the
 * mornings answered in them.
 */
export const STIFFNESS_DAYS = 14;
export const STIFFNESS_MIN_LONG = 6;

/**
 * An average as the summary shows it (one decimal), in whole tenths: the rules judge what the user
 * sees, and whole numbers add up exactly (3.0 → 5.0 is exactly the 2 points it looks like).
 */
const tenths = (avg: number): number => Math.round(avg * 10);

/**
 * The averages of the latest weeks with ratings, in tenths of a point, oldest first, at most
 * `count`, walking back from the last week given. One week without ratings is skipped (a week off
 * is not a reset); a second one ends the walk, so the weeks found lie within `count + 1` weeks.
 */
export function recentRatedWeeks(averages: readonly WeekAverage[], count: number): number[] {
  const found: number[] = [];
  let gaps = 0;
  for (let i = averages.length - 1; i >= 0 && found.length < count; i--) {
    const avg = averages[i]!.avg;
    if (avg !== null) found.unshift(tenths(avg));
    else if (++gaps > 1) break;
  }
  return found;
}

/**
 * A real rise over three or four weeks with ratings: the mean of the last two of them is at least
 * RISE_MIN_POINTS above the first, and the latest is at least RISE_MIN_LAST. Tiny steps
 * (1.0 → 1.1 → 1.2 → 1.3) do not count; a plateau on the way up (3 → 5 → 5 → 8) does.
 */
export function risingForWeeks(averages: readonly WeekAverage[]): boolean {
  const weeks = recentRatedWeeks(averages, RISE_WEEKS);
  if (weeks.length < RISE_MIN_WEEKS) return false;
  const first = weeks[0]!;
  const last = weeks[weeks.length - 1]!;
  // (a + b) / 2 − first ≥ points, kept in whole tenths: no rounding of the mean itself.
  const rise2 = weeks[weeks.length - 2]! + last - 2 * first;
  return last >= RISE_MIN_LAST * 10 && rise2 >= 2 * RISE_MIN_POINTS * 10;
}

/** The last three weeks with ratings (one week without skipped) all averaged HIGH_WEEKLY_AVG or more. */
export function highForThreeWeeks(averages: readonly WeekAverage[]): boolean {
  const weeks = recentRatedWeeks(averages, HIGH_WEEKS);
  return weeks.length === HIGH_WEEKS && weeks.every((a) => a >= HIGH_WEEKLY_AVG * 10);
}

/**
 * A weekly check (PEG) in these records saying pain got in the way of daily activity or of
 * enjoying life a lot: "pain that stops you doing daily things", in the PEG's own two items.
 */
export function interferesWithLife(records: readonly LimberRecord[]): boolean {
  return records.some(
    (r) => r.type === 'peg' && (r.enjoyment >= PEG_INTERFERENCE_HIGH || r.activity >= PEG_INTERFERENCE_HIGH),
  );
}

/**
 * Morning stiffness of 30 minutes or more on most days of the two weeks ending `lastDay`: on at
 * least STIFFNESS_MIN_LONG mornings, and on more than half of the mornings whose check said how
 * long it lasted. A day counts once (its latest answer), whatever else it holds.
 */
export function longMorningStiffness(records: readonly LimberRecord[], lastDay: LocalDate): boolean {
  const firstDay = addDays(lastDay, -(STIFFNESS_DAYS - 1));
  const latest = new Map<LocalDate, { at: number; long: boolean }>();
  for (const r of records) {
    if (r.type !== 'morning' || r.stiffness === undefined || r.date < firstDay || r.date > lastDay) continue;
    const seen = latest.get(r.date);
    if (!seen || r.at > seen.at) latest.set(r.date, { at: r.at, long: isLongStiffness(r.stiffness) });
  }
  const long = [...latest.values()].filter((d) => d.long).length;
  return long >= STIFFNESS_MIN_LONG && long * 2 > latest.size;
}

/**
 * Why the summary suggests seeing a clinician, for the week whose records are `weekRecords`
 * (a rating of 9–10, or a weekly check of high interference, in that week) and whose weekly
 * averages end `averages` (a real rise over weeks, or high pain three weeks running), and, from
 * `recent` (records of at least the two weeks ending `lastDay`, the week's last day), long morning
 * stiffness on most days.
 */
export function seekHelpReasons(
  weekRecords: readonly LimberRecord[],
  averages: readonly WeekAverage[],
  recent: readonly LimberRecord[] = weekRecords,
  lastDay?: LocalDate,
): SeekHelpReason[] {
  const reasons: SeekHelpReason[] = [];
  if (weekRecords.some((r) => r.type === 'rating' && isVeryHigh(r.score))) reasons.push('veryHighRating');
  if (risingForWeeks(averages)) reasons.push('risingForWeeks');
  if (highForThreeWeeks(averages)) reasons.push('highForThreeWeeks');
  if (interferesWithLife(weekRecords)) reasons.push('interferesWithLife');
  if (lastDay && longMorningStiffness(recent, lastDay)) reasons.push('longMorningStiffness');
  return reasons;
}
