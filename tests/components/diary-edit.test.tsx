import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DiaryApp } from '../../entrypoints/diary/app';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { atWallTime, parseClock } from '../../utils/core/time/local-time';
import { formatRecordTime } from '../../utils/format';
import { addRecords } from '../../utils/storage/records';
import type { LimberRecord, RatingRecord } from '../../utils/core/data/records';

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const at = (date: string, hhmm: string): number => atWallTime(date, parseClock(hhmm)!, TZ);
const rating = (id: string, date: string, hhmm: string, score: number) =>
  makeRating({ id, at: at(date, hhmm), source: 'prompt', score }, TZ);
/** Today is Wednesday 25 November 2026, 15:07; the week starts on Monday 23rd. */
const NOW = new Date(2026, 10, 25, 15, 7);
const R1 = rating('r1', '2026-11-23', '09:12', 8);
const R2 = rating('r2', '2026-11-25', '09:00', 4);
const B1 = makeBreak(
  { id: 'b1', at: at('2026-11-23', '10:30'), kind: 'stretch', outcome: 'done', seconds: 300, guided: 'completed' },
  TZ,
);
const hm = (date: string, hhmm: string): string => formatRecordTime(at(date, hhmm), R1.tz);

async function openDiary(search = ''): Promise<void> {
  history.replaceState(null, '', `/diary.html${search}`);
  render(<DiaryApp />);
  await screen.findByRole('heading', { name: 'Diary', level: 1 });
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
}
const bucket = async (date: string): Promise<unknown[]> =>
  ((await fakeBrowser.storage.local.get(`rec:${date}`))[`rec:${date}`] as { records: unknown[] } | undefined)
    ?.records ?? [];
const stored = async (date: string, id: string): Promise<LimberRecord | undefined> =>
  (await bucket(date)).find((r) => (r as { id: string }).id === id) as LimberRecord | undefined;
const setTime = (form: HTMLElement, hhmm: string): void => {
  fireEvent.input(within(form).getByLabelText('Time'), { target: { value: hhmm } });
};
const editForm = (time: string): HTMLElement => screen.getByRole('form', { name: `Edit the rating of ${time}` });

