/**
 * The summary's day table and the report's table count breaks as the adherence figures above them
 * do, on one data set: "Breaks taken" is breaks with the guide or away from the computer, and a
 * break marked done without the guide has its own column (docs/clinical-basis.md, "Stretch break").
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DayTable } from '../../components/summary/day-table';
import { Overview } from '../../components/summary/overview';
import { ReportApp } from '../../entrypoints/report/app';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { periodFigures } from '../../utils/core/stats/period';
import { addRecords } from '../../utils/storage/records';
import type { BreakKind, BreakOutcome, GuideRun, LimberRecord } from '../../utils/core/data/records';

const MON = '2026-11-23';
const TAKEN = 'Breaks taken (with the guide or away)';
const UNGUIDED = 'Marked done without the guide';
let n = 0;
const at = (date: string, h: number): number =>
  Date.parse(`${date}T${String(h).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00Z`);
const brk = (
  date: string,
  kind: BreakKind,
  outcome: BreakOutcome,
  extra: { seconds?: number; guided?: GuideRun } = {},
) => makeBreak({ id: `b${n++}`, at: at(date, 10), kind, outcome, ...extra }, 'UTC');
const rating = (date: string, score: number): LimberRecord =>
  makeRating({ id: `r${n++}`, at: at(date, 9), source: 'prompt', score }, 'UTC');

/** Every outcome: 6 taken (3 with the guide, 1 from before it was tracked, 2 away), 4 without the guide. */
const records: LimberRecord[] = [
  rating(MON, 4),
  brk(MON, 'stretch', 'done', { seconds: 300, guided: 'completed' }),
  brk(MON, 'stretch', 'done', { seconds: 30, guided: 'partial' }),
  brk(MON, 'stretch', 'done', { guided: 'none' }),
  brk(MON, 'stretch', 'done', { seconds: 120 }),
  brk(MON, 'stretch', 'done'),
  brk(MON, 'natural', 'done', { seconds: 600 }),
  brk(MON, 'stretch', 'snoozed'),
  brk(MON, 'stretch', 'skipped'),
  brk(MON, 'stretch', 'missed'),
  brk(MON, 'eyes', 'done'),
  brk('2026-11-24', 'stretch', 'done', { guided: 'none' }),
  brk('2026-11-24', 'stretch', 'done', { guided: 'none' }),
  rating('2026-11-25', 6),
  brk('2026-11-25', 'stretch', 'done', { seconds: 300, guided: 'completed' }),
  brk('2026-11-25', 'natural', 'done', { seconds: 900 }),
];

/** The numbers in the column headed `name`, one per body row. */
function column(table: HTMLElement, name: string): number[] {
  const headers = within(table).getAllByRole('columnheader');
  const i = headers.findIndex((h) => h.textContent === name);
  expect(i, `column "${name}"`).toBeGreaterThan(-1);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Number(row.children[i]!.textContent));
}
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('the summary: day table and overview agree', () => {
  it('adds up to the breaks taken and the outcomes shown above it', () => {
    const { summary } = periodFigures(records, MON, 1);
    render(
      <>
        <Overview summary={summary} change={null} />
        <DayTable days={summary.days} id="day-table" />
      </>,
    );
    const outcomes = screen.getByRole('table', { name: 'Stretch breaks by what happened' });
    const shown = (label: string) =>
      Number(within(outcomes).getByRole('rowheader', { name: label }).parentElement?.querySelector('td')?.textContent);
    const taken = Number(outcomes.closest('.stat')?.querySelector('.stat-value')?.textContent);
    expect(taken).toBe(6);

    const days = screen.getByRole('table', { name: 'Pain, breaks and posture checks per day' });
    expect(column(days, TAKEN)).toEqual([4, 0, 2, 0, 0, 0, 0]);
    expect(sum(column(days, TAKEN))).toBe(taken);
    expect(sum(column(days, UNGUIDED))).toBe(shown(UNGUIDED));
    expect(sum(column(days, UNGUIDED))).toBe(4);
    expect(sum(column(days, 'Snoozed'))).toBe(shown('Snoozed (the break came back later)'));
    expect(sum(column(days, 'Skipped'))).toBe(shown('Skipped'));
    expect(sum(column(days, 'Missed'))).toBe(shown('Missed (no answer)'));
    expect(screen.queryByRole('columnheader', { name: 'Breaks done' })).toBeNull();
  });
});

describe('the report: its table agrees with its adherence line', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 12));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    { weeks: 1, rows: 7 },
    { weeks: 4, rows: 4 },
  ])('over $weeks week(s)', async ({ weeks, rows }) => {
    await addRecords(records);
    history.replaceState(null, '', `/report.html?week=${MON}&weeks=${weeks}`);
    render(<ReportApp />);
    const table = await screen.findByRole('table', { name: 'Pain and breaks over the period' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(rows + 1));
    expect(sum(column(table, TAKEN))).toBe(6);
    expect(sum(column(table, UNGUIDED))).toBe(4);
    // The line above the table: 2 guided and completed + 2 started + 2 natural = 6 taken.
    expect(
      screen.getByText(
        'Breaks: Guided and completed: 2 · Guide started, ended early: 2 · Marked done without the guide: 4 · ' +
          'Natural breaks (away from the computer): 2 · Snoozed (the break came back later): 1 · Skipped: 1 · ' +
          'Missed (no answer): 1',
      ),
    ).toBeTruthy();
  });
});
