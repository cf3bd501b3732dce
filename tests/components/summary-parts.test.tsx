import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BreaksVsPainPanel } from '../../components/summary/breaks-vs-pain';
import { DataPanel } from '../../components/summary/data-panel';
import { Overview } from '../../components/summary/overview';
import { SeekHelpNotice } from '../../components/summary/seek-help-notice';
import { compareSides } from '../../utils/core/stats/clinical-change';
import { toExportJson } from '../../utils/core/data/export-json';
import { makeRating } from '../../utils/core/data/records';
import { periodFigures } from '../../utils/core/stats/period';

const rating = makeRating({ id: 'a', at: Date.UTC(2026, 10, 23, 10), source: 'prompt', score: 6 }, 'UTC');

function upload(input: HTMLElement, name: string, text: string): void {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('summary parts', () => {
  const week = () => periodFigures([rating], '2026-11-23', 1).summary;
  const side = (avg: number, ratings: number, days: number) => ({ avg, ratings, days });
  const CAVEAT = /thresholds come from treatment studies of one person's change .* only a rough guide/;

  it('Overview states the change with its label, the ratings behind it, that higher is worse, and the caveat', async () => {
    render(<Overview summary={week()} change={compareSides(side(4, 8, 4), side(6, 9, 5))} />);
    expect(await screen.findByText('+2')).toBeTruthy();
    expect(screen.getByText('+50 % · much higher: a substantial change')).toBeTruthy();
    expect(screen.getByText('Before: 4 (ratings: 8, days: 4) · now: 6 (ratings: 9, days: 5)')).toBeTruthy();
    expect(screen.getByText('Points on the 0–10 scale; higher = worse.')).toBeTruthy();
    expect(screen.getByText(CAVEAT)).toBeTruthy();
    expect(screen.queryByText(/A verdict needs/)).toBeNull();
    expect(screen.queryByText(/Judged in points/)).toBeNull();
  });

  it('Overview shows the figure but no verdict with too few ratings, and says what a verdict needs', async () => {
    render(<Overview summary={week()} change={compareSides(side(6, 1, 1), side(3, 5, 3))} />);
    expect(await screen.findByText('-3')).toBeTruthy();
    expect(screen.getByText('-50 % · not enough ratings to compare')).toBeTruthy();
    expect(screen.getByText('Before: 6 (ratings: 1, days: 1) · now: 3 (ratings: 5, days: 3)')).toBeTruthy();
    expect(
      screen.getByText('A verdict needs at least 6 ratings on at least 3 days, both before and now.'),
    ).toBeTruthy();
    expect(screen.queryByText(/substantial/)).toBeNull();
  });

  it('Overview says when points decided the label, from a low average', async () => {
    render(<Overview summary={week()} change={compareSides(side(2, 10, 5), side(1, 10, 5))} />);
    expect(await screen.findByText('-50 % · slightly lower: a minimal change')).toBeTruthy();
    expect(screen.getByText('Judged in points, not percent: the earlier average was below 3.')).toBeTruthy();
  });

  it('Overview without ratings in both weeks: no figure, what a comparison needs', async () => {
    render(<Overview summary={week()} change={null} />);
    expect(await screen.findByText('Needs ratings in both weeks')).toBeTruthy();
    expect(screen.getByText(/A verdict needs at least 6 ratings/)).toBeTruthy();
    expect(screen.getByText(CAVEAT)).toBeTruthy();
  });

  it('Breaks and pain explains when there is not enough to compare', async () => {
    render(<BreaksVsPainPanel data={null} />);
    expect(await screen.findByText(/at least 3 days/)).toBeTruthy();
  });

  it('the seek-help notice lists its reasons and the warning signs, and is absent otherwise', async () => {
    const { container, rerender } = render(<SeekHelpNotice reasons={[]} />);
    expect(container.textContent).toBe('');
    rerender(<SeekHelpNotice reasons={['highForThreeWeeks']} />);
    expect(await screen.findByRole('heading', { name: 'Consider talking to a clinician' })).toBeTruthy();
    expect(screen.getByText(/7 or higher for three weeks/)).toBeTruthy();
    expect(screen.getByText(/swelling, redness/)).toBeTruthy();
  });

  it('import: a foreign file is refused with the reason and stores nothing; a good one reports what it added', async () => {
    render(<DataPanel weekFrom="2026-11-23" weekTo="2026-11-29" onImported={() => {}} />);
    const input = await screen.findByLabelText('JSON export file');
    upload(input, 'other.json', '{"app":"other"}');
    expect(await screen.findByText('Nothing was imported from other.json:')).toBeTruthy();
    expect(screen.getByText('This is not a Limber export.')).toBeTruthy();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    upload(input, 'mine.json', toExportJson([rating], null, 0));
    expect(await screen.findByText('Imported 1 new records (0 were already here).')).toBeTruthy();
    await waitFor(async () =>
      expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['rec:2026-11-23']),
    );
  });

  it('export by dates checks the range as it is typed', async () => {
    render(<DataPanel weekFrom="2026-11-23" weekTo="2026-11-29" onImported={() => {}} />);
    fireEvent.click(await screen.findByLabelText('Dates…'));
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-12-01' } });
    expect(await screen.findByText('The start date is after the end date.')).toBeTruthy();
    expect((screen.getByRole('button', { name: /Download CSV/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
