import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BreaksVsPainPanel } from '../../components/summary/breaks-vs-pain';
import { DataPanel } from '../../components/summary/data-panel';
import { Overview } from '../../components/summary/overview';
import { SeekHelpNotice } from '../../components/summary/seek-help-notice';
import { clinicalChange } from '../../utils/core/stats/clinical-change';
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
  it('Overview states the change with its clinical label and that higher is worse', async () => {
    render(<Overview summary={periodFigures([rating], '2026-11-23', 1).summary} change={clinicalChange(4, 6)} />);
    expect(await screen.findByText('+2')).toBeTruthy();
    expect(screen.getByText(/\+50 % · meaningfully worse/)).toBeTruthy();
    expect(screen.getByText('Points on the 0–10 scale; higher = worse.')).toBeTruthy();
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
