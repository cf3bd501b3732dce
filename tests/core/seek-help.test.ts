/**
 * The seek-help rules (docs/clinical-basis.md, "Seek-help rules"): which weekly averages count as
 * a real rise or as high pain, how a week without ratings is skipped, and when a rating of 9–10 or
 * the weekly check's interference items add their reason. Weekly averages are listed oldest first,
 * the week shown last; null is a week without ratings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../assets/public/_locales/en/messages.json';
import { WARNING_SIGNS } from '../../components/safety/signs';
import { addDays, atWallTime } from '../../utils/core/time/local-time';
import { makePeg } from '../../utils/core/data/records';
import { makeMorning } from '../../utils/core/data/morning';
import { periodFigures } from '../../utils/core/stats/period';
import {
  highForThreeWeeks,
  interferesWithLife,
  isVeryHigh,
  longMorningStiffness,
  recentRatedWeeks,
  risingForWeeks,
  seekHelpReasons,
} from '../../utils/core/stats/seek-help';
import { weeklyAverages } from '../../utils/core/stats/trend';
import { MON, ratings } from './period-fixtures';
import type { WeekAverage } from '../../utils/core/stats/trend';

/** Weekly averages ending with the week of MON, oldest first, after eight weeks without ratings. */
const weeks = (avgs: readonly (number | null)[]): WeekAverage[] => {
  const all = [...Array<number | null>(8).fill(null), ...avgs];
  return all.map((avg, i) => ({ start: addDays(MON, -7 * (all.length - 1 - i)), avg, count: avg === null ? 0 : 3 }));
};

const peg = (date: string, pain: number, enjoyment: number, activity: number) =>
  makePeg(
    {
      id: `g${date}${pain}${enjoyment}${activity}`,
      at: atWallTime(date, 16 * 60, 'Europe/Berlin'),
      pain,
      enjoyment,
      activity,
    },
    'Europe/Berlin',
  );

describe('a real rise over weeks: the last two weeks with ratings ≥ 2 points above the first, the last ≥ 4', () => {
  it.each<[(number | null)[], boolean, string]>([
    [[1.0, 1.1, 1.2, 1.3], false, 'three tiny rises in a row are not a real rise'],
    [[4.0, 4.1, 4.2, 4.3], false, 'nor are they at moderate pain'],
    [[3, 5, 5, 8], true, 'a plateau on the way up still rises: 6.5 against 3'],
    [[2, 3, 4, 5], true, 'a steady rise: 4.5 against 2'],
    [[3, 3, 3, 8], true, 'a sharp rise in the last week: 5.5 against 3'],
    [[2, 4, 4, 4], true, 'up 2 points and staying there: 4 against 2'],
    [[3, 8, 5, 5], true, 'up and partly down again, still 2 above the first week'],
    [[3, 3, 3, 3], false, 'steady pain is not rising (the high rule covers steady high pain)'],
    [[6, 6, 6, 7.9], false, 'high but risen less than 1 point'],
    [[1, 2, 3, 3.9], false, 'risen 2.45 points, but the last week is below 4'],
    [[1.5, 2, 3, 4], true, 'the boundaries: exactly 2 points (3.5 against 1.5), last week exactly 4'],
    [[2, 2.5, 3.5, 4.4], false, 'risen 1.95 points: below 2, not rounded up'],
    [[1.04, 2, 3, 3.96], true, 'judged on the figures as shown: 1.0 → 4.0, so the last week is 4'],
    [[3, 4, 5], false, 'three weeks, risen 1.5 points'],
    [[3, 5, 6], true, 'three weeks are enough: 5.5 against 3'],
    [[5, 8], false, 'two weeks are too few to speak of weeks of rising'],
    [[8], false, 'one week'],
    [[], false, 'no ratings at all'],
    [[1, 5, 5, 5, 5], false, 'the rise was more than four weeks ago; since then steady'],
    [[3, null, 5, 8], true, 'one week without ratings is skipped: 3 → 5 → 8'],
    [[3, 5, null, 5, 8], true, 'a gap between: the four weeks with ratings 3 → 5 → 5 → 8'],
    [[3, 5, 8, null], true, 'the week shown has no ratings yet: the weeks before it still count'],
    [[3, null, null, 5, 8], false, 'two weeks without ratings end the run: only 5 → 8 is left'],
    [[3, null, 5, null, 8], false, 'a second gap ends it too: only 5 → 8 is left'],
  ])('%j → %s: %s', (avgs, expected) => {
    expect(risingForWeeks(weeks(avgs))).toBe(expected);
  });
});

