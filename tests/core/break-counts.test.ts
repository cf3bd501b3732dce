/**
 * Breaks counted by what happened, the same in every place: the summary's day table and totals,
 * the report's rows and the breaks-against-pain comparison count as "taken" what the adherence
 * figures count (guide started or completed, or time away), and a break marked done without the
 * guide apart (docs/clinical-basis.md, "Stretch break").
 */
import { describe, expect, it } from 'vitest';
import { atWallTime } from '../../utils/core/time/local-time';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { breaksVsPain } from '../../utils/core/stats/breaks-vs-pain';
import { periodFigures } from '../../utils/core/stats/period';
import { reportFigures } from '../../utils/core/stats/report';
import type { BreakKind, BreakOutcome, GuideRun, LimberRecord } from '../../utils/core/data/records';
import type { ReportGrouping } from '../../utils/core/stats/report';

const TZ = 'Europe/Berlin';
const MON = '2026-11-23';
let n = 0;
const brk = (
  date: string,
  kind: BreakKind,
  outcome: BreakOutcome,
  extra: { seconds?: number; guided?: GuideRun } = {},
): LimberRecord =>
  makeBreak({ id: `b${n++}`, at: atWallTime(date, 9 * 60 + (n % 500), TZ), kind, outcome, ...extra }, TZ);
const rating = (date: string, score: number): LimberRecord =>
  makeRating({ id: `r${n++}`, at: atWallTime(date, 8 * 60 + (n % 500), TZ), source: 'prompt', score }, TZ);

const guided = (date: string) => brk(date, 'stretch', 'done', { seconds: 300, guided: 'completed' });
const partial = (date: string) => brk(date, 'stretch', 'done', { seconds: 40, guided: 'partial' });
const unguided = (date: string) => brk(date, 'stretch', 'done', { guided: 'none' });
/** Records from before the guide's progress was kept: `seconds` only when the guide was started. */
const oldStarted = (date: string) => brk(date, 'stretch', 'done', { seconds: 120 });
const oldUnguided = (date: string) => brk(date, 'stretch', 'done');

/** Every kind of outcome, over several days of the week of MON and the three weeks before. */
const records: LimberRecord[] = [
  rating(MON, 4),
  guided(MON),
  partial(MON),
  unguided(MON),
  oldStarted(MON),
  oldUnguided(MON),
  brk(MON, 'natural', 'done', { seconds: 600 }),
  brk(MON, 'stretch', 'snoozed'),
  brk(MON, 'stretch', 'skipped'),
  brk(MON, 'stretch', 'missed'),
  brk(MON, 'eyes', 'done'),
  brk(MON, 'posture', 'done'),
  unguided('2026-11-24'),
  unguided('2026-11-24'),
  guided('2026-11-26'),
  brk('2026-11-26', 'natural', 'done', { seconds: 900 }),
  brk('2026-11-29', 'stretch', 'missed'),
  // The weeks before (only in the four-week period).
  unguided('2026-11-03'),
  guided('2026-11-10'),
  oldStarted('2026-11-17'),
  oldUnguided('2026-11-18'),
  brk('2026-11-19', 'stretch', 'snoozed'),
];

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('a day’s breaks by what happened', () => {
  it('counts each outcome apart, and as taken only breaks with the guide or away', () => {
    const { summary } = periodFigures(records, MON, 1);
    expect(summary.days[0]!.breaks).toEqual({
      guided: 1,
      started: 2,
      unguided: 2,
      natural: 1,
      snoozed: 1,
      skipped: 1,
      missed: 1,
      taken: 4,
    });
    // Two breaks marked done without the guide: none taken.
    expect(summary.days[1]!.breaks).toMatchObject({ unguided: 2, taken: 0 });
    expect(summary.days[3]!.breaks).toMatchObject({ guided: 1, natural: 1, taken: 2 });
  });

  it('counts records from before the guide was tracked as started (with a time) or unguided, never as guided', () => {
    const { summary } = periodFigures([oldStarted(MON), oldUnguided(MON), oldUnguided(MON)], MON, 1);
    expect(summary.days[0]!.breaks).toMatchObject({ guided: 0, started: 1, unguided: 2, taken: 1 });
  });
});

describe('one data set, the same figures everywhere', () => {
  it.each([1, 4] as const)('over %i week(s): day table, totals and report rows agree with adherence', (weeks) => {
    const { summary } = periodFigures(records, MON, weeks);
    const { adherence, days, totals } = summary;
    const { breaks } = adherence;
    // The day table (its columns added up) and the period totals.
    expect(sum(days.map((d) => d.breaks.taken))).toBe(adherence.breaksTaken);
    for (const k of ['guided', 'started', 'unguided', 'natural', 'snoozed', 'skipped', 'missed'] as const)
      expect(sum(days.map((d) => d.breaks[k])), k).toBe(breaks[k]);
    expect(totals.breaks).toEqual({ ...breaks, taken: adherence.breaksTaken });
    // The report's rows, however they are grouped.
    for (const by of ['day', 'week', 'fortnight', 'month'] satisfies ReportGrouping[]) {
      const rows = reportFigures(summary, by).rows;
      expect(sum(rows.map((r) => r.taken)), by).toBe(adherence.breaksTaken);
      expect(sum(rows.map((r) => r.unguided)), by).toBe(breaks.unguided);
    }
  });

  it('gives the figures of this data set', () => {
    const week = periodFigures(records, MON, 1).summary;
    expect(week.adherence.breaksTaken).toBe(6);
    expect(week.adherence.breaks.unguided).toBe(4);
    expect(reportFigures(week, 'day').rows.map((r) => [r.taken, r.unguided])).toEqual([
      [4, 2],
      [0, 2],
      [0, 0],
      [2, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    const four = periodFigures(records, MON, 4).summary;
    expect(reportFigures(four, 'week').rows.map((r) => [r.taken, r.unguided])).toEqual([
      [0, 1],
      [1, 0],
      [1, 1],
      [6, 4],
    ]);
  });
});

describe('breaks against pain', () => {
  const dates = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'];
  it('counts as a break before the rating only one taken: marked done without the guide is not', () => {
    // Three calm days with four breaks each marked done without the guide, three painful days
    // with one guided break each: the days with more breaks taken are the painful ones.
    const list = dates.flatMap((d, i) =>
      i < 3
        ? [rating(d, 2), unguided(d), unguided(d), oldUnguided(d), unguided(d)]
        : [rating(d, 6), i === 5 ? oldStarted(d) : guided(d)],
    );
    expect(breaksVsPain(list, dates)).toEqual({
      more: { days: 3, ratings: 3, avg: 6, breaksPerDay: 1 },
      rest: { days: 3, ratings: 3, avg: 2, breaksPerDay: 0 },
      fromDate: dates[0],
      toDate: dates[5],
    });
  });

  it('counts natural breaks as taken', () => {
    const list = dates.flatMap((d, i) => [
      rating(d, i < 3 ? 3 : 5),
      ...(i < 3 ? [brk(d, 'natural', 'done', { seconds: 600 }), partial(d)] : [brk(d, 'stretch', 'skipped')]),
    ]);
    expect(breaksVsPain(list, dates)).toMatchObject({
      more: { days: 3, avg: 3, breaksPerDay: 2 },
      rest: { days: 3, avg: 5, breaksPerDay: 0 },
    });
  });
});
