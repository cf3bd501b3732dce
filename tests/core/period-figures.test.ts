/**
 * The figures of the period the summary and the report show (`periodFigures`, as the page hook
 * calls it): the dates, the navigation between weeks, the counts of breaks and posture checks, and
 * what else the period shows.
 */
import { describe, expect, it } from 'vitest';
import { weekStartOf } from '../../utils/core/time/week';
import { periodFigures, periodReadRange, TREND_WEEKS, weekNavigation } from '../../utils/core/stats/period';
import { brk, MON, ratings, times } from './period-fixtures';

describe('the dates of the period', () => {
  it.each([
    {
      anchor: '2026-11-25',
      day: 'Monday',
      weeks: 1,
      first: '2026-11-23',
      last: '2026-11-29',
      trendFirst: '2026-09-07',
    },
    {
      anchor: '2026-11-25',
      day: 'Sunday',
      weeks: 1,
      first: '2026-11-22',
      last: '2026-11-28',
      trendFirst: '2026-09-06',
    },
    {
      anchor: '2026-11-25',
      day: 'Monday',
      weeks: 4,
      first: '2026-11-02',
      last: '2026-11-29',
      trendFirst: '2026-09-07',
    },
    {
      anchor: '2026-11-25',
      day: 'Sunday',
      weeks: 4,
      first: '2026-11-01',
      last: '2026-11-28',
      trendFirst: '2026-09-06',
    },
    {
      anchor: '2026-11-29',
      day: 'Monday',
      weeks: 1,
      first: '2026-11-23',
      last: '2026-11-29',
      trendFirst: '2026-09-07',
    },
    {
      anchor: '2026-11-29',
      day: 'Sunday',
      weeks: 1,
      first: '2026-11-29',
      last: '2026-12-05',
      trendFirst: '2026-09-13',
    },
  ] as const)(
    '$anchor, weeks from $day, $weeks week(s): $first – $last',
    ({ anchor, day, weeks, first, last, trendFirst }) => {
      const weekStart = day === 'Monday' ? 1 : 0;
      const p = periodFigures([], weekStartOf(anchor, weekStart), weeks);
      expect([p.first, p.last]).toEqual([first, last]);
      expect(p.summary.days).toHaveLength(7 * weeks);
      expect([p.summary.days[0]!.date, p.summary.days.at(-1)!.date]).toEqual([first, last]);
      expect(p.averages).toHaveLength(TREND_WEEKS);
      expect([p.averages[0]!.start, p.averages.at(-1)!.start]).toEqual([trendFirst, weekStartOf(anchor, weekStart)]);
      // What the page reads covers the whole trend and the week, whichever day starts the week.
      const read = periodReadRange(anchor);
      expect(read.from <= trendFirst && read.to >= last).toBe(true);
    },
  );

  it.each([
    { anchor: '2026-11-25', from: '2026-09-06', to: '2026-11-29' },
    { anchor: '2026-11-29', from: '2026-09-07', to: '2026-12-05' },
    { anchor: '2026-11-23', from: '2026-09-06', to: '2026-11-29' },
  ])(
    'reads $from – $to for a page about $anchor, before the first day of the week is known',
    ({ anchor, from, to }) => {
      expect(periodReadRange(anchor)).toEqual({ from, to });
    },
  );

  it.each([
    {
      anchor: '2026-11-25',
      today: '2026-11-26',
      day: 'Monday',
      start: '2026-11-23',
      end: '2026-11-29',
      previous: '2026-11-16',
      next: '2026-11-30',
      isThisWeek: true,
    },
    {
      anchor: '2026-11-25',
      today: '2026-11-26',
      day: 'Sunday',
      start: '2026-11-22',
      end: '2026-11-28',
      previous: '2026-11-15',
      next: '2026-11-29',
      isThisWeek: true,
    },
    {
      anchor: '2026-11-16',
      today: '2026-11-26',
      day: 'Monday',
      start: '2026-11-16',
      end: '2026-11-22',
      previous: '2026-11-09',
      next: '2026-11-23',
      isThisWeek: false,
    },
    // Sunday the 29th: the same week as the 26th from Monday, the next one from Sunday.
    {
      anchor: '2026-11-29',
      today: '2026-11-26',
      day: 'Monday',
      start: '2026-11-23',
      end: '2026-11-29',
      previous: '2026-11-16',
      next: '2026-11-30',
      isThisWeek: true,
    },
    {
      anchor: '2026-11-29',
      today: '2026-11-26',
      day: 'Sunday',
      start: '2026-11-29',
      end: '2026-12-05',
      previous: '2026-11-22',
      next: '2026-12-06',
      isThisWeek: false,
    },
  ] as const)(
    'the summary navigates from $anchor (today $today, weeks from $day)',
    ({ anchor, today, day, ...want }) => {
      expect(weekNavigation(anchor, today, day === 'Monday' ? 1 : 0)).toEqual(want);
    },
  );
});

