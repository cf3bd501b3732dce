/**
 * The summary's "What goes with your pain": each factor a row, pain with and without it with the
 * days behind each figure, a line that it shows no cause; too few days: what it needs.
 */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import en from '../../assets/public/_locales/en/messages.json';
import { GoesWithPanel } from '../../components/summary/goes-with';
import type { GoesWithRow } from '../../utils/core/stats/goes-with';

const side = (avg: number, days: number, ratings: number) => ({ avg, days, ratings });
const ROWS: GoesWithRow[] = [
  { factor: { kind: 'poorSleep' }, with: side(6.25, 4, 8), without: side(3, 9, 18) },
  { factor: { kind: 'tag', tag: 'stress' }, with: side(5, 3, 3), without: side(3.5, 10, 23) },
  { factor: { kind: 'own', tag: 'Cold office' }, with: side(4, 3, 5), without: side(3.8, 10, 21) },
];

describe('GoesWithPanel', () => {
  it('shows each factor as a row: pain on those days and on the others, with days and ratings', () => {
    render(<GoesWithPanel rows={ROWS} from="2026-11-02" to="2026-11-29" />);
    const table = screen.getByRole('table', { name: /^Average pain on days with ratings, / });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['After a poor night (sleep 6 or more)', '6.3 · 4 (8)', '3 · 9 (18)'],
      ['Tagged “Stress”', '5 · 3 (3)', '3.5 · 10 (23)'],
      ['Tagged “Cold office”', '4 · 3 (5)', '3.8 · 10 (21)'],
    ]);
    expect(screen.getByText(/^Side by side only: this shows what came together, not what causes what\./)).toBeTruthy();
  });

  it('says what it needs when no factor has 3 days a side', () => {
    render(<GoesWithPanel rows={[]} from="2026-11-02" to="2026-11-29" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/at least 3 days with it and 3 without/)).toBeTruthy();
  });

  it('never words a factor as a cause or a cure', () => {
    const words = Object.entries(en)
      .filter(([k]) => k.startsWith('goesWith'))
      .map(([, v]) => (v as { message: string }).message)
      .join(' ');
    expect(words).not.toMatch(/\b(because|leads? to|triggers?|helps?|worsens?|improves?|due to)\b/i);
  });
});