describe('high for three weeks: the last three weeks with ratings all 7 or more', () => {
  it.each<[(number | null)[], boolean, string]>([
    [[7, 7, 7], true, 'exactly 7, three weeks'],
    [[7.5, 7, 7.5], true, 'the fixture of the old rule'],
    [[9, 9, 6.9], false, 'the week shown below 7'],
    [[6.96, 7, 7], true, '6.96 is shown as 7.0 and judged as shown'],
    [[8, 8], false, 'two weeks'],
    [[7, null, 7, 7], true, 'one week without ratings is skipped'],
    [[7, 7, 7, null], true, 'the week shown without ratings yet'],
    [[7, null, null, 7, 7], false, 'two weeks without ratings end the run'],
  ])('%j → %s: %s', (avgs, expected) => {
    expect(highForThreeWeeks(weeks(avgs))).toBe(expected);
  });
});

describe('the weeks the rules read', () => {
  it('walks back from the week shown, in tenths as shown, skipping one week without ratings', () => {
    expect(recentRatedWeeks(weeks([2, 3.04, null, 4.96, 6]), 4)).toEqual([20, 30, 50, 60]);
    expect(recentRatedWeeks(weeks([2, 3, null, 5, null, 6]), 4)).toEqual([50, 60]);
    expect(recentRatedWeeks(weeks([]), 4)).toEqual([]);
  });
});

describe('interference from the weekly check', () => {
  it.each<[number, number, number, boolean]>([
    [5, 7, 2, true],
    [5, 2, 7, true],
    [5, 10, 10, true],
    [5, 6, 6, false],
    [10, 3, 3, false],
  ])('pain %i, enjoyment %i, activity %i → %s', (p, e, a, expected) => {
    expect(interferesWithLife([peg(MON, p, e, a)])).toBe(expected);
  });

  it('no weekly check, no interference reason', () => {
    expect(interferesWithLife(ratings([[MON, 10]]))).toBe(false);
  });
});

describe('the reasons together', () => {
  it('a single rating of 9 or 10 is very high; 8 is not', () => {
    expect([0, 8, 9, 10].map(isVeryHigh)).toEqual([false, false, true, true]);
  });

  it('3 → 5 → 5 → 8 from real ratings is rising, and with a 9 and a weekly check of 8/7/7 gives every reason it should', () => {
    const records = [
      ...ratings([
        [addDays(MON, -21), 3],
        [addDays(MON, -20), 3],
        [addDays(MON, -14), 5],
        [addDays(MON, -7), 5],
        [MON, 7],
        [addDays(MON, 1), 9],
      ]),
      peg(addDays(MON, 4), 8, 7, 7),
    ];
    const week = records.filter((r) => r.date >= MON);
    expect(seekHelpReasons(week, weeklyAverages(records, MON, 12))).toEqual([
      'veryHighRating',
      'risingForWeeks',
      'interferesWithLife',
    ]);
  });

  it('1.0 → 1.1 → 1.2 → 1.3 from real ratings (ten a week, more 2s each week): no reason', () => {
    const week = (start: string, twos: number) =>
      ratings(Array.from({ length: 10 }, (_, i) => [start, i < twos ? 2 : 1] as const));
    const records = [
      ...week(addDays(MON, -21), 0),
      ...week(addDays(MON, -14), 1),
      ...week(addDays(MON, -7), 2),
      ...week(MON, 3),
    ];
    const averages = weeklyAverages(records, MON, 12);
    expect(averages.slice(-4).map((w) => w.avg)).toEqual([1, 1.1, 1.2, 1.3]);
    expect(
      seekHelpReasons(
        records.filter((r) => r.date >= MON),
        averages,
      ),
    ).toEqual([]);
  });

  it('the summary figures carry the weekly check of the week shown, not of the week before', () => {
    const now = [...ratings([[MON, 4]]), peg(addDays(MON, 4), 6, 8, 5)];
    expect(periodFigures(now, MON, 1).seekHelp).toEqual(['interferesWithLife']);
    const before = [...ratings([[MON, 4]]), peg(addDays(MON, -3), 6, 8, 5)];
    expect(periodFigures(before, MON, 1).seekHelp).toEqual([]);
  });
});

