/**
 * The clinician report's longer ranges: twelve weeks and since a date (`rangeFigures`), the table's
 * rows per week, fortnight or month so it stays one page, and the range kept in the address.
 */
import { describe, expect, it } from 'vitest';
import { addDays, atWallTime } from '../../utils/core/time/local-time';
import { makePeg, makeRating } from '../../utils/core/data/records';
import { rangeFigures } from '../../utils/core/stats/period';
import { REPORT_MAX_ROWS, reportFigures, reportGrouping } from '../../utils/core/stats/report';
import { DEFAULT_RANGE, parseRange, rangeSearch, SINCE_MAX_DAYS } from '../../entrypoints/report/range';
import type { LimberRecord } from '../../utils/core/data/records';

const TZ = 'Europe/Berlin';
let n = 0;
const rating = (date: string, score: number): LimberRecord =>
  makeRating({ id: `r${n++}`, at: atWallTime(date, 10 * 60 + (n % 300), TZ), source: 'prompt', score }, TZ);
const peg = (date: string, pain: number, enjoyment: number, activity: number): LimberRecord =>
  makePeg({ id: `p${n++}`, at: atWallTime(date, 18 * 60, TZ), pain, enjoyment, activity }, TZ);

/** Monday 23 Nov 2026: the last week of every range below. */
const MON = '2026-11-23';
const SUNDAY = '2026-11-29';

/** Ratings on Mon, Tue and Wed of each of the `weeks` weeks starting `first`, two a day. */
function weeksOf(first: string, weeks: number, score: number): LimberRecord[] {
  return Array.from({ length: weeks }, (_, w) =>
    [0, 1, 2].flatMap((d) => [rating(addDays(first, 7 * w + d), score), rating(addDays(first, 7 * w + d), score)]),
  ).flat();
}

describe('what a table row covers', () => {
  it.each([
    [7, 'day'],
    [8, 'week'],
    [28, 'week'],
    [84, 'week'],
    [7 * REPORT_MAX_ROWS, 'week'],
    [7 * REPORT_MAX_ROWS + 1, 'fortnight'],
    [14 * REPORT_MAX_ROWS, 'fortnight'],
    [14 * REPORT_MAX_ROWS + 1, 'month'],
    [SINCE_MAX_DAYS + 7, 'month'],
  ] as const)('%i days → a row per %s', (days, grouping) => {
    expect(reportGrouping(days)).toBe(grouping);
  });
});

describe('a twelve-week report', () => {
  const first = addDays(MON, -77);
  // Weeks 1–4 at 8, 5–8 at 3, 9–12 at 6; a weekly check in week 2 and week 12.
  const records = [
    ...weeksOf(first, 4, 8),
    ...weeksOf(addDays(first, 28), 4, 3),
    ...weeksOf(addDays(first, 56), 4, 6),
    peg(addDays(first, 9), 7, 6, 5),
    peg(addDays(MON, 2), 4, 4, 4),
    // Before the twelve weeks: not in the report.
    rating(addDays(first, -1), 10),
  ];
  const f = rangeFigures(records, first, MON);
  const report = reportFigures(f.summary);

  it('runs from the Monday eleven weeks back to the end of the week, a row per week', () => {
    expect([f.first, f.last]).toEqual([first, SUNDAY]);
    expect(report.rows).toHaveLength(12);
    expect(report.rows.map((r) => [r.from, r.to, r.avg, r.count])[0]).toEqual([first, addDays(first, 6), 8, 6]);
    expect(report.rows.at(-1)).toMatchObject({ from: MON, to: SUNDAY, avg: 6, count: 6 });
    expect(f.summary.pain).toMatchObject({ count: 72, max: 8, min: 3 });
  });

  it('compares the last four weeks with the four before, from what it read', () => {
    expect(f.change).toMatchObject({ before: 3, after: 6, points: 3 });
  });

  it('shows every weekly check of the twelve weeks and the trend of all twelve', () => {
    expect(f.peg.checks.map((c) => c.score)).toEqual([6, 4]);
    expect(f.averages.map((w) => w.avg)).toEqual([8, 8, 8, 8, 3, 3, 3, 3, 6, 6, 6, 6]);
  });
});

