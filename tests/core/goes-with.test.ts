/**
 * What goes with the pain: per morning item and context tag, pain on the days with it against the
 * rated days without it, only with 3 days or more on each side; days without an answer to a morning
 * item count on neither side of it.
 */
import { describe, expect, it } from 'vitest';
import { addDays, atWallTime } from '../../utils/core/time/local-time';
import { makeMorning } from '../../utils/core/data/morning';
import { makeRating } from '../../utils/core/data/records';
import { goesWith } from '../../utils/core/stats/goes-with';
import { periodFigures } from '../../utils/core/stats/period';
import type { LimberRecord } from '../../utils/core/data/records';

const TZ = 'Europe/Berlin';
const MON = '2026-11-02';
const dates = Array.from({ length: 28 }, (_, i) => addDays(MON, i));
let n = 0;
const rating = (date: string, score: number, extra: object = {}) =>
  ({
    ...makeRating({ id: `r${n++}`, at: atWallTime(date, 11 * 60, TZ), source: 'prompt', score }, TZ),
    ...extra,
  }) as LimberRecord;
const morning = (date: string, answers: object) =>
  makeMorning({ id: `m${n++}`, at: atWallTime(date, 8 * 60, TZ), ...answers }, TZ);

describe('what goes with the pain', () => {
  it('compares days with a tag to rated days without it, from 3 days a side', () => {
    const records = [
      ...[0, 1, 2].map((d) => rating(dates[d]!, 6, { tags: ['stress'] })),
      ...[3, 4].map((d) => rating(dates[d]!, 2)),
    ];
    expect(goesWith(records, dates)).toEqual([]);
    records.push(rating(dates[5]!, 3));
    expect(goesWith(records, dates)).toEqual([
      {
        factor: { kind: 'tag', tag: 'stress' },
        with: { days: 3, ratings: 3, avg: 6 },
        without: { days: 3, ratings: 3, avg: 7 / 3 },
      },
    ]);
  });

  it('counts a day once per tag however many of its ratings carry it, and every rating of the day', () => {
    const records = [
      ...[0, 1, 2].flatMap((d) => [rating(dates[d]!, 8, { ownTags: ['Cold office'] }), rating(dates[d]!, 4)]),
      ...[3, 4, 5].map((d) => rating(dates[d]!, 2)),
    ];
    expect(goesWith(records, dates)).toEqual([
      {
        factor: { kind: 'own', tag: 'Cold office' },
        with: { days: 3, ratings: 6, avg: 6 },
        without: { days: 3, ratings: 3, avg: 2 },
      },
    ]);
  });

  it('splits morning items at 6 (poor night, tired) and at 30 minutes (stiffness), days without an answer on neither side', () => {
    const records: LimberRecord[] = [];
    const day = (d: number, score: number, answers: object) => {
      records.push(rating(dates[d]!, score));
      if (Object.keys(answers).length) records.push(morning(dates[d]!, answers));
    };
    day(0, 7, { sleep: 6, stiffness: '30to60', fatigue: 9 });
    day(1, 7, { sleep: 8, stiffness: 'over60', fatigue: 6 });
    day(2, 7, { sleep: 10, stiffness: '30to60', fatigue: 7 });
    day(3, 3, { sleep: 5, stiffness: 'under30', fatigue: 5 });
    day(4, 3, { sleep: 0, stiffness: 'none', fatigue: 0 });
    day(5, 3, { sleep: 2, stiffness: 'under30' });
    day(6, 9, {}); // no check: on neither side of any morning item
    const rows = goesWith(records, dates);
    expect(rows.map((r) => r.factor.kind)).toEqual(['poorSleep', 'longStiffness']);
    expect(rows[0]).toEqual({
      factor: { kind: 'poorSleep' },
      with: { days: 3, ratings: 3, avg: 7 },
      without: { days: 3, ratings: 3, avg: 3 },
    });
    // Fatigue was answered on only two of the better days: too few to compare.
  });

  it('takes the day’s latest morning check, and leaves out days without a rating', () => {
    const records: LimberRecord[] = [];
    for (const d of [0, 1, 2]) {
      records.push(rating(dates[d]!, 6), morning(dates[d]!, { sleep: 1 }));
      records.push({ ...morning(dates[d]!, { sleep: 9 }), at: atWallTime(dates[d]!, 9 * 60, TZ) });
    }
    for (const d of [3, 4, 5]) records.push(rating(dates[d]!, 1), morning(dates[d]!, { sleep: 1 }));
    for (const d of [6, 7, 8]) records.push(morning(dates[d]!, { sleep: 9 }));
    expect(goesWith(records, dates)).toEqual([
      {
        factor: { kind: 'poorSleep' },
        with: { days: 3, ratings: 3, avg: 6 },
        without: { days: 3, ratings: 3, avg: 1 },
      },
    ]);
  });

  it('is on the summary figures over the four weeks ending with the week shown', () => {
    const records = [
      ...[0, 1, 2].map((d) => rating(dates[d]!, 6, { tags: ['heat'] })),
      ...[3, 4, 5].map((d) => rating(dates[d]!, 2)),
    ];
    expect(periodFigures(records, dates[21]!, 1).goesWith).toHaveLength(1);
    // Four weeks later, those days are out of the window.
    expect(periodFigures(records, addDays(dates[21]!, 28), 1).goesWith).toEqual([]);
  });
});
