import type { MessageKey } from '../content/message-key';

/**
 * How a change in average pain is labelled (docs/clinical-basis.md, "Clinical-change thresholds": Farrar 2001, IMMPACT
 * 2008): a change of at
 * least 30 % or 2 points is meaningful, 10–30 % minimal, less is about the same. Higher is worse.
 */
export type ChangeLabel = 'meaningfulBetter' | 'minimalBetter' | 'same' | 'minimalWorse' | 'meaningfulWorse';

export interface Change {
  before: number;
  after: number;
  /** after − before, in NRS points: positive means more pain. */
  points: number;
  /** Relative change in percent of `before`; null when before is 0. */
  percent: number | null;
  label: ChangeLabel;
}

export function clinicalChange(before: number, after: number): Change {
  const points = after - before;
  const percent = before > 0 ? (points / before) * 100 : null;
  const absPts = Math.abs(points);
  // From no pain at all a percentage means nothing: judge by points (1 point ~ minimal).
  const absPct = percent === null ? (absPts >= 1 ? 10 : 0) : Math.abs(percent);
  const worse = points > 0;
  let label: ChangeLabel = 'same';
  if (absPct >= 30 || absPts >= 2) label = worse ? 'meaningfulWorse' : 'meaningfulBetter';
  else if (absPct >= 10) label = worse ? 'minimalWorse' : 'minimalBetter';
  return { before, after, points, percent, label };
}

/** The words for each label; the overview and the report both say the change this way. */
export const CHANGE_LABEL_KEY: Readonly<Record<ChangeLabel, MessageKey>> = {
  meaningfulBetter: 'changeMeaningfulBetter',
  minimalBetter: 'changeMinimalBetter',
  same: 'changeSame',
  minimalWorse: 'changeMinimalWorse',
  meaningfulWorse: 'changeMeaningfulWorse',
};
