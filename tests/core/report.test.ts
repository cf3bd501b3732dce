/**
 * The clinician report's figures as the report page computes them:
 * `reportFigures(periodFigures(records, start, weeks).summary, weeks)`.
 */
import { describe, expect, it } from 'vitest';
import { atWallTime } from '../../utils/core/time/local-time';
import { weekStartOf } from '../../utils/core/time/week';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { makeMorning } from '../../utils/core/data/morning';
import { editMorning } from '../../utils/core/data/edit-morning';
import { answeredPercent } from '../../utils/core/stats/adherence';
import { periodFigures } from '../../utils/core/stats/period';
import { REPORT_NOTES, REPORT_REGIONS, reportFigures } from '../../utils/core/stats/report';
import type { BreakKind, BreakOutcome, GuideRun, LimberRecord, RatingRecord } from '../../utils/core/data/records';
import type { Region } from '../../utils/core/content/regions';
import type { PeriodWeeks } from '../../utils/core/stats/period';
import type { ReportFigures } from '../../utils/core/stats/report';

const TZ = 'Europe/Berlin';
let n = 0;
const rating = (
  date: string,
  hhmm: string,
  score: number,
  extra: { regions?: Region[]; note?: string } = {},
): LimberRecord => {
  const [h, m] = hhmm.split(':').map(Number);
  return makeRating({ id: `r${n++}`, at: atWallTime(date, h! * 60 + m!, TZ), source: 'prompt', score, ...extra }, TZ);
};
const brk = (
  date: string,
  kind: BreakKind,
  outcome: BreakOutcome,
  extra: { seconds?: number; guided?: GuideRun } = {},
): LimberRecord =>
  makeBreak({ id: `b${n++}`, at: atWallTime(date, 9 * 60 + (n % 400), TZ), kind, outcome, ...extra }, TZ);
const guided = { seconds: 300, guided: 'completed' } as const;
const report = (records: readonly LimberRecord[], start: string, weeks: PeriodWeeks): ReportFigures =>
  reportFigures(periodFigures(records, start, weeks).summary, weeks);

const MON = '2026-11-23';

