import { describe, expect, it } from 'vitest';
import { atWallTime } from '../../utils/core/time/local-time';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { clinicalChange } from '../../utils/core/stats/clinical-change';
import { seekHelpReasons } from '../../utils/core/stats/seek-help';
import { timeOfDayGroups } from '../../utils/core/stats/time-of-day';
import { weekStartOf } from '../../utils/core/time/week';
import { breaksVsPain } from '../../utils/core/stats/breaks-vs-pain';
import { periodChange, periodFigures } from '../../utils/core/stats/period';
import { weeklyAverages } from '../../utils/core/stats/trend';
import type { BreakKind, BreakOutcome, GuideRun, LimberRecord } from '../../utils/core/data/records';
import type { Region } from '../../utils/core/content/regions';

const BER = 'Europe/Berlin';
const NYC = 'America/New_York';
let n = 0;
const when = (date: string, hhmm: string, tz = BER) => {
  const [h, m] = hhmm.split(':').map(Number);
  return atWallTime(date, h! * 60 + m!, tz);
};
const rating = (date: string, hhmm: string, score: number, regions?: Region[], tz = BER, note?: string) =>
  makeRating(
    {
      id: `r${n++}`,
      at: when(date, hhmm, tz),
      source: 'prompt',
      score,
      ...(regions ? { regions } : {}),
      ...(note ? { note } : {}),
    },
    tz,
  );
const brk = (
  date: string,
  hhmm: string,
  kind: BreakKind,
  outcome: BreakOutcome,
  extra: { fixed?: boolean; seconds?: number; guided?: GuideRun } = {},
  tz = BER,
) => makeBreak({ id: `b${n++}`, at: when(date, hhmm, tz), kind, outcome, ...extra }, tz);
/** The week starting `start` as the summary page computes it, with the date it starts on. */
const shownWeek = (records: readonly LimberRecord[], start: string) => {
  const p = periodFigures(records, start, 1);
  return { start: p.first, ...p.summary };
};

