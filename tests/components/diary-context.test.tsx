/**
 * The diary edits a rating's context like its regions: tags on and off, the medicine's name, a
 * change stored and marked; a missed rating added with tags; a name too long refused in words.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DiaryApp } from '../../entrypoints/diary/app';
import { makeRating } from '../../utils/core/data/records';
import { atWallTime, parseClock } from '../../utils/core/time/local-time';
import { formatRecordTime } from '../../utils/format';
import { addRecords } from '../../utils/storage/records';
import type { RatingRecord } from '../../utils/core/data/records';

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const at = (date: string, hhmm: string): number => atWallTime(date, parseClock(hhmm)!, TZ);
const NOW = new Date(2026, 10, 25, 15, 7);
const R1 = {
  ...makeRating({ id: 'r1', at: at('2026-11-23', '09:12'), source: 'prompt', score: 6 }, TZ),
  tags: ['stress' as const],
};
const hm = (hhmm: string): string => formatRecordTime(at('2026-11-23', hhmm), R1.tz);
const stored = async (id: string): Promise<RatingRecord | undefined> =>
  (
    ((await fakeBrowser.storage.local.get('rec:2026-11-23'))['rec:2026-11-23'] as { records: RatingRecord[] })
      ?.records ?? []
  ).find((r) => r.id === id);

async function openDiary(): Promise<void> {
  history.replaceState(null, '', '/diary.html');
  render(<DiaryApp />);
  await screen.findByRole('heading', { name: 'Diary', level: 1 });
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
}

describe('diary: a rating’s context', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('changes the tags and names the medicine: stored, marked as changed, shown', async () => {
    await addRecords([R1]);
    await openDiary();
    fireEvent.click(screen.getByRole('button', { name: `Edit the rating of ${hm('09:12')}` }));
    const form = screen.getByRole('form', { name: `Edit the rating of ${hm('09:12')}` });
    const tags = within(form).getByRole('group', { name: 'What went with it? (optional)' });
    expect(within(tags).getByRole('button', { name: 'Stress', pressed: true })).toBeTruthy();
    fireEvent.click(within(tags).getByRole('button', { name: 'Stress' }));
    fireEvent.click(within(tags).getByRole('button', { name: 'Medication' }));
    fireEvent.input(within(form).getByLabelText('Medicine (optional)'), { target: { value: 'Ibuprofen' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('With: Medication: Ibuprofen');
    const r = (await stored('r1'))!;
    expect(r).toMatchObject({ score: 6, tags: ['medication'], medicine: 'Ibuprofen' });
    expect(r.edited).toEqual({ at: NOW.getTime(), fromScore: 6, fromAt: R1.at });
  });

  it('refuses a medicine name over 60 characters in words, storing nothing', async () => {
    await addRecords([R1]);
    await openDiary();
    fireEvent.click(screen.getByRole('button', { name: `Edit the rating of ${hm('09:12')}` }));
    const form = screen.getByRole('form', { name: `Edit the rating of ${hm('09:12')}` });
    const tags = within(form).getByRole('group', { name: 'What went with it? (optional)' });
    fireEvent.click(within(tags).getByRole('button', { name: 'Medication' }));
    fireEvent.input(within(form).getByLabelText('Medicine (optional)'), { target: { value: 'x'.repeat(61) } });
    expect(within(form).getByText('The name is 61 characters long; the limit is 60.')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await within(form).findByText(/The medicine's name is too long/);
    expect(await stored('r1')).toEqual(R1);
  });
});
