/** The summary and the report show breaks by what happened: never "done" for a break without its guide. */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { breakOutcomesLine } from '../../components/summary/break-outcomes';
import { Overview } from '../../components/summary/overview';
import { makeBreak } from '../../utils/core/data/records';
import { noBreaks } from '../../utils/core/stats/adherence';
import { periodFigures } from '../../utils/core/stats/period';
import type { BreakKind, BreakOutcome, GuideRun } from '../../utils/core/data/records';

const MON = '2026-11-23';
let n = 0;
const brk = (kind: BreakKind, outcome: BreakOutcome, extra: { seconds?: number; guided?: GuideRun } = {}) =>
  makeBreak({ id: `b${n++}`, at: Date.UTC(2026, 10, 23, 10), kind, outcome, ...extra }, 'UTC');

const records = [
  brk('stretch', 'done', { seconds: 300, guided: 'completed' }),
  brk('stretch', 'done', { guided: 'none' }),
  brk('stretch', 'done', { guided: 'none' }),
  brk('stretch', 'done', { seconds: 20, guided: 'partial' }),
  brk('stretch', 'snoozed'),
  brk('stretch', 'missed'),
  brk('natural', 'done', { seconds: 400 }),
];

describe('breaks by what happened', () => {
  it('the summary counts as taken only breaks with the guide or away, and lists the rest apart', async () => {
    const { summary } = periodFigures(records, MON, 1);
    render(<Overview summary={summary} change={null} />);
    const table = await screen.findByRole('table', { name: 'Stretch breaks by what happened' });
    const count = (label: string) =>
      within(table).getByRole('rowheader', { name: label }).parentElement?.querySelector('td')?.textContent;
    expect(count('Guided and completed')).toBe('1');
    expect(count('Guide started, ended early')).toBe('1');
    expect(count('Marked done without the guide')).toBe('2');
    expect(count('Natural breaks (away from the computer)')).toBe('1');
    expect(count('Snoozed (the break came back later)')).toBe('1');
    expect(count('Skipped')).toBe('0');
    expect(count('Missed (no answer)')).toBe('1');
    // Taken: 1 guided + 1 started + 1 natural; the two without the guide are not among them.
    const card = table.closest('.stat')!;
    expect(card.querySelector('.stat-value')?.textContent).toBe('3');
    expect(within(card as HTMLElement).getByText('4 of 5 prompts answered')).toBeTruthy();
  });

  it('the report line names what happened, leaving out what did not', () => {
    const { summary } = periodFigures(records, MON, 1);
    expect(breakOutcomesLine(summary.adherence.breaks)).toBe(
      'Breaks: Guided and completed: 1 · Guide started, ended early: 1 · Marked done without the guide: 2 · ' +
        'Natural breaks (away from the computer): 1 · Snoozed (the break came back later): 1 · Missed (no answer): 1',
    );
    expect(breakOutcomesLine(noBreaks())).toBe('No stretch breaks offered or taken.');
  });
});