describe('weekStartOf', () => {
  it('starts weeks on Monday or Sunday', () => {
    expect(weekStartOf('2026-11-25', 1)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-23', 1)).toBe('2026-11-23');
    expect(weekStartOf('2026-11-22', 1)).toBe('2026-11-16');
    expect(weekStartOf('2026-11-25', 0)).toBe('2026-11-22');
    expect(weekStartOf('2026-11-22', 0)).toBe('2026-11-22');
  });
});

describe('the summary of a hand-made week', () => {
  const records = [
    rating('2026-11-23', '09:00', 4, ['neck', 'shoulders']),
    rating('2026-11-23', '12:30', 6, ['neck'], BER, 'after the long meeting'),
    rating('2026-11-23', '16:00', 2),
    brk('2026-11-23', '10:00', 'stretch', 'done'),
    brk('2026-11-23', '11:00', 'stretch', 'done'),
    brk('2026-11-23', '12:00', 'stretch', 'snoozed'),
    brk('2026-11-23', '12:05', 'stretch', 'skipped'),
    brk('2026-11-23', '15:00', 'stretch', 'missed'),
    brk('2026-11-23', '13:00', 'natural', 'done'),
    brk('2026-11-23', '09:30', 'posture', 'done', { fixed: true }),
    brk('2026-11-23', '10:30', 'posture', 'done', { fixed: true }),
    brk('2026-11-23', '11:30', 'posture', 'done', { fixed: false }),
    brk('2026-11-23', '14:30', 'posture', 'missed'),
    // Just after midnight: Wednesday, not Tuesday.
    rating('2026-11-25', '00:10', 8, ['lowerBack']),
    // The week before and after must not leak in.
    rating('2026-11-22', '23:59', 10),
    rating('2026-11-30', '00:00', 10),
  ];
  const w = shownWeek(records, '2026-11-23');

  it('gives average, minimum, maximum and count per day, and nothing for empty days', () => {
    expect(w.days.map((d) => d.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(w.days[0]!.pain).toEqual({ count: 3, avg: 4, min: 2, max: 6 });
    expect(w.days[1]!.pain).toBeNull();
    expect(w.days[2]!.pain).toEqual({ count: 1, avg: 8, min: 8, max: 8 });
    expect(w.pain).toEqual({ count: 4, avg: 5, min: 2, max: 8 });
  });

  it('counts breaks by outcome and posture checks with those that needed fixing', () => {
    // The two stretch breaks were marked done without the guide: counted apart, not taken.
    expect(w.days[0]!.breaks).toEqual({
      guided: 0,
      started: 0,
      unguided: 2,
      natural: 1,
      snoozed: 1,
      skipped: 1,
      missed: 1,
      taken: 1,
    });
    expect(w.days[0]!.posture).toEqual({ answered: 3, fixed: 2, missed: 1 });
  });

  it('gives pain by region, most reported first', () => {
    expect(w.regions).toEqual([
      { region: 'neck', count: 2, avg: 5, max: 6 },
      { region: 'lowerBack', count: 1, avg: 8, max: 8 },
      { region: 'shoulders', count: 1, avg: 4, max: 4 },
    ]);
  });

  it('gives pain by time of day (the fixed parts of the day when no pain time is set)', () => {
    const bin = (b: string) => ({ kind: 'bin', bin: b });
    expect(timeOfDayGroups(w.ratingTimes, [])).toEqual([
      { group: bin('morning'), count: 2, avg: 6 },
      { group: bin('midday'), count: 1, avg: 6 },
      { group: bin('afternoon'), count: 1, avg: 2 },
      { group: bin('evening'), count: 0, avg: null },
    ]);
  });

  it('counts adherence: answered of shown, breaks taken of offered (natural breaks count as taken)', () => {
    // shown: 4 ratings + stretch done×2, skipped, missed + posture 3 done, 1 missed = 12; answered 4+2+3 = 9
    // The two stretch breaks were marked done without the guide (no time recorded): not taken.
    expect(w.adherence).toEqual({
      answered: 9,
      shown: 12,
      breaksTaken: 1,
      breaksOffered: 4,
      breaks: { guided: 0, started: 0, unguided: 2, snoozed: 1, skipped: 1, missed: 1, natural: 1 },
    });
  });

  it('lists the week’s notes', () => {
    expect(w.notes).toEqual([
      expect.objectContaining({ note: 'after the long meeting', score: 6, date: '2026-11-23' }),
    ]);
  });
});

describe('weeks across DST and time-zone changes', () => {
  it('keeps both 02:30s of the autumn DST night on that Sunday', () => {
    const first = makeRating({ id: 'a', at: Date.parse('2026-10-25T00:30:00Z'), source: 'manual', score: 3 }, BER);
    const second = makeRating({ id: 'b', at: Date.parse('2026-10-25T01:30:00Z'), source: 'manual', score: 5 }, BER);
    expect([first.date, second.date, first.tz, second.tz]).toEqual(['2026-10-25', '2026-10-25', 120, 60]);
    const monday = shownWeek([first, second], '2026-10-19');
    expect(monday.days[6]!.pain).toEqual({ count: 2, avg: 4, min: 3, max: 5 });
    expect(timeOfDayGroups(monday.ratingTimes, [])[0]).toEqual({
      group: { kind: 'bin', bin: 'morning' },
      count: 2,
      avg: 4,
    });
    const sunday = shownWeek([first, second], weekStartOf('2026-10-25', 0));
    expect(sunday.start).toBe('2026-10-25');
    expect(sunday.days[0]!.pain?.count).toBe(2);
  });

  it('places records by their own local day when the user travels mid-week', () => {
    const records = [
      rating('2026-11-23', '10:00', 2, undefined, BER),
      // Flew to New York: 23:30 on Thursday there is already Friday in Berlin.
      rating('2026-11-26', '23:30', 6, undefined, NYC),
      rating('2026-11-27', '08:00', 4, undefined, NYC),
    ];
    const w = shownWeek(records, '2026-11-23');
    expect(w.days[3]!.pain).toEqual({ count: 1, avg: 6, min: 6, max: 6 });
    expect(w.days[4]!.pain).toEqual({ count: 1, avg: 4, min: 4, max: 4 });
    expect(timeOfDayGroups(w.ratingTimes, [])[3]).toEqual({ group: { kind: 'bin', bin: 'evening' }, count: 1, avg: 6 });
  });
});

describe('comparison, trend and seek-help', () => {
  const weekOf = (start: string, scores: number[]) =>
    scores.map((s, i) => rating(start, `${String(9 + i).padStart(2, '0')}:00`, s));

  it('labels a week against the week before by clinical thresholds, higher = worse', () => {
    expect(clinicalChange(6, 4).label).toBe('moderateBetter'); // −33 %
    expect(clinicalChange(3, 2).label).toBe('moderateBetter'); // −33 %
    expect(clinicalChange(5, 4.4).label).toBe('minimalBetter'); // −12 %
    expect(clinicalChange(5, 5.3).label).toBe('same'); // +6 %
    expect(clinicalChange(5, 5.8)).toMatchObject({ label: 'minimalWorse', percent: expect.closeTo(16, 0) });
    expect(clinicalChange(4, 6)).toMatchObject({ label: 'substantialWorse', points: 2, percent: 50 });
    expect(clinicalChange(0, 1)).toMatchObject({ label: 'minimalWorse', percent: null });
  });

  it('averages each of 12 weeks and compares the last two', () => {
    const records = [...weekOf('2026-11-09', [6, 6]), ...weekOf('2026-11-16', [5, 3]), ...weekOf('2026-11-23', [2, 2])];
    const avgs = weeklyAverages(records, '2026-11-23', 12);
    expect(avgs).toHaveLength(12);
    expect(avgs.slice(-3).map((w) => w.avg)).toEqual([6, 4, 2]);
    expect(avgs[0]).toEqual({ start: '2026-09-07', avg: null, count: 0 });
    expect(periodChange(records, '2026-11-23', 1)).toMatchObject({
      before: 4,
      after: 2,
      points: -2,
      percent: -50,
      // Two ratings a week: the figures, but no verdict (tests/core/clinical-change.test.ts).
      label: 'notEnough',
      data: { before: { ratings: 2, days: 1 }, after: { ratings: 2, days: 1 } },
    });
    expect(periodChange(weekOf('2026-11-23', [3]), '2026-11-23', 1)).toBeNull();
  });

  it('suggests seeing a clinician for a 9–10, for pain rising for weeks, and for high pain three weeks running', () => {
    const calm = [...weekOf('2026-11-09', [3]), ...weekOf('2026-11-16', [3]), ...weekOf('2026-11-23', [3])];
    expect(seekHelpReasons(calm, weeklyAverages(calm, '2026-11-23', 12))).toEqual([]);
    const spike = [...calm, rating('2026-11-24', '10:00', 9)];
    expect(
      seekHelpReasons(
        spike.filter((r) => r.date >= '2026-11-23'),
        weeklyAverages(spike, '2026-11-23', 12),
      ),
    ).toEqual(['veryHighRating']);
    const rising = [
      ...weekOf('2026-11-02', [2]),
      ...weekOf('2026-11-09', [3]),
      ...weekOf('2026-11-16', [4]),
      ...weekOf('2026-11-23', [5]),
    ];
    expect(seekHelpReasons([], weeklyAverages(rising, '2026-11-23', 12))).toEqual(['risingForWeeks']);
    const high = [...weekOf('2026-11-09', [7, 8]), ...weekOf('2026-11-16', [7]), ...weekOf('2026-11-23', [8, 7])];
    expect(seekHelpReasons([], weeklyAverages(high, '2026-11-23', 12))).toEqual(['highForThreeWeeks']);
  });
});

describe('breaks and pain side by side', () => {
  const day = (date: string, breaks: number, score: number) => [
    rating(date, '11:00', score),
    ...Array.from({ length: breaks }, (_, i) =>
      brk(date, `${String(9 + i).padStart(2, '0')}:30`, 'stretch', 'done', { seconds: 300, guided: 'completed' }),
    ),
  ];
  const dates = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];

  it('compares the days with the most breaks taken with the rest, with the counts', () => {
    const records = [
      ...day(dates[0]!, 6, 2),
      ...day(dates[1]!, 5, 3),
      ...day(dates[2]!, 7, 1),
      ...day(dates[3]!, 1, 6),
      ...day(dates[4]!, 0, 7),
      ...day(dates[5]!, 2, 5),
    ];
    expect(breaksVsPain(records, dates)).toEqual({
      more: { days: 3, ratings: 3, avg: 2, breaksPerDay: 6 },
      rest: { days: 3, ratings: 3, avg: 6, breaksPerDay: 1 },
      fromDate: dates[0],
      toDate: dates[6],
    });
  });

  it('is not shown with fewer than 3 days on either side', () => {
    const five = [
      ...day(dates[0]!, 6, 2),
      ...day(dates[1]!, 5, 3),
      ...day(dates[2]!, 7, 1),
      ...day(dates[3]!, 1, 6),
      ...day(dates[4]!, 0, 7),
    ];
    expect(breaksVsPain(five, dates)).toBeNull();
    const lopsided = dates.flatMap((d, i) => day(d, i === 0 ? 5 : 1, 4));
    expect(breaksVsPain(lopsided, dates)).toBeNull();
  });
});