describe('a report since a date', () => {
  it('about six months: a row per fortnight counted back from the last week, every day in one row', () => {
    const since = '2026-05-20';
    const records = [...weeksOf('2026-05-18', 28, 4), rating('2026-05-19', 9), peg('2026-05-27', 6, 5, 4)];
    const f = rangeFigures(records, since, MON);
    const { rows } = reportFigures(f.summary);
    expect(f.summary.days).toHaveLength(194);
    expect(reportGrouping(194)).toBe('month');
    const fortnights = reportFigures(rangeFigures(records, '2026-06-10', MON).summary).rows;
    expect(fortnights).toHaveLength(13);
    // 173 days: twelve whole fortnights and the 5 days before them.
    expect(fortnights[0]).toMatchObject({ from: '2026-06-10', to: '2026-06-14' });
    expect(fortnights[1]).toMatchObject({ from: '2026-06-15', to: '2026-06-28' });
    expect(fortnights.at(-1)).toMatchObject({ from: '2026-11-16', to: SUNDAY });
    // Calendar months for the longer one, the first from the chosen day; the 9 the day before is out.
    expect(rows.map((r) => [r.from, r.to])).toEqual([
      ['2026-05-20', '2026-05-31'],
      ['2026-06-01', '2026-06-30'],
      ['2026-07-01', '2026-07-31'],
      ['2026-08-01', '2026-08-31'],
      ['2026-09-01', '2026-09-30'],
      ['2026-10-01', '2026-10-31'],
      ['2026-11-01', SUNDAY],
    ]);
    expect(rows.reduce((a, r) => a + r.count, 0)).toBe(f.summary.pain!.count);
    expect(f.summary.pain!.max).toBe(4);
    // The trend covers every week of the range.
    expect(f.averages).toHaveLength(28);
    expect(f.averages[0]!.start).toBe('2026-05-18');
    // So do the weekly checks, the one in its second week too.
    expect(f.peg.checks.map((c) => [c.date, c.score])).toEqual([['2026-05-27', 5]]);
    // A range whose only records are older than the summary's twelve weeks still has something to show.
    expect(rangeFigures([rating('2026-06-01', 3)], since, MON).anyInTrend).toBe(true);
    expect(rangeFigures([rating('2026-05-19', 3)], since, MON).anyInTrend).toBe(false);
  });

  it('a year back at most: monthly rows stay within one page', () => {
    const since = addDays(MON, -SINCE_MAX_DAYS);
    const f = rangeFigures([], since, MON);
    expect(reportFigures(f.summary).rows.length).toBeLessThanOrEqual(REPORT_MAX_ROWS);
  });
});

describe('the range in the address', () => {
  const TODAY = '2026-11-25';
  it.each([
    ['', DEFAULT_RANGE],
    ['?weeks=1', { weeks: 1 }],
    ['?weeks=4', { weeks: 4 }],
    ['?week=2026-11-02&weeks=12', { weeks: 12 }],
    ['?weeks=52', { weeks: 4 }],
    ['?since=2026-06-01', { since: '2026-06-01' }],
    ['?since=2026-02-30', { weeks: 4 }],
    ['?since=june', { weeks: 4 }],
    ['?since=2027-01-01', { since: TODAY }],
    ['?since=2020-01-01', { since: addDays(TODAY, -SINCE_MAX_DAYS) }],
  ])('%s → %o', (search, range) => {
    expect(parseRange(search, TODAY)).toEqual(range);
  });

  it('writes the range and keeps the week asked for', () => {
    expect(rangeSearch('?week=2026-11-02&weeks=4', { weeks: 12 })).toBe('?week=2026-11-02&weeks=12');
    expect(rangeSearch('?week=2026-11-02&weeks=4', { since: '2026-06-01' })).toBe('?week=2026-11-02&since=2026-06-01');
    expect(parseRange(rangeSearch('', { since: '2026-06-01' }), TODAY)).toEqual({ since: '2026-06-01' });
  });
});