describe('the warning signs a reviewer reads', () => {
  it('every sign shown, and each tier’s heading, is in docs/clinical-basis.md with its words and a source', () => {
    const doc = readFileSync(new URL('../../docs/clinical-basis.md', import.meta.url), 'utf8');
    const messages = en as Record<string, { message: string }>;
    expect(WARNING_SIGNS.map((g) => g.tier)).toEqual(['urgent', 'soon']);
    for (const group of WARNING_SIGNS) {
      expect(doc).toContain(`"${messages[group.title]!.message}" (\`${group.title}\`)`);
      for (const key of group.signs) {
        const row = doc.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
        expect(row, key).toBeDefined();
        const [, text, source] = row!.split(' | ');
        expect(text, key).toBe(messages[key]!.message);
        expect(source?.trim().length, key).toBeGreaterThan(10);
      }
    }
  });
});

describe('morning stiffness of 30 minutes or more on most days of the two weeks ending with the week shown', () => {
  const SUN = addDays(MON, 6);
  /** Morning checks, one per entry: days before SUN and their stiffness (a letter each: n u m o). */
  const BAND = { n: 'none', u: 'under30', m: '30to60', o: 'over60' } as const;
  const mornings = (pattern: string, lastDay = SUN) =>
    [...pattern].flatMap((c, i) => {
      if (c === '.') return [];
      const date = addDays(lastDay, -(pattern.length - 1 - i));
      return [
        makeMorning(
          { id: `m${date}`, at: atWallTime(date, 8 * 60, 'Europe/Berlin'), stiffness: BAND[c as keyof typeof BAND] },
          'Europe/Berlin',
        ),
      ];
    });

  it.each<[string, boolean, string]>([
    ['mmmmm..mmmmm..', true, 'ten work days, all 30–60 min'],
    ['mmmmm..mnnnn..', true, 'six of ten: most'],
    ['mmmmm..nnnnn..', false, 'five of ten: half is not most'],
    ['oooooo........', true, 'six answered, all over an hour'],
    ['ooooo.........', false, 'five mornings are too few, even all long'],
    ['mmmmmmmnnnnnnn', false, 'seven of fourteen: not most'],
    ['mmmmmmmmnnnnnn', true, 'eight of fourteen'],
    ['uuuuu..uuuuu..', false, 'under 30 minutes does not count'],
    ['uuuu...mmmmmm.', true, '30 minutes and more on six of ten'],
  ])('%s → %s (%s)', (pattern, expected) => {
    expect(longMorningStiffness(mornings(pattern), SUN)).toBe(expected);
  });

  it('looks at fourteen days only: long mornings before them do not count', () => {
    const old = mornings('mmmmmm', addDays(SUN, -14));
    expect(longMorningStiffness(old, SUN)).toBe(false);
    expect(longMorningStiffness([...old, ...mornings('mmmmmm')], SUN)).toBe(true);
    // Nor do mornings after the last day.
    expect(longMorningStiffness(mornings('mmmmmm', addDays(SUN, 7)), SUN)).toBe(false);
  });

  it('counts a day once, by its latest answer, and ignores checks without a stiffness answer', () => {
    const six = mornings('mmmmmm');
    const changedMind = makeMorning(
      { id: 'late', at: atWallTime(SUN, 9 * 60, 'Europe/Berlin'), stiffness: 'none' },
      'Europe/Berlin',
    );
    expect(longMorningStiffness([...six, changedMind], SUN)).toBe(false);
    const sleepOnly = Array.from({ length: 8 }, (_, i) =>
      makeMorning(
        { id: `s${i}`, at: atWallTime(addDays(SUN, -i - 6), 8 * 60, 'Europe/Berlin'), sleep: 3 },
        'Europe/Berlin',
      ),
    );
    expect(longMorningStiffness([...six, ...sleepOnly], SUN)).toBe(true);
  });

  it('is a reason on the summary and the report for the week shown, from this week and the last', () => {
    const records = [...ratings([[MON, 3]]), ...mornings('mmmmm..m......')];
    expect(periodFigures(records, MON, 1).seekHelp).toEqual(['longMorningStiffness']);
    expect(periodFigures(records, addDays(MON, 14), 1).seekHelp).toEqual([]);
    expect(periodFigures(records, addDays(MON, -7), 1).seekHelp).toEqual([]);
    expect(en.seekHelpStiffness.message).toMatch(/30 minutes or more on most mornings of the last two weeks/);
  });
});
