import type { LimberRecord } from '../data/records';
import type { WeekAverage } from './trend';

export type SeekHelpReason = 'veryHighRating' | 'risingForWeeks' | 'highForThreeWeeks';

/** A weekly average at or above this is "high" (the severe band starts at 7). */
export const HIGH_WEEKLY_AVG = 7;

/**
 * When the summary suggests seeing a clinician (docs/clinical-basis.md, "Seek-help rules"): a rating of 9–10 this
 * week; weekly average pain that rose three weeks in a row; or a high average three weeks running.
 * `averages` ends with the week shown.
 */
export function seekHelpReasons(
  weekRecords: readonly LimberRecord[],
  averages: readonly WeekAverage[],
): SeekHelpReason[] {
  const reasons: SeekHelpReason[] = [];
  if (weekRecords.some((r) => r.type === 'rating' && r.score >= 9)) reasons.push('veryHighRating');
  const last4 = averages.slice(-4).map((w) => w.avg);
  if (last4.length === 4 && last4.every((a) => a !== null) && last4.every((a, i) => i === 0 || a! > last4[i - 1]!)) {
    reasons.push('risingForWeeks');
  }
  const last3 = averages.slice(-3).map((w) => w.avg);
  if (last3.length === 3 && last3.every((a) => a !== null && a >= HIGH_WEEKLY_AVG)) reasons.push('highForThreeWeeks');
  return reasons;
}
