/**
 * The summary and the report follow storage: a change made after the page was drawn (in the
 * diary, a prompt, an import, in this page or another) shows without a reload.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { useRef } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Overview } from '../../components/summary/overview';
import { usePeriodData } from '../../components/summary/use-period-data';
import { ReportApp } from '../../entrypoints/report/app';
import { makeRating } from '../../utils/core/data/records';
import { changeRating, deleteEntry, putRating, takeBack } from '../../utils/storage/entries';
import { importEntries } from '../../utils/storage/import';
import { addRecords } from '../../utils/storage/records';

/** While set, the day watch hears nothing (a store that sent no change event). */
let muted = false;
vi.mock('../../utils/storage/records', async (real) => {
  const records = await real<typeof import('../../utils/storage/records')>();
  return { ...records, watchDays: (cb: (d: string[]) => void) => records.watchDays((d) => muted || cb(d)) };
});

const MON = '2026-11-23';
const at = (date: string, h: number): number => Date.parse(`${date}T${String(h).padStart(2, '0')}:00:00Z`);
const rating = (id: string, date: string, h: number, score: number) =>
  makeRating({ id, at: at(date, h), source: 'prompt', score }, 'UTC');
const NOW = at('2026-11-30', 12);

/** Renders without figures after the first figures were drawn: the page went back to "Loading…". */
let blanks = 0;

/** The summary's overview of the week of MON (weeks from Monday), as the summary page drives it. */
function Week({ reload = 0 }: { reload?: number }) {
  const { data } = usePeriodData(MON, 1, 1, reload);
  const drawn = useRef(false);
  if (data) drawn.current = true;
  else if (drawn.current) blanks++;
  return data ? <Overview summary={data.summary} change={data.change} /> : <p>Loading…</p>;
}

const range = () => screen.findByText(/^Low \d+, high \d+ · \d+ ratings$|^No ratings$/);

/** How many times the week's day buckets are read from storage. */
function countReads(): () => number {
  const spy = vi.spyOn(fakeBrowser.storage.local, 'get');
  return () => spy.mock.calls.filter(([keys]) => Array.isArray(keys) && keys.includes(`rec:${MON}`)).length;
}

describe('the summary is live', () => {
  beforeEach(() => {
    blanks = 0;
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows an edit, an add, a delete and an undo of the shown week without a reload', async () => {
    await addRecords([rating('a', MON, 9, 4)]);
    render(<Week />);
    expect((await range()).textContent).toBe('Low 4, high 4 · 1 ratings');

    await changeRating(MON, 'a', { score: 8 }, NOW);
    await waitFor(async () => expect((await range()).textContent).toBe('Low 8, high 8 · 1 ratings'));

    await putRating(rating('b', '2026-11-25', 10, 2), NOW);
    await waitFor(async () => expect((await range()).textContent).toBe('Low 2, high 8 · 2 ratings'));

    await deleteEntry(MON, 'a', NOW);
    await waitFor(async () => expect((await range()).textContent).toBe('Low 2, high 2 · 1 ratings'));

    await takeBack('2026-11-25', 'b');
    await waitFor(async () => expect((await range()).textContent).toBe('No ratings'));
    // Never back to the loading state on the way: the figures stay on screen while they are read again.
    expect(blanks).toBe(0);
  });

  it('a burst of changes to many days is read once; a change outside the weeks read is not read at all', async () => {
    await addRecords([rating('a', MON, 9, 4)]);
    render(<Week />);
    await range();
    const reads = countReads();
    const days = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'];
    // A burst of separate writes, one per day, each its own change event (as an import a day at a time).
    for (const [i, d] of days.entries()) {
      await addRecords([rating(`n${i}`, d, 10, 6)]);
      await new Promise((r) => setTimeout(r, 10));
    }
    await waitFor(async () => expect((await range()).textContent).toBe('Low 4, high 6 · 6 ratings'));
    await new Promise((r) => setTimeout(r, 200));
    // One read (a second only if this machine stalled longer than the debounce between two writes).
    const burst = reads();
    expect(burst).toBeGreaterThanOrEqual(1);
    expect(burst).toBeLessThanOrEqual(2);

    await importEntries([rating('far', '2027-03-01', 10, 9)], 'keep', NOW);
    await new Promise((r) => setTimeout(r, 200));
    expect(reads()).toBe(burst);
  });

  it('a bumped reload reads again', async () => {
    const { rerender } = render(<Week reload={0} />);
    expect((await range()).textContent).toBe('No ratings');
    muted = true;
    await addRecords([rating('a', MON, 9, 3)]);
    await new Promise((r) => setTimeout(r, 100));
    expect((await range()).textContent).toBe('No ratings');
    muted = false;
    rerender(<Week reload={1} />);
    await waitFor(async () => expect((await range()).textContent).toBe('Low 3, high 3 · 1 ratings'));
  });
});

describe('the report is live', () => {
  afterEach(() => vi.useRealTimers());

  it('shows a change of its period and, once there is one, how many ratings were changed or added later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 12));
    await addRecords([rating('a', MON, 9, 4), rating('b', MON, 11, 6)]);
    render(<ReportApp />);
    expect(await screen.findByText('Low 4, high 6 · 2 ratings')).toBeTruthy();
    expect(screen.queryByText(/changed after they were made|added later/)).toBeNull();

    await putRating(rating('c', '2026-11-24', 9, 5), NOW);
    expect(await screen.findByText('Low 4, high 6 · 3 ratings')).toBeTruthy();
    expect(await screen.findByText('Ratings added later: 1.')).toBeTruthy();

    await changeRating(MON, 'a', { score: 8 }, NOW);
    expect(await screen.findByText('Low 5, high 8 · 3 ratings')).toBeTruthy();
    expect(
      await screen.findByText(
        'Ratings changed after they were made: 1 (the diary shows what each first said). Ratings added later: 1.',
      ),
    ).toBeTruthy();

    await deleteEntry('2026-11-24', 'c', NOW);
    expect(
      await screen.findByText('Ratings changed after they were made: 1 (the diary shows what each first said).'),
    ).toBeTruthy();
  });
});
