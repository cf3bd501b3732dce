/**
 * The week-against-week change label (docs/clinical-basis.md, "Clinical-change thresholds"), table
 * by table against the cases the literature and the issue name. Each side has enough ratings (15
 * on 5 days) unless a case says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { asShown, CHANGE_LABEL_KEY, clinicalChange, compareSides } from '../../utils/core/stats/clinical-change';
import en from '../../assets/public/_locales/en/messages.json';
import type { ChangeLabel, ChangeSide } from '../../utils/core/stats/clinical-change';

interface Case {
  name: string;
  before: number;
  after: number;
  /** Ratings and days with ratings of each side: [before, after]. */
  data?: [ratings: number, days: number][];
  want: {
    before: number;
    after: number;
    points: number;
    percent: number | null;
    basis: 'percent' | 'points';
    label: ChangeLabel;
  };
}

const ENOUGH: [number, number] = [15, 5];

const cases: Case[] = [
  // Low baselines: a percentage of almost nothing is not a change anyone feels.
  {
    name: '0.4 → 0.2: −50 %, but a fifth of a point from a low baseline',
    before: 0.4,
    after: 0.2,
    want: { before: 0.4, after: 0.2, points: -0.2, percent: -50, basis: 'points', label: 'same' },
  },
  {
    name: '0.2 → 0.4: +100 %, but a fifth of a point',
    before: 0.2,
    after: 0.4,
    want: { before: 0.2, after: 0.4, points: 0.2, percent: 100, basis: 'points', label: 'same' },
  },
  {
    name: '2 → 1: −50 %, judged as 1 point: minimal',
    before: 2,
    after: 1,
    want: { before: 2, after: 1, points: -1, percent: -50, basis: 'points', label: 'minimalBetter' },
  },
  {
    name: '2.9 → 1.9: 1 point below the baseline of 3: minimal',
    before: 2.9,
    after: 1.9,
    want: { before: 2.9, after: 1.9, points: -1, percent: -34, basis: 'points', label: 'minimalBetter' },
  },
  {
    name: '1 → 3: 2 points up from a low baseline (Farrar): moderate',
    before: 1,
    after: 3,
    want: { before: 1, after: 3, points: 2, percent: 200, basis: 'points', label: 'moderateWorse' },
  },
  {
    name: '0.4 → 3.4: 3 points up from a low baseline: substantial',
    before: 0.4,
    after: 3.4,
    want: { before: 0.4, after: 3.4, points: 3, percent: 750, basis: 'points', label: 'substantialWorse' },
  },
  // From no pain at all there is no percentage.
  {
    name: '0 → 1: one point from none',
    before: 0,
    after: 1,
    want: { before: 0, after: 1, points: 1, percent: null, basis: 'points', label: 'minimalWorse' },
  },
  {
    name: '0 → 0: no pain both weeks',
    before: 0,
    after: 0,
    want: { before: 0, after: 0, points: 0, percent: null, basis: 'points', label: 'same' },
  },
  // IMMPACT's tiers (Dworkin 2008) from a baseline of 3 or more.
  {
    name: '10 → 8: −20 % is minimal (IMMPACT 10–20 %), though 2 points',
    before: 10,
    after: 8,
    want: { before: 10, after: 8, points: -2, percent: -20, basis: 'percent', label: 'minimalBetter' },
  },
  {
    name: '6 → 5.4: exactly −10 % is minimal (unrounded, 5.4 − 6 is −9.99… %)',
    before: 6,
    after: 5.4,
    want: { before: 6, after: 5.4, points: -0.6, percent: -10, basis: 'percent', label: 'minimalBetter' },
  },
  {
    name: '3 → 2.7: a baseline of exactly 3 is judged in percent: −10 %',
    before: 3,
    after: 2.7,
    want: { before: 3, after: 2.7, points: -0.3, percent: -10, basis: 'percent', label: 'minimalBetter' },
  },
  {
    name: '5 → 5.3: +6 % is about the same',
    before: 5,
    after: 5.3,
    want: { before: 5, after: 5.3, points: 0.3, percent: 6, basis: 'percent', label: 'same' },
  },
  {
    name: '6 → 6.6: +10 % is minimally higher',
    before: 6,
    after: 6.6,
    want: { before: 6, after: 6.6, points: 0.6, percent: 10, basis: 'percent', label: 'minimalWorse' },
  },
  {
    name: '7 → 5: Farrar’s 2 points, but −29 %: percent wins, minimal',
    before: 7,
    after: 5,
    want: { before: 7, after: 5, points: -2, percent: -29, basis: 'percent', label: 'minimalBetter' },
  },
  {
    name: '6 → 4.2: −30 % is moderate, Farrar’s meaningful change (unrounded −1.79… points)',
    before: 6,
    after: 4.2,
    want: { before: 6, after: 4.2, points: -1.8, percent: -30, basis: 'percent', label: 'moderateBetter' },
  },
  {
    name: '6 → 8.9: +48 % is moderate',
    before: 6,
    after: 8.9,
    want: { before: 6, after: 8.9, points: 2.9, percent: 48, basis: 'percent', label: 'moderateWorse' },
  },
  {
    name: '6 → 3: −50 % is substantial',
    before: 6,
    after: 3,
    want: { before: 6, after: 3, points: -3, percent: -50, basis: 'percent', label: 'substantialBetter' },
  },
  {
    name: '4 → 6: +50 % is substantially higher',
    before: 4,
    after: 6,
    want: { before: 4, after: 6, points: 2, percent: 50, basis: 'percent', label: 'substantialWorse' },
  },
  // Judged on the figures as shown: means and points to one decimal, percent whole.
  {
    name: '6.3 → 5.7: −9.5 % unrounded, shown as −10 %: minimal',
    before: 6.3,
    after: 5.7,
    want: { before: 6.3, after: 5.7, points: -0.6, percent: -10, basis: 'percent', label: 'minimalBetter' },
  },
  {
    name: '6 → 5.46: shown as 5.5, −8 %: about the same',
    before: 6,
    after: 5.46,
    want: { before: 6, after: 5.5, points: -0.5, percent: -8, basis: 'percent', label: 'same' },
  },
  {
    name: '6 → 4.24: shown as 4.2, −30 %: moderate',
    before: 6,
    after: 4.24,
    want: { before: 6, after: 4.2, points: -1.8, percent: -30, basis: 'percent', label: 'moderateBetter' },
  },
  {
    name: '2.96 → 2.1: the baseline is shown as 3, so percent decides: −30 %',
    before: 2.96,
    after: 2.1,
    want: { before: 3, after: 2.1, points: -0.9, percent: -30, basis: 'percent', label: 'moderateBetter' },
  },
  // Too few ratings: the figures, no verdict.
  {
    name: 'one rating a week: not enough, even for −50 %',
    before: 6,
    after: 3,
    data: [
      [1, 1],
      [1, 1],
    ],
    want: { before: 6, after: 3, points: -3, percent: -50, basis: 'percent', label: 'notEnough' },
  },
  {
    name: '5 ratings on 3 days this week: not enough',
    before: 6,
    after: 4.2,
    data: [ENOUGH, [5, 3]],
    want: { before: 6, after: 4.2, points: -1.8, percent: -30, basis: 'percent', label: 'notEnough' },
  },
  {
    name: '6 ratings on only 2 days last week: not enough',
    before: 6,
    after: 4.2,
    data: [[6, 2], ENOUGH],
    want: { before: 6, after: 4.2, points: -1.8, percent: -30, basis: 'percent', label: 'notEnough' },
  },
  {
    name: '6 ratings on 3 days each week: just enough',
    before: 6,
    after: 4.2,
    data: [
      [6, 3],
      [6, 3],
    ],
    want: { before: 6, after: 4.2, points: -1.8, percent: -30, basis: 'percent', label: 'moderateBetter' },
  },
];

