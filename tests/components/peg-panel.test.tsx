import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import en from '../../assets/public/_locales/en/messages.json';
import { PegPanel, PegReport } from '../../components/summary/peg-panel';
import { makePeg } from '../../utils/core/data/records';
import { addDays } from '../../utils/core/time/local-time';
import { pegFigures } from '../../utils/core/stats/peg';

const WEEK = '2026-11-23';
/** Every label the pain ratings' change may carry ("about the same", "…a minimal change", …). */
const CHANGE_WORDS = Object.entries(en as Record<string, { message: string }>)
  .filter(([key, m]) => /^change[A-Z]/.test(key) && !m.message.includes('$'))
  .map(([, m]) => m.message);
const peg = (date: string, pain: number, enjoyment: number, activity: number) =>
  makePeg({ id: date, at: Date.parse(`${date}T15:00:00Z`), pain, enjoyment, activity }, 'UTC');
/** Two weeks before: 8/7/5 (6.7); this week's Friday: 7/6/5 (6). */
const twoChecks = () => pegFigures([peg(addDays(WEEK, -10), 8, 7, 5), peg(addDays(WEEK, 4), 7, 6, 5)], WEEK, 12);

describe('PegPanel', () => {
  it('shows the latest score with its answers, the change in points without a verdict, and the weeks as a table', async () => {
    render(<PegPanel peg={twoChecks()} />);
    const panel = await screen.findByRole('region', { name: 'Weekly check (PEG)' });
    const values = [...panel.querySelectorAll('.stat-value')].map((e) => e.textContent);
    expect(values).toEqual(['6', '-0.7']);
    expect(
      within(panel).getByText(/^Fri 27 Nov: pain 7, interference with enjoyment of life 6, with general activity 5$/),
    ).toBeTruthy();
    expect(within(panel).getByText('Check before: 6.7 on Fri 13 Nov')).toBeTruthy();
    expect(panel.textContent).toMatch(/Shown without a label/);
    // No change label of the pain ratings' thresholds: only the numbers.
    expect(CHANGE_WORDS.length).toBeGreaterThan(3);
    for (const words of CHANGE_WORDS) expect(panel.textContent).not.toContain(words);
    expect(panel.textContent).toMatch(/mean of the three questions/);
    const table = within(panel).getByRole('table', { name: 'Weekly check score, last 12 weeks' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    const cells = rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells.map((c) => c[1])).toEqual([...Array(9).fill('–'), '6.7', '–', '6']);
    expect(cells.at(-1)).toEqual(['23 Nov', '6', '7 · 6 · 5']);
    expect(cells[9]).toEqual(['9 Nov', '6.7', '8 · 7 · 5']);
    // The chart draws the same: a ringed point for the week shown, a dot for the other check.
    expect(panel.querySelectorAll('circle.dot')).toHaveLength(1);
    expect(panel.querySelectorAll('circle.dot-current')).toHaveLength(1);
  });

  it('with one check: its score, and says there is nothing to compare', async () => {
    render(<PegPanel peg={pegFigures([peg(addDays(WEEK, -3), 2, 1, 1)], WEEK, 12)} />);
    const panel = await screen.findByRole('region', { name: 'Weekly check (PEG)' });
    expect([...panel.querySelectorAll('.stat-value')].map((e) => e.textContent)).toEqual(['1.3', '–']);
    expect(within(panel).getByText('No earlier check in the last 12 weeks.')).toBeTruthy();
  });

  it('is not there at all without a check in the twelve weeks (the check is off by default)', () => {
    const { container } = render(<PegPanel peg={pegFigures([], WEEK, 12)} />);
    expect(container.textContent).toBe('');
  });
});

describe('PegReport', () => {
  it('gives the latest score with its answers, the change and the checks of the period in one line', async () => {
    const { container } = render(<PegReport peg={twoChecks()} from={addDays(WEEK, -21)} />);
    const line = container.querySelector('p.peg-report')!;
    expect(line.querySelector('.peg-score')!.textContent).toBe('6');
    expect(line.textContent).toBe(
      'Weekly check (PEG): 6 on Fri 27 Nov (pain 7; interference with enjoyment of life 6, with general activity 5); ' +
        'change against the check before (13 Nov): -0.7. In this period: 13 Nov: 6.7 · 27 Nov: 6. ' +
        'Score: mean of the three questions, 0–10; higher = worse (Krebs et al. 2009).',
    );
  });

  it('lists no period when the period holds only the latest check, and no change without a check before', async () => {
    const { container, rerender } = render(<PegReport peg={twoChecks()} from={WEEK} />);
    expect(container.textContent).not.toMatch(/In this period/);
    expect(container.textContent).toMatch(/check before \(13 Nov\): -0.7/);
    rerender(<PegReport peg={pegFigures([peg(addDays(WEEK, 4), 7, 6, 5)], WEEK, 12)} from={WEEK} />);
    expect(container.querySelector('.peg-score')!.textContent).toBe('6');
    expect(container.textContent).not.toMatch(/check before/);
  });

  it('is not there without a check', () => {
    const { container } = render(<PegReport peg={pegFigures([], WEEK, 12)} from={WEEK} />);
    expect(container.textContent).toBe('');
  });
});
