import { describe, expect, it } from 'vitest';
import { makePeg, makeRating } from '../../utils/core/data/records';
import { addDays } from '../../utils/core/time/local-time';
import { periodFigures, TREND_WEEKS } from '../../utils/core/stats/period';
import { pegFigures, pegScore } from '../../utils/core/stats/peg';
import type { LimberRecord } from '../../utils/core/data/records';

const TZ = 'UTC';
/** A Monday: the week shown. */
const WEEK = '2026-11-23';
let n = 0;
const peg = (date: string, hour: number, pain: number, enjoyment: number, activity: number): LimberRecord =>
  makePeg(
    { id: `g${n++}`, at: Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`), pain, enjoyment, activity },
    TZ,
  );

describe('pegScore: the mean of the three items (Krebs et al. 2009), to one decimal', () => {
  it.each([
    [7, 6, 5, 6],
    [0, 0, 0, 0],
    [10, 10, 10, 10],
    [1, 1, 2, 1.3],
    [1, 2, 2, 1.7],
    [10, 9, 9, 9.3],
    [3, 0, 0, 1],
    [8, 7, 5, 6.7],
  ])('pain %i, enjoyment %i, activity %i → %d', (pain, enjoyment, activity, score) => {
    expect(pegScore({ pain, enjoyment, activity })).toBe(score);
  });
});

describe('pegFigures', () => {
  it('places each check in its week, the latest of a week with two, and ignores everything else', () => {
    const records = [
      peg(addDays(WEEK, -7 * 12), 10, 9, 9, 9), // before the twelve weeks
      peg(addDays(WEEK, -14 + 4), 15, 8, 7, 5), // two weeks earlier, Friday: 6.7
      peg(addDays(WEEK, -7 + 1), 15, 2, 2, 2), // last week, Tuesday…
      peg(addDays(WEEK, -7 + 4), 15, 5, 4, 3), // …and Friday: the week's latest, 4
      makeRating({ id: 'r', at: Date.parse(`${WEEK}T10:00:00Z`), source: 'prompt', score: 9 }, TZ),
      peg(addDays(WEEK, 4), 15, 7, 6, 5), // this week: 6
      peg(addDays(WEEK, 7), 15, 1, 1, 1), // next week: after the week shown
    ];
    const f = pegFigures(records, WEEK, TREND_WEEKS);
    expect(f.weeks).toHaveLength(12);
    expect(f.weeks[0]!.start).toBe(addDays(WEEK, -77));
    expect(f.weeks.map((w) => w.check?.score ?? null)).toEqual([...Array(9).fill(null), 6.7, 4, 6]);
    expect(f.weeks.map((w) => w.count)).toEqual([...Array(9).fill(0), 1, 2, 1]);
    expect(f.checks.map((c) => c.score)).toEqual([6.7, 2, 4, 6]);
    expect(f.latest).toMatchObject({ date: addDays(WEEK, 4), pain: 7, enjoyment: 6, activity: 5, score: 6 });
    // The check just before the latest, even in the same week as another.
    expect(f.previous).toMatchObject({ date: addDays(WEEK, -3), score: 4 });
    expect(f.change).toBe(2);
  });

  it('the change is the difference of the scores as shown: 6.7 → 6 is −0.7, not −0.6667', () => {
    const f = pegFigures([peg(addDays(WEEK, -3), 15, 8, 7, 5), peg(addDays(WEEK, 4), 15, 7, 6, 5)], WEEK, 12);
    expect(f.previous!.score).toBe(6.7);
    expect(f.latest!.score).toBe(6);
    expect(f.change).toBe(-0.7);
  });

  it('orders checks by time, not by how they were stored', () => {
    const later = peg(addDays(WEEK, 4), 15, 7, 6, 5);
    const earlier = peg(addDays(WEEK, 1), 15, 1, 1, 1);
    const f = pegFigures([later, earlier], WEEK, 12);
    expect(f.latest!.score).toBe(6);
    expect(f.previous!.score).toBe(1);
    expect(f.weeks.at(-1)!.check!.score).toBe(6);
  });

  it('one check: a score and no change; none: nothing at all', () => {
    const one = pegFigures([peg(addDays(WEEK, -30), 15, 3, 3, 3)], WEEK, 12);
    expect(one.latest!.score).toBe(3);
    expect(one.previous).toBeNull();
    expect(one.change).toBeNull();
    // The week shown has no check of its own: the latest is the older one, with its date.
    expect(one.weeks.at(-1)!.check).toBeNull();
    const none = pegFigures([], WEEK, 12);
    expect(none).toMatchObject({ latest: null, previous: null, change: null, checks: [] });
    expect(none.weeks.every((w) => w.check === null)).toBe(true);
  });

  it('is part of the figures the summary and the report read', () => {
    const f = periodFigures([peg(addDays(WEEK, 4), 15, 7, 6, 5)], WEEK, 1);
    expect(f.peg.latest!.score).toBe(6);
    expect(f.peg.weeks).toHaveLength(TREND_WEEKS);
  });
});