describe('diary page: correcting entries', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('edits a rating’s score and time: stored with its mark, shown, focus back on Edit', async () => {
    await addRecords([R1, B1, R2]);
    await openDiary();
    fireEvent.click(screen.getByRole('button', { name: `Edit the rating of ${hm('2026-11-23', '09:12')}` }));
    const form = editForm(hm('2026-11-23', '09:12'));
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: '8 of 10' }));
    expect(within(form).getByText(/The rating stays on Monday 23 November/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: '6 of 10' }));
    setTime(form, '08:30');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const edit = await screen.findByRole('button', { name: `Edit the rating of ${hm('2026-11-23', '08:30')}` });
    await waitFor(() => expect(document.activeElement).toBe(edit));
    expect(screen.getByRole('status').textContent).toBe('Changes saved.');
    const r = (await stored('2026-11-23', 'r1')) as RatingRecord;
    expect(r).toMatchObject({ score: 6, at: at('2026-11-23', '08:30'), date: '2026-11-23' });
    expect(r.edited).toEqual({ at: NOW.getTime(), fromScore: 8, fromAt: R1.at });
    expect(screen.getByText(/^Edited 25 Nov,? 15:07 · was 8 at 0?9:12$/)).toBeTruthy();
    expect(screen.getByText('Pain 6 of 10')).toBeTruthy();
  });

  it('refuses a time that has not come yet, in words, and stores nothing', async () => {
    await addRecords([R2]);
    await openDiary();
    const before = await bucket('2026-11-25');
    fireEvent.click(screen.getByRole('button', { name: `Edit the rating of ${hm('2026-11-25', '09:00')}` }));
    const form = editForm(hm('2026-11-25', '09:00'));
    setTime(form, '16:00');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('That time has not come yet.')).toBeTruthy();
    expect(await bucket('2026-11-25')).toEqual(before);
    // Escape leaves the form; focus returns to the entry's Edit button.
    fireEvent.keyDown(within(form).getByLabelText('Time'), { key: 'Escape' });
    const edit = screen.getByRole('button', { name: `Edit the rating of ${hm('2026-11-25', '09:00')}` });
    await waitFor(() => expect(document.activeElement).toBe(edit));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('keeps what was typed when storage refuses the change, and says why in plain words', async () => {
    await addRecords([R2]);
    await openDiary();
    fireEvent.click(screen.getByRole('button', { name: `Edit the rating of ${hm('2026-11-25', '09:00')}` }));
    const form = editForm(hm('2026-11-25', '09:00'));
    fireEvent.input(within(form).getByLabelText('Note (optional)'), { target: { value: 'my words' } });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText(/storage for Limber is full/)).toBeTruthy();
    expect(screen.queryByText(/kQuotaBytes/)).toBeNull();
    expect((within(form).getByLabelText('Note (optional)') as HTMLTextAreaElement).value).toBe('my words');
  });

  it('deletes after a confirmation, and Undo puts the entry back', async () => {
    await addRecords([R1, B1]);
    await openDiary();
    fireEvent.click(screen.getByRole('button', { name: `Delete the entry of ${hm('2026-11-23', '10:30')}` }));
    const question = screen.getByRole('group', { name: /^Delete this entry\?/ });
    const confirm = within(question).getByRole('button', { name: 'Delete' });
    expect(document.activeElement).toBe(confirm);
    // Cancel first: nothing happens.
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Stretch break: guided, completed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Delete the entry of ${hm('2026-11-23', '10:30')}` }));
    fireEvent.click(
      within(screen.getByRole('group', { name: /^Delete this entry\?/ })).getByRole('button', { name: 'Delete' }),
    );

    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(screen.queryByText('Stretch break: guided, completed')).toBeNull());
    expect(screen.getByRole('status').textContent).toContain('Entry deleted.');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(await stored('2026-11-23', 'b1')).toMatchObject({ type: 'deleted', was: 'break' });

    fireEvent.click(undo);
    expect(await screen.findByText('Stretch break: guided, completed')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Entry restored.'));
    const again = screen.getByRole('button', { name: `Delete the entry of ${hm('2026-11-23', '10:30')}` });
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(await stored('2026-11-23', 'b1')).toEqual(B1);
  });

  it('offers Undo for 30 seconds, not only 10, and longer while it has focus', async () => {
    await addRecords([B1]);
    await openDiary();
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(NOW);
    fireEvent.click(screen.getByRole('button', { name: `Delete the entry of ${hm('2026-11-23', '10:30')}` }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await vi.advanceTimersByTimeAsync(100);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    await vi.advanceTimersByTimeAsync(25_000);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    // Focus went to Undo after the delete: it stays while focused, past its 30 s.
    await waitFor(() => expect(document.activeElement?.id).toBe('diary-undo'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(screen.getByRole('button', { name: 'Undo' })).toBe(document.activeElement);
    (document.activeElement as HTMLElement).blur();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('adds a missed rating for yesterday 09:00: stored on that day, marked added, shown and focused', async () => {
    await openDiary();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add a rating' })[0]!);
    const form = await screen.findByRole('form', { name: 'Add a rating you missed' });
    const date = within(form).getByLabelText('Date') as HTMLInputElement;
    expect(document.activeElement).toBe(date);
    expect(date.value).toBe('2026-11-25');
    expect((within(form).getByLabelText('Time') as HTMLInputElement).value).toBe('15:00');
    fireEvent.input(date, { target: { value: '2026-11-24' } });
    expect((within(form).getByLabelText('Time') as HTMLInputElement).value).toBe('12:00');
    setTime(form, '09:00');
    fireEvent.click(within(form).getByRole('button', { name: '3 of 10' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Neck' }));
    fireEvent.input(within(form).getByLabelText('Note (optional)'), { target: { value: ' forgot it ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add rating' }));

    const edit = await screen.findByRole('button', { name: `Edit the rating of ${hm('2026-11-24', '09:00')}` });
    await waitFor(() => expect(document.activeElement).toBe(edit));
    expect(screen.getByRole('status').textContent).toBe(
      `Rating added for Tuesday 24 November, ${hm('2026-11-24', '09:00')}.`,
    );
    const [r] = (await bucket('2026-11-24')) as RatingRecord[];
    expect(r).toMatchObject({
      type: 'rating',
      source: 'manual',
      score: 3,
      at: at('2026-11-24', '09:00'),
      date: '2026-11-24',
      regions: ['neck'],
      note: 'forgot it',
      added: NOW.getTime(),
    });
    expect(screen.getByText(/^Added later, on 25 Nov,? 15:07$/)).toBeTruthy();
  });

  it('a rating added to an earlier week shows that week', async () => {
    await openDiary();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add a rating' })[0]!);
    const form = await screen.findByRole('form', { name: 'Add a rating you missed' });
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2026-11-10' } });
    fireEvent.click(within(form).getByRole('button', { name: '5 of 10' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add rating' }));
    expect(await screen.findByText('Pain 5 of 10')).toBeTruthy();
    expect(new URLSearchParams(location.search).get('week')).toBe('2026-11-10');
    expect(await stored('2026-11-10', ((await bucket('2026-11-10'))[0] as RatingRecord).id)).toMatchObject({
      at: at('2026-11-10', '12:00'),
    });
  });

  it('refuses to add a rating for a time not yet come, and keeps the form', async () => {
    await openDiary();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add a rating' })[0]!);
    const form = await screen.findByRole('form', { name: 'Add a rating you missed' });
    setTime(form, '16:00');
    fireEvent.click(within(form).getByRole('button', { name: '2 of 10' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add rating' }));
    expect(await within(form).findByText('That time has not come yet.')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Add rating' }));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(within(form).getByRole('button', { name: '2 of 10' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('an edit link opens that week with the rating’s form open and focused', async () => {
    await addRecords([R1, R2]);
    await openDiary('?date=2026-11-23&edit=r1');
    const form = await screen.findByRole('form', { name: `Edit the rating of ${hm('2026-11-23', '09:12')}` });
    await waitFor(() => expect(form.contains(document.activeElement)).toBe(true));
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(location.search).toBe('?week=2026-11-23');
  });

  it('an edit link to a rating no longer there says so', async () => {
    await addRecords([R2]);
    await openDiary('?date=2026-11-23&edit=gone');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not in the diary any more/);
    expect(screen.queryByRole('form')).toBeNull();
  });
});
