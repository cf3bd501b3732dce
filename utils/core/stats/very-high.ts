/**
 * A rating high enough to show the warning signs at once (docs/clinical-basis.md, "Right after a
 * rating of 9 or 10"). Apart from the other seek-help rules, so the popup and the prompt, which ask
 * only this, do not load the summary's rules.
 */

/** A rating at or above this shows the warning signs at once, and the notice for its week. */
export const VERY_HIGH_SCORE = 9;

/** Whether a single rating is high enough to show the warning signs right after it. */
export function isVeryHigh(score: number): boolean {
  return score >= VERY_HIGH_SCORE;
}