describe('the report table', () => {
  const records = [
    // Monday: 4, 6, 2 and two breaks taken (1 with the guide, 1 natural), 1 marked done without the guide;
    // snoozed and skipped ones count in neither column.
    rating(MON, '09:00', 4),
    rating(MON, '12:00', 6),
    rating(MON, '16:00', 2),
    brk(MON, 'stretch', 'done', guided),
    brk(MON, 'stretch', 'done', { guided: 'none' }),
    brk(MON, 'natural', 'done'),
    brk(MON, 'stretch', 'snoozed'),
    brk(MON, 'stretch', 'skipped'),
    brk(MON, 'eyes', 'done'),
    // Wednesday: one rating of 8; Thursday: a break, no rating.
    rating('2026-11-25', '10:00', 8),
    brk('2026-11-26', 'stretch', 'done', guided),
    // Two weeks before: Monday 2, 2, 2 and Tuesday 8 (the week's average is 3.5, not 5).
    rating('2026-11-09', '09:00', 2),
    rating('2026-11-09', '12:00', 2),
    rating('2026-11-09', '15:00', 2),
    rating('2026-11-10', '10:00', 8),
    brk('2026-11-10', 'natural', 'done'),
    // A week without ratings, with breaks from before the guide was tracked: started (a time) and not.
    brk('2026-11-17', 'stretch', 'done', { seconds: 120 }),
    brk('2026-11-18', 'stretch', 'done'),
  ];
  const none = { avg: null, min: null, max: null, count: 0 };

  it.each([
    {
      name: 'one week from Monday: a row per day',
      start: MON,
      weeks: 1 as const,
      rows: [
        { from: MON, to: MON, avg: 4, min: 2, max: 6, count: 3, taken: 2, unguided: 1 },
        { from: '2026-11-24', to: '2026-11-24', ...none, taken: 0, unguided: 0 },
        { from: '2026-11-25', to: '2026-11-25', avg: 8, min: 8, max: 8, count: 1, taken: 0, unguided: 0 },
        { from: '2026-11-26', to: '2026-11-26', ...none, taken: 1, unguided: 0 },
        { from: '2026-11-27', to: '2026-11-27', ...none, taken: 0, unguided: 0 },
        { from: '2026-11-28', to: '2026-11-28', ...none, taken: 0, unguided: 0 },
        { from: '2026-11-29', to: '2026-11-29', ...none, taken: 0, unguided: 0 },
      ],
    },
    {
      name: 'one week from Sunday: a row per day, the Sunday before first',
      start: weekStartOf('2026-11-25', 0),
      weeks: 1 as const,
      rows: [
        { from: '2026-11-22', to: '2026-11-22', ...none, taken: 0, unguided: 0 },
        { from: MON, to: MON, avg: 4, min: 2, max: 6, count: 3, taken: 2, unguided: 1 },
        { from: '2026-11-24', to: '2026-11-24', ...none, taken: 0, unguided: 0 },
        { from: '2026-11-25', to: '2026-11-25', avg: 8, min: 8, max: 8, count: 1, taken: 0, unguided: 0 },
        { from: '2026-11-26', to: '2026-11-26', ...none, taken: 1, unguided: 0 },
        { from: '2026-11-27', to: '2026-11-27', ...none, taken: 0, unguided: 0 },
        { from: '2026-11-28', to: '2026-11-28', ...none, taken: 0, unguided: 0 },
      ],
    },
    {
      name: 'four weeks from Monday: a row per week, each rating weighing the same',
      start: MON,
      weeks: 4 as const,
      rows: [
        { from: '2026-11-02', to: '2026-11-08', ...none, taken: 0, unguided: 0 },
        { from: '2026-11-09', to: '2026-11-15', avg: 3.5, min: 2, max: 8, count: 4, taken: 1, unguided: 0 },
        { from: '2026-11-16', to: '2026-11-22', ...none, taken: 1, unguided: 1 },
        { from: MON, to: '2026-11-29', avg: 5, min: 2, max: 8, count: 4, taken: 3, unguided: 1 },
      ],
    },
    {
      name: 'four weeks from Sunday: the weeks move back a day',
      start: weekStartOf('2026-11-25', 0),
      weeks: 4 as const,
      rows: [
        { from: '2026-11-01', to: '2026-11-07', ...none, taken: 0, unguided: 0 },
        { from: '2026-11-08', to: '2026-11-14', avg: 3.5, min: 2, max: 8, count: 4, taken: 1, unguided: 0 },
        { from: '2026-11-15', to: '2026-11-21', ...none, taken: 1, unguided: 1 },
        { from: '2026-11-22', to: '2026-11-28', avg: 5, min: 2, max: 8, count: 4, taken: 3, unguided: 1 },
      ],
    },
  ])('$name', ({ start, weeks, rows }) => {
    expect(report(records, start, weeks).rows).toEqual(rows);
  });
});

describe('prompts answered, in percent', () => {
  it.each([
    { name: '9 of 12 → 75 %', answered: 9, shown: 12, percent: 75 },
    { name: '2 of 3 → 67 % (rounded)', answered: 2, shown: 3, percent: 67 },
    { name: '1 of 8 → 13 % (half rounds up)', answered: 1, shown: 8, percent: 13 },
    { name: 'none of 5 → 0 %', answered: 0, shown: 5, percent: 0 },
    { name: 'none shown → no figure', answered: 0, shown: 0, percent: null },
  ])('$name', ({ answered, shown, percent }) => {
    expect(answeredPercent({ answered, shown, breaksTaken: 0, breaksOffered: 0 })).toBe(percent);
  });

  it('counts the prompts of the period as the report shows them', () => {
    // 3 rated prompts + 1 stretch done + 1 missed posture; a snooze is not a prompt shown; manual ratings are not
    // prompted.
    const records = [
      rating(MON, '09:00', 3),
      rating(MON, '12:00', 3),
      rating(MON, '15:00', 3),
      brk(MON, 'stretch', 'done'),
      brk(MON, 'posture', 'missed'),
      brk(MON, 'stretch', 'snoozed'),
    ];
    records.push(makeRating({ id: 'manual', at: atWallTime(MON, 20 * 60, TZ), source: 'manual', score: 5 }, TZ));
    expect(report(records, MON, 1).answeredPercent).toBe(80);
    expect(report([], MON, 1).answeredPercent).toBeNull();
  });
});

