/**
 * The safety net in the diary (docs/clinical-basis.md, "Seek-help rules"): saving a rating changed
 * to 9–10, or adding one, keeps the form on screen as "saved" with the warning signs, focus on
 * their heading (Save is gone); Close (or Escape) then finishes as any save does. A change that
 * leaves the score alone shows nothing.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiaryApp } from '../../entrypoints/diary/app';
import { makeRating } from '../../utils/core/data/records';
import { atWallTime, parseClock } from '../../utils/core/time/local-time';
import { formatRecordTime } from '../../utils/format';
import { addRecords, readAll } from '../../utils/storage/records';

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const at = (date: string, hhmm: string): number => atWallTime(date, parseClock(hhmm)!, TZ);
/** Wednesday 25 November 2026, 15:07; the week starts on Monday 23rd. */
const NOW = new Date(2026, 10, 25, 15, 7);
const R1 = makeRating({ id: 'r1', at: at('2026-11-23', '09:12'), source: 'prompt', score: 6 }, TZ);
const R10 = makeRating({ id: 'r10', at: at('2026-11-24', '11:00'), source: 'prompt', score: 10 }, TZ);
const time = (r: typeof R1): string => formatRecordTime(r.at, r.tz);
const signs = (score: number) => screen.queryByRole('region', { name: `Pain at ${score}: when to get help` });

async function openDiary(): Promise<void> {
  history.replaceState(null, '', '/diary.html');
  render(<DiaryApp />);
  await screen.findByRole('heading', { name: 'Diary', level: 1 });
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
}

describe('diary: the warning signs after saving a 9 or 10', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('a rating changed to 10: saved, the signs shown with focus on their heading; Close finishes the edit', async () => {
    await addRecords([R1]);
    await openDiary();
    fireEvent.click(screen.getByRole('button', { name: `Edit the rating of ${time(R1)}` }));
    const form = screen.getByRole('form', { name: `Edit the rating of ${time(R1)}` });
    fireEvent.click(within(form).getByRole('button', { name: '10 of 10' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(signs(10)).toBeTruthy());
    const heading = within(signs(10)!).getByRole('heading', { name: 'Pain at 10: when to get help' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(within(signs(10)!).getByRole('list', { name: /^Urgent: / })).toBeTruthy();
    expect(within(signs(10)!).getByRole('list', { name: /^Soon: / })).toBeTruthy();
    expect(screen.getByText('Changes saved.')).toBeTruthy();
    // Stored already; the signs do not wait for anything.
    expect((await readAll()).find((r) => r.id === 'r1')).toMatchObject({ score: 10 });
    // No Hide here: the form's Close ends both.
    expect(within(signs(10)!).queryByRole('button', { name: 'Hide warning signs' })).toBeNull();
    fireEvent.click(within(signs(10)!).getByRole('button', { name: 'Close' }));
    const edit = await screen.findByRole('button', { name: `Edit the rating of ${time(R1)}` });
    await waitFor(() => expect(document.activeElement).toBe(edit));
    expect(signs(10)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Changes saved.');
  });

  it('a note added to a rating of 10 (its score unchanged) closes the form as usual, with no signs', async () => {
    await addRecords([R10]);
    await openDiary();
    fireEvent.click(screen.getByRole('button', { name: `Edit the rating of ${time(R10)}` }));
    const form = screen.getByRole('form', { name: `Edit the rating of ${time(R10)}` });
    fireEvent.input(within(form).getByLabelText('Note (optional)'), { target: { value: 'better now' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(signs(10)).toBeNull();
  });

  it('a rating of 9 added afterwards: the signs, then Escape finishes the add', async () => {
    await openDiary();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add a rating' })[0]!);
    const form = await screen.findByRole('form', { name: 'Add a rating you missed' });
    fireEvent.click(within(form).getByRole('button', { name: '9 of 10' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add rating' }));

    await waitFor(() => expect(signs(9)).toBeTruthy());
    await waitFor(() =>
      expect(document.activeElement).toBe(within(signs(9)!).getByRole('heading', { name: /^Pain at 9/ })),
    );
    expect(screen.getByText(/^Rating added for Wednesday 25 November/)).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(signs(9)).toBeNull());
    expect(screen.getByRole('status').textContent).toMatch(/^Rating added for Wednesday 25 November/);
  });

  it('a rating of 5 added afterwards: no signs, the form closes at once', async () => {
    await openDiary();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add a rating' })[0]!);
    const form = await screen.findByRole('form', { name: 'Add a rating you missed' });
    fireEvent.click(within(form).getByRole('button', { name: '5 of 10' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add rating' }));
    await screen.findByText('Pain 5 of 10');
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(screen.queryByRole('heading', { name: /when to get help/ })).toBeNull();
  });
});
