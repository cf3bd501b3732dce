/**
 * Pain by time of day from the user's own pain times (docs/clinical-basis.md, "Time-of-day
 * groups"): a row per time, "other times" for ratings near none, the fixed parts of the day when
 * no time is set.
 */
import { describe, expect, it } from 'vitest';
import { makeRating } from '../../utils/core/data/records';
import { atWallTime } from '../../utils/core/time/local-time';
import { painTimeOf, ratingTime, timeOfDayGroups } from '../../utils/core/stats/time-of-day';
import type { RatingTime, TimeGroup } from '../../utils/core/stats/time-of-day';

const m = (hhmm: string): number => {
  const [h, min] = hhmm.split(':').map(Number);
  return h! * 60 + min!;
};
const at = (hhmm: string, score: number): RatingTime => ({ minutes: m(hhmm), score });
const time = (hhmm: string): TimeGroup => ({ kind: 'time', minutes: m(hhmm) });
const other: TimeGroup = { kind: 'other' };
const bin = (b: 'morning' | 'midday' | 'afternoon' | 'evening'): TimeGroup => ({ kind: 'bin', bin: b });
/** The default pain times: 11:00, 14:30, 17:00. */
const DEFAULT = [m('11:00'), m('14:30'), m('17:00')];

describe('time-of-day rows', () => {
  it.each([
    {
      name: 'the default times: each of the three has its own ratings; the rest are other times',
      times: DEFAULT,
      ratings: [
        at('11:00', 5),
        at('11:40', 3),
        at('14:30', 6),
        at('15:00', 4),
        at('17:05', 7),
        at('08:00', 2),
        at('20:00', 8),
      ],
      rows: [
        { group: time('11:00'), count: 2, avg: 4 },
        { group: time('14:30'), count: 2, avg: 5 },
        { group: time('17:00'), count: 1, avg: 7 },
        { group: other, count: 2, avg: 5 },
      ],
    },
    {
      name: 'one time: its row and other times, the empty one still shown',
      times: [m('10:00')],
      ratings: [at('09:30', 4), at('11:59', 6)],
      rows: [
        { group: time('10:00'), count: 2, avg: 5 },
        { group: other, count: 0, avg: null },
      ],
    },
    {
      name: 'times unsorted and twice: rows once each, in the order of the day',
      times: [m('17:00'), m('11:00'), m('14:30'), m('11:00')],
      ratings: [at('16:55', 3), at('11:05', 1)],
      rows: [
        { group: time('11:00'), count: 1, avg: 1 },
        { group: time('14:30'), count: 0, avg: null },
        { group: time('17:00'), count: 1, avg: 3 },
        { group: other, count: 0, avg: null },
      ],
    },
    {
      name: 'ratings at midnight: other times with the default times',
      times: DEFAULT,
      ratings: [at('00:00', 9), at('23:59', 7)],
      rows: [
        { group: time('11:00'), count: 0, avg: null },
        { group: time('14:30'), count: 0, avg: null },
        { group: time('17:00'), count: 0, avg: null },
        { group: other, count: 2, avg: 8 },
      ],
    },
    {
      name: 'a time late in the evening reaches past midnight',
      times: [m('23:30')],
      ratings: [at('00:00', 4), at('01:29', 6), at('01:30', 9), at('22:30', 2)],
      rows: [
        { group: time('23:30'), count: 3, avg: 4 },
        { group: other, count: 1, avg: 9 },
      ],
    },
    {
      name: 'no times set: the fixed parts of the day',
      times: [],
      ratings: [
        at('00:00', 1),
        at('10:59', 3),
        at('11:00', 4),
        at('13:59', 6),
        at('14:00', 5),
        at('17:59', 7),
        at('18:00', 8),
      ],
      rows: [
        { group: bin('morning'), count: 2, avg: 2 },
        { group: bin('midday'), count: 2, avg: 5 },
        { group: bin('afternoon'), count: 2, avg: 6 },
        { group: bin('evening'), count: 1, avg: 8 },
      ],
    },
  ])('$name', ({ times, ratings, rows }) => {
    expect(timeOfDayGroups(ratings, times)).toEqual(rows);
  });
});

describe('which pain time a rating belongs to: an hour before to two hours after, the nearer where two reach', () => {
  it.each([
    // The default times.
    ['09:59', DEFAULT, null],
    ['10:00', DEFAULT, '11:00'],
    ['12:59', DEFAULT, '11:00'],
    ['13:00', DEFAULT, null],
    ['13:30', DEFAULT, '14:30'],
    // 14:30's prompt stays open until 16:30, but 17:00's reach starts at 16:00: the nearer.
    ['15:59', DEFAULT, '14:30'],
    ['16:00', DEFAULT, '17:00'],
    ['18:59', DEFAULT, '17:00'],
    ['19:00', DEFAULT, null],
    ['00:00', DEFAULT, null],
    // Two times close together.
    ['10:45', [m('11:00'), m('11:30')], '11:00'],
    ['11:14', [m('11:00'), m('11:30')], '11:00'],
    // Halfway, both reach: the later one.
    ['11:15', [m('11:00'), m('11:30')], '11:30'],
    ['13:00', [m('11:00'), m('11:30')], '11:30'],
    // Across midnight, both ways.
    ['23:00', [0], '00:00'],
    ['22:59', [0], null],
    ['01:59', [0], '00:00'],
    ['00:30', [m('23:30')], '23:30'],
    ['06:00', [], null],
  ] as const)('%s with %j → %s', (clock, times, want) => {
    expect(painTimeOf(m(clock), times)).toBe(want === null ? null : m(want));
  });

  it('reads the clock where the rating was made, not where the page is', () => {
    const nyc = makeRating(
      { id: 'a', at: atWallTime('2026-11-23', m('11:10'), 'America/New_York'), source: 'prompt', score: 5 },
      'America/New_York',
    );
    expect(ratingTime(nyc)).toEqual({ minutes: m('11:10'), score: 5 });
    expect(timeOfDayGroups([ratingTime(nyc)], DEFAULT)[0]).toEqual({ group: time('11:00'), count: 1, avg: 5 });
  });
});
