/**
 * How a change in average pain is labelled (docs/clinical-basis.md, "Clinical-change thresholds").
 * Pure. Higher is worse. The tiers are IMMPACT's (Dworkin 2008): under 10 % about the same, 10 %
 * minimal, 30 % moderate (Farrar 2001's meaningful change), 50 % substantial. From an average
 * below 3 the change is judged in points instead (1, 2, 3). Every figure is judged as the page
 * shows it: means and points to one decimal, the percentage as a whole number.
 */
import type { MessageKey } from '../content/message-key';

export type ChangeTier = 'same' | 'minimal' | 'moderate' | 'substantial';

export type ChangeLabel =
  | 'notEnough'
  | 'same'
  | 'minimalBetter'
  | 'moderateBetter'
  | 'substantialBetter'
  | 'minimalWorse'
  | 'moderateWorse'
  | 'substantialWorse';

/** The ratings behind one side of a comparison. */
export interface ChangeData {
  ratings: number;
  /** Days with at least one rating. */
  days: number;
}

export interface ChangeSide extends ChangeData {
  /** Mean of the ratings, unrounded. */
  avg: number;
}

export interface Change {
  /** The two means as shown, to one decimal. */
  before: number;
  after: number;
  /** after − before, as shown to one decimal: positive means more pain. */
  points: number;
  /** The change in whole percent of `before`, as shown; null when before is 0. */
  percent: number | null;
  /** What the label was judged on: points when `before` is below POINTS_BELOW. */
  basis: 'percent' | 'points';
  label: ChangeLabel;
  /** The ratings behind each side, when the change was worked out from them. */
  data?: { before: ChangeData; after: ChangeData };
}

/** The least a side needs before any verdict (a design choice: see the doc section). */
export const MIN_RATINGS = 6;
export const MIN_DAYS = 3;
/** From an average (as shown) below this, a percentage overstates small changes: points decide. */
export const POINTS_BELOW = 3;

/** Where each tier starts: IMMPACT's percentages, and their stand-ins in points. */
const PERCENT_FROM: Readonly<Record<Exclude<ChangeTier, 'same'>, number>> = {
  minimal: 10,
  moderate: 30,
  substantial: 50,
};
const POINTS_FROM: Readonly<Record<Exclude<ChangeTier, 'same'>, number>> = { minimal: 1, moderate: 2, substantial: 3 };

const shownFormats = new Map<number, Intl.NumberFormat>();
/**
 * `x` rounded as the page shows it (Intl, halfway away from zero, on the shortest decimal form),
 * so 5.4 − 6 is −0.6 and −0.6 of 6 is −10 %, never −9.999… Locale-free: only the rounding matters.
 */
export function asShown(x: number, digits = 1): number {
  let f = shownFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: false });
    shownFormats.set(digits, f);
  }
  // `|| 0`: no "−0".
  return Number(f.format(x)) || 0;
}

function tierOf(size: number, from: Readonly<Record<Exclude<ChangeTier, 'same'>, number>>): ChangeTier {
  if (size >= from.substantial) return 'substantial';
  if (size >= from.moderate) return 'moderate';
  if (size >= from.minimal) return 'minimal';
  return 'same';
}

/** The label of a change between two means, however many ratings stand behind them. */
export function clinicalChange(beforeAvg: number, afterAvg: number): Change {
  const before = asShown(beforeAvg);
  const after = asShown(afterAvg);
  const points = asShown(after - before);
  const percent = before > 0 ? asShown((points / before) * 100, 0) : null;
  const basis = percent === null || before < POINTS_BELOW ? 'points' : 'percent';
  const tier = basis === 'points' ? tierOf(Math.abs(points), POINTS_FROM) : tierOf(Math.abs(percent!), PERCENT_FROM);
  const label: ChangeLabel = tier === 'same' ? 'same' : `${tier}${points > 0 ? 'Worse' : 'Better'}`;
  return { before, after, points, percent, basis, label };
}

export const enoughToCompare = (d: ChangeData): boolean => d.ratings >= MIN_RATINGS && d.days >= MIN_DAYS;

/**
 * Two periods compared: the figures always, a label only when each side has at least MIN_RATINGS
 * ratings on at least MIN_DAYS days; otherwise "not enough ratings to compare".
 */
export function compareSides(before: ChangeSide, after: ChangeSide): Change {
  const change = clinicalChange(before.avg, after.avg);
  const data = {
    before: { ratings: before.ratings, days: before.days },
    after: { ratings: after.ratings, days: after.days },
  };
  const enough = enoughToCompare(before) && enoughToCompare(after);
  return { ...change, label: enough ? change.label : 'notEnough', data };
}

/** The words for each label; the overview and the report both say the change this way. */
export const CHANGE_LABEL_KEY: Readonly<Record<ChangeLabel, MessageKey>> = {
  notEnough: 'changeNotEnough',
  same: 'changeSame',
  minimalBetter: 'changeMinimalBetter',
  moderateBetter: 'changeModerateBetter',
  substantialBetter: 'changeSubstantialBetter',
  minimalWorse: 'changeMinimalWorse',
  moderateWorse: 'changeModerateWorse',
  substantialWorse: 'changeSubstantialWorse',
};
