/**
 * The comparison of the period the summary and the report show (`periodFigures`, as the page hook
 * calls it, and `periodChange`) with the period before.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../utils/core/time/local-time';
import { weekStartOf } from '../../utils/core/time/week';
import { periodChange, periodFigures } from '../../utils/core/stats/period';
import { brk, MON, ratings } from './period-fixtures';
import type { LimberRecord } from '../../utils/core/data/records';
import type { PeriodWeeks } from '../../utils/core/stats/period';

/** `n` dates from `from` on. */
const days = (from: string, n: number): string[] => Array.from({ length: n }, (_, i) => addDays(from, i));

describe('the change against the period before, as the summary and the report show it', () => {
  interface Case {
    name: string;
    records: LimberRecord[];
    start: string;
    weeks: PeriodWeeks;
    want: {
      before: number;
      after: number;
      points: number;
      percent: number | null;
      label: string;
      /** Ratings and days with ratings before, then now. */
      data: [number, number, number, number];
    } | null;
  }
  const cases: Case[] = [
    {
      name: 'hand-made weeks: 5 the week before, 3 this week',
      records: ratings([
        ['2026-11-16', 6],
        ['2026-11-18', 6],
        ['2026-11-22', 3],
        [MON, 4],
        ['2026-11-24', 3],
        ['2026-11-26', 2],
        ['2026-11-29', 3],
      ]),
      start: MON,
      weeks: 1,
      want: {
        before: 5,
        after: 3,
        points: -2,
        percent: -40,
        label: 'notEnough',
        data: [3, 3, 4, 4],
      },
    },
    {
      name: 'a small rise: 5 → 5.8 is +16 %',
      records: ratings([
        ['2026-11-17', 5],
        ['2026-11-17', 5],
        [MON, 6],
        [MON, 5],
        ['2026-11-25', 6],
        ['2026-11-25', 6],
        ['2026-11-27', 6],
      ]),
      start: MON,
      weeks: 1,
      want: {
        before: 5,
        after: 5.8,
        points: 0.8,
        percent: 16,
        label: 'notEnough',
        data: [2, 1, 5, 3],
      },
    },
    {
      name: 'the same average both weeks',
      records: ratings([
        ['2026-11-20', 4],
        ['2026-11-24', 4],
      ]),
      start: MON,
      weeks: 1,
      want: {
        before: 4,
        after: 4,
        points: 0,
        percent: 0,
        label: 'notEnough',
        data: [1, 1, 1, 1],
      },
    },
    {
      name: 'from no pain at all: no percent, judged by points',
      records: ratings([
        ['2026-11-16', 0],
        ['2026-11-19', 0],
        [MON, 1],
      ]),
      start: MON,
      weeks: 1,
      want: {
        before: 0,
        after: 1,
        points: 1,
        percent: null,
        label: 'notEnough',
        data: [2, 2, 1, 1],
      },
    },
    {
      name: 'a week without ratings (breaks only): no comparison',
      records: [
        ...ratings([['2026-11-16', 5]]),
        brk(MON, 'stretch', 'done'),
        brk('2026-11-24', 'posture', 'done', true),
      ],
      start: MON,
      weeks: 1,
      want: null,
    },
    {
      name: 'no ratings the week before: no comparison',
      records: ratings([
        ['2026-11-09', 7],
        [MON, 3],
      ]),
      start: MON,
      weeks: 1,
      want: null,
    },
    {
      name: 'ratings outside both weeks do not count',
      records: ratings([
        ['2026-11-15', 10],
        ['2026-11-16', 4],
        ['2026-11-29', 2],
        ['2026-11-30', 10],
      ]),
      start: MON,
      weeks: 1,
      want: {
        before: 4,
        after: 2,
        points: -2,
        percent: -50,
        label: 'notEnough',
        data: [1, 1, 1, 1],
      },
    },
    {
      // Ten 6s against 5.4 from ten ratings: 5.4 − 6 is −9.99… % unrounded, −10 % as shown.
      name: 'enough ratings: −10 % from real ratings is minimal, as the page shows it',
      records: ratings([
        ...days('2026-11-16', 5).flatMap((d) => [[d, 6] as const, [d, 6] as const]),
        // 5 and 6 on four days, 5 and 5 on the fifth: 54 / 10.
        ...days(MON, 5).flatMap((d, i) => [[d, 5] as const, [d, i < 4 ? 6 : 5] as const]),
      ]),
      start: MON,
      weeks: 1,
      want: {
        before: 6,
        after: 5.4,
        points: -0.6,
        percent: -10,
        label: 'minimalBetter',
        data: [10, 5, 10, 5],
      },
    },
    {
      // 4 weeks: 2 – 29 Nov against 5 Oct – 1 Nov. Every rating counts once (3.5, not the mean of
      // the weekly means, 5; 4, not 3.75).
      name: 'four weeks against the four before, every rating weighing the same',
      records: ratings([
        ['2026-10-05', 2],
        ['2026-10-06', 2],
        ['2026-10-07', 2],
        ['2026-10-19', 8],
        ['2026-11-02', 3],
        [MON, 4],
        ['2026-11-29', 5],
      ]),
      start: MON,
      weeks: 4,
      want: {
        before: 3.5,
        after: 4,
        points: 0.5,
        percent: 14,
        label: 'notEnough',
        data: [4, 4, 3, 3],
      },
    },
    {
      name: 'four weeks: both weeks fall in the period, nothing before it',
      records: ratings([
        ['2026-11-16', 5],
        [MON, 3],
      ]),
      start: MON,
      weeks: 4,
      want: null,
    },
    {
      name: 'four weeks: the weeks just before the period count, the one before them not',
      records: ratings([
        ['2026-10-04', 9],
        ['2026-11-01', 6],
        ['2026-11-02', 3],
      ]),
      start: MON,
      weeks: 4,
      want: {
        before: 6,
        after: 3,
        points: -3,
        percent: -50,
        label: 'notEnough',
        data: [1, 1, 1, 1],
      },
    },
    // The same records, weeks starting on Monday or on Sunday: Sunday the 22nd changes sides.
    {
      name: 'week starting Monday: Sunday the 22nd belongs to the week before',
      records: ratings([
        ['2026-11-16', 4],
        ['2026-11-22', 8],
        [MON, 2],
      ]),
      start: weekStartOf('2026-11-25', 1),
      weeks: 1,
      want: {
        before: 6,
        after: 2,
        points: -4,
        percent: -67,
        label: 'notEnough',
        data: [2, 2, 1, 1],
      },
    },
    {
      name: 'week starting Sunday: Sunday the 22nd opens the week shown',
      records: ratings([
        ['2026-11-16', 4],
        ['2026-11-22', 8],
        [MON, 2],
      ]),
      start: weekStartOf('2026-11-25', 0),
      weeks: 1,
      want: {
        before: 4,
        after: 5,
        points: 1,
        percent: 25,
        label: 'notEnough',
        data: [1, 1, 2, 2],
      },
    },
  ];

  it.each(cases)('$name', ({ records, start, weeks, want }) => {
    const { change } = periodFigures(records, start, weeks);
    expect(periodChange(records, start, weeks)).toEqual(change);
    if (want === null) {
      expect(change).toBeNull();
      return;
    }
    expect(change).not.toBeNull();
    const [bRatings, bDays, aRatings, aDays] = want.data;
    expect(change).toMatchObject({
      before: want.before,
      after: want.after,
      points: want.points,
      percent: want.percent,
      label: want.label,
      data: { before: { ratings: bRatings, days: bDays }, after: { ratings: aRatings, days: aDays } },
    });
  });
});