describe('counts of breaks and posture checks in the period', () => {
  // The week before: 2 stretch breaks done, 1 natural, 1 posture check needing a fix.
  const before = [
    brk('2026-11-17', 'stretch', 'done'),
    brk('2026-11-17', 'stretch', 'done'),
    brk('2026-11-18', 'natural', 'done'),
    brk('2026-11-19', 'posture', 'done', true),
  ];
  const week = [
    ...times(3, () => brk(MON, 'stretch', 'done')),
    brk('2026-11-24', 'stretch', 'snoozed'),
    brk('2026-11-24', 'stretch', 'skipped'),
    ...times(2, () => brk('2026-11-25', 'stretch', 'missed')),
    brk('2026-11-26', 'natural', 'done'),
    // Eye breaks count as prompts answered, never as stretch breaks.
    brk('2026-11-26', 'eyes', 'done'),
    ...times(2, () => brk('2026-11-27', 'posture', 'done', true)),
    brk('2026-11-27', 'posture', 'done', false),
    brk('2026-11-28', 'posture', 'missed'),
    ...ratings([
      [MON, 3],
      ['2026-11-29', 5],
    ]),
  ];
  const records = [...before, ...week];

  it.each([
    {
      weeks: 1 as const,
      // The stretch breaks here were marked done without the guide: unguided, none taken.
      breaks: { guided: 0, started: 0, unguided: 3, natural: 1, snoozed: 1, skipped: 1, missed: 2, taken: 1 },
      posture: { answered: 3, fixed: 2, missed: 1 },
      // shown: 2 ratings + 6 stretch (not the snooze) + eyes + 4 posture = 13; answered 2 + 3 + 1 + 3 = 9
      adherence: {
        answered: 9,
        shown: 13,
        breaksTaken: 1,
        breaksOffered: 6,
        breaks: { guided: 0, started: 0, unguided: 3, snoozed: 1, skipped: 1, missed: 2, natural: 1 },
      },
    },
    {
      weeks: 4 as const,
      breaks: { guided: 0, started: 0, unguided: 5, natural: 2, snoozed: 1, skipped: 1, missed: 2, taken: 2 },
      posture: { answered: 4, fixed: 3, missed: 1 },
      adherence: {
        answered: 12,
        shown: 16,
        breaksTaken: 2,
        breaksOffered: 8,
        breaks: { guided: 0, started: 0, unguided: 5, snoozed: 1, skipped: 1, missed: 2, natural: 2 },
      },
    },
  ])('over $weeks week(s)', ({ weeks, breaks, posture, adherence }) => {
    const { summary } = periodFigures(records, MON, weeks);
    expect(summary.totals).toEqual({ breaks, posture });
    expect(summary.adherence).toEqual(adherence);
    // The day table's totals are the adherence figures: the same outcomes, the same breaks taken.
    expect(summary.totals.breaks).toEqual({ ...summary.adherence.breaks, taken: summary.adherence.breaksTaken });
  });
});

describe('what else the period shows', () => {
  it('shows the empty state only when the twelve trend weeks hold no record at all', () => {
    const old = ratings([['2026-09-06', 5]]);
    expect(periodFigures(old, MON, 1).anyInTrend).toBe(false);
    const inTrend = [...old, brk('2026-09-07', 'stretch', 'skipped')];
    expect(periodFigures(inTrend, MON, 1).anyInTrend).toBe(true);
    expect(periodFigures(inTrend, MON, 1).summary.pain).toBeNull();
  });

  it('compares breaks and pain over four weeks even when one week is shown', () => {
    const day = (date: string, taken: number, score: number) => [
      ...ratings([[date, score]]),
      // Natural breaks are taken; a stretch break marked done without the guide would not be.
      ...times(taken, () => brk(date, 'natural', 'done')),
    ];
    const records = [
      ...day('2026-11-02', 6, 2),
      ...day('2026-11-05', 5, 3),
      ...day('2026-11-10', 7, 1),
      ...day('2026-11-12', 1, 6),
      ...day('2026-11-17', 0, 7),
      ...day(MON, 2, 5),
    ];
    const p = periodFigures(records, MON, 1);
    expect(p.breaksVsPain).toEqual({
      more: { days: 3, ratings: 3, avg: 2, breaksPerDay: 6 },
      rest: { days: 3, ratings: 3, avg: 6, breaksPerDay: 1 },
      fromDate: '2026-11-02',
      toDate: '2026-11-29',
    });
  });

  it('suggests a clinician for a 9 in the week shown, not for one the week before', () => {
    expect(periodFigures(ratings([[MON, 9]]), MON, 1).seekHelp).toEqual(['veryHighRating']);
    expect(
      periodFigures(
        ratings([
          ['2026-11-22', 9],
          [MON, 3],
        ]),
        MON,
        1,
      ).seekHelp,
    ).toEqual([]);
  });
});