const side = (avg: number, [ratings, days]: [number, number]): ChangeSide => ({ avg, ratings, days });

describe('the change label, week against week (higher = worse)', () => {
  it.each(cases)('$name', ({ before, after, data = [ENOUGH, ENOUGH], want }) => {
    const change = compareSides(side(before, data[0]!), side(after, data[1]!));
    expect(change).toEqual({
      ...want,
      data: {
        before: { ratings: data[0]![0], days: data[0]![1] },
        after: { ratings: data[1]![0], days: data[1]![1] },
      },
    });
    // Without the data check, the same figures; a verdict whenever there is one to give.
    const bare = clinicalChange(before, after);
    expect({ ...bare, label: want.label === 'notEnough' ? 'notEnough' : bare.label }).toEqual(want);
  });

  it('has words for every label, and none is left over from an old label', () => {
    const messages = en as Record<string, { message: string }>;
    for (const key of Object.values(CHANGE_LABEL_KEY)) expect(messages[key]?.message).toBeTruthy();
    expect(new Set(Object.values(CHANGE_LABEL_KEY)).size).toBe(8);
    expect(Object.keys(messages).filter((k) => /^changeMeaningful/.test(k))).toEqual([]);
  });

  it('rounds as the page shows a figure: halfway away from zero, never −0', () => {
    expect([asShown(1.45), asShown(-1.45), asShown(4.2 - 6), asShown(-0.04), asShown(-9.5, 0)]).toEqual([
      1.5, -1.5, -1.8, 0, -10,
    ]);
    expect(Object.is(asShown(-0.04), -0)).toBe(false);
  });
});
