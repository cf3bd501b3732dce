/**
 * Pain on days with something against days without it (utils/core/stats/with-without.ts): nothing
 * is said unless each side has at least 3 rated days; days without a rating are on neither side;
 * each rating counts once in its side's mean.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_DAYS_EACH_SIDE, painSide, splitDays } from '../../utils/core/stats/with-without';
import type { RatedDay } from '../../utils/core/stats/with-without';

interface Day extends RatedDay {
  has: boolean;
}

const day = (n: number, has: boolean, scores: number[]): Day => ({
  date: `2026-11-${String(n).padStart(2, '0')}`,
  scores,
  has,
});

/** `withN` days with it and `withoutN` without, one rating of 5 each. */
const days = (withN: number, withoutN: number): Day[] => [
  ...Array.from({ length: withN }, (_, i) => day(i + 1, true, [5])),
  ...Array.from({ length: withoutN }, (_, i) => day(i + 11, false, [5])),
];

describe('splitDays: at least 3 rated days on each side, or nothing', () => {
  it('is 3', () => expect(MIN_DAYS_EACH_SIDE).toBe(3));

  it.each([
    [0, 0, false],
    [2, 9, false],
    [9, 2, false],
    [3, 2, false],
    [2, 3, false],
    [3, 3, true],
    [4, 7, true],
  ])('%i days with, %i without: compared %s', (withN, withoutN, compared) => {
    const split = splitDays(days(withN, withoutN), (d) => d.has);
    expect(split !== null).toBe(compared);
    if (split) expect([split.with.length, split.without.length]).toEqual([withN, withoutN]);
  });

  it('days without a rating are on neither side, and do not make up the 3', () => {
    const list = [...days(3, 2), day(20, false, []), day(21, false, [])];
    expect(splitDays(list, (d) => d.has)).toBeNull();
    const enough = splitDays([...days(3, 3), day(20, true, [])], (d) => d.has);
    expect(enough?.with.map((d) => d.date)).not.toContain('2026-11-20');
  });

  it('sides are the rated days split by the test, every rated day on one of them (property)', () => {
    const arbDay = fc.record({
      n: fc.integer({ min: 1, max: 28 }),
      has: fc.boolean(),
      scores: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(arbDay, { maxLength: 20 }), (raw) => {
        const list = raw.map((r) => day(r.n, r.has, r.scores));
        const rated = list.filter((d) => d.scores.length);
        const withN = rated.filter((d) => d.has).length;
        const split = splitDays(list, (d) => d.has);
        expect(split === null).toBe(withN < 3 || rated.length - withN < 3);
        if (split) {
          expect(split.with.every((d) => d.has && d.scores.length)).toBe(true);
          expect(split.without.every((d) => !d.has && d.scores.length)).toBe(true);
          expect(split.with.length + split.without.length).toBe(rated.length);
        }
      }),
    );
  });
});

describe('painSide', () => {
  it('counts days and ratings, each rating once in the mean (not a mean of day means)', () => {
    expect(painSide([day(1, true, [2, 2, 2]), day(2, true, [8])])).toEqual({ days: 2, ratings: 4, avg: 3.5 });
  });
});