describe('worst regions and notable notes', () => {
  it(`names the ${REPORT_REGIONS} regions with the highest average, the more reported first among equals`, () => {
    const records = [
      rating(MON, '09:00', 3, { regions: ['neck', 'shoulders'] }),
      rating(MON, '10:00', 3, { regions: ['neck'] }),
      rating(MON, '11:00', 3, { regions: ['neck'] }),
      rating(MON, '12:00', 7, { regions: ['lowerBack'] }),
      rating(MON, '13:00', 5, { regions: ['wrists', 'upperBack'] }),
      rating(MON, '14:00', 5, { regions: ['upperBack'] }),
    ];
    const f = report(records, MON, 1);
    expect(f.worstRegions.map((r) => [r.region, r.avg, r.count])).toEqual([
      ['lowerBack', 7, 1],
      ['upperBack', 5, 2],
      ['wrists', 5, 1],
    ]);
    expect(
      report(
        records.map((r) => (r.type === 'rating' ? { ...r, regions: undefined } : r)),
        MON,
        1,
      ).worstRegions,
    ).toEqual([]);
  });

  it(`lists at most ${REPORT_NOTES} notes, the most painful first, the newest first among equals`, () => {
    const scores = [2, 9, 5, 9, 1, 7, 3];
    const records = scores.map((s, i) =>
      rating(i < 4 ? MON : '2026-11-27', `${String(9 + i).padStart(2, '0')}:00`, s, { note: `note ${i}` }),
    );
    // Notes from four weeks, one outside the period.
    records.push(
      rating('2026-11-02', '10:00', 10, { note: 'four weeks ago' }),
      rating('2026-11-01', '10:00', 10, { note: 'outside' }),
    );
    expect(report(records, MON, 1).notable.map((x) => [x.score, x.note])).toEqual([
      [9, 'note 3'],
      [9, 'note 1'],
      [7, 'note 5'],
      [5, 'note 2'],
      [3, 'note 6'],
    ]);
    expect(report(records, MON, 4).notable.map((x) => x.note)).toEqual([
      'four weeks ago',
      'note 3',
      'note 1',
      'note 5',
      'note 2',
    ]);
    expect(report([rating(MON, '09:00', 4)], MON, 1).notable).toEqual([]);
  });
});

describe('ratings changed or added after the fact', () => {
  /** A rating of `date` marked as changed a day later (from 3), as added a day later, or both. */
  const marked = (date: string, marks: 'edited' | 'added' | 'both' | 'none'): LimberRecord => {
    const r = rating(date, '10:00', 5) as RatingRecord;
    const later = r.at + 86_400_000;
    return {
      ...r,
      ...(marks === 'edited' || marks === 'both' ? { edited: { at: later, fromScore: 3, fromAt: r.at } } : {}),
      ...(marks === 'added' || marks === 'both' ? { added: later } : {}),
    };
  };
  const WEEK_BEFORE = '2026-11-16';
  const NEXT_WEEK = '2026-11-30';

  it.each([
    { name: 'none marked: zero', records: [marked(MON, 'none'), brk(MON, 'stretch', 'done')], weeks: 1, later: [0, 0] },
    {
      name: 'changed and added in the week',
      records: [marked(MON, 'edited'), marked('2026-11-25', 'edited'), marked('2026-11-29', 'added')],
      weeks: 1,
      later: [2, 1],
    },
    { name: 'added, then changed: counted as both', records: [marked(MON, 'both')], weeks: 1, later: [1, 1] },
    {
      name: 'one week: the trend weeks before and the week after are not counted',
      records: [marked(WEEK_BEFORE, 'edited'), marked('2026-11-02', 'added'), marked(NEXT_WEEK, 'edited')],
      weeks: 1,
      later: [0, 0],
    },
    {
      name: 'four weeks: every week of the four, none before or after',
      records: [
        marked(WEEK_BEFORE, 'edited'),
        marked('2026-11-02', 'added'),
        marked('2026-11-01', 'edited'),
        marked(NEXT_WEEK, 'added'),
      ],
      weeks: 4,
      later: [1, 1],
    },
  ] as const)('$name', ({ records, weeks, later }) => {
    const f = report(records, MON, weeks);
    expect([f.later.edited, f.later.added]).toEqual(later);
  });

  it('counts the morning checks of the period changed in the diary, apart from the ratings', () => {
    const check = (date: string, id: string) =>
      makeMorning({ id, at: Date.parse(`${date}T07:00:00Z`), sleep: 5 }, 'UTC');
    const changed = (date: string, id: string) =>
      editMorning(check(date, id), { sleep: 2 }, Date.parse(`${date}T12:00:00Z`));
    const f = report(
      [
        changed(MON, 'm1'),
        changed('2026-11-26', 'm2'),
        check('2026-11-27', 'm3'),
        changed(NEXT_WEEK, 'm4'),
        marked(MON, 'edited'),
      ],
      MON,
      1,
    );
    expect(f.later).toEqual({ edited: 1, added: 0, morningEdited: 2 });
  });
});
