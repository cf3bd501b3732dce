/**
 * The diary changes a morning check: an answer changed, another cleared, the change stored and
 * marked with what the check first said; clearing every answer refused in words; Escape changes
 * nothing; a check deleted meanwhile said so; a save ending after its form was cancelled leaves the
 * form open now alone; answers compared with the check as stored, not as it was when opened.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DiaryApp } from '../../entrypoints/diary/app';
import { makeMorning } from '../../utils/core/data/morning';
import { atWallTime, parseClock } from '../../utils/core/time/local-time';
import { formatRecordTime } from '../../utils/format';
import { addRecords } from '../../utils/storage/records';
import { deleteEntry } from '../../utils/storage/entries';
import { changeMorning } from '../../utils/storage/change-morning';
import { withLock } from '../../utils/storage/lock';
import { dayLock } from '../../utils/storage/records';
import { makeRating } from '../../utils/core/data/records';
import type { MorningRecord } from '../../utils/core/data/records';

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const NOW = new Date(2026, 10, 25, 15, 7);
const M1 = makeMorning(
  { id: 'm1', at: atWallTime('2026-11-23', parseClock('08:05')!, TZ), sleep: 7, stiffness: '30to60', fatigue: 4 },
  TZ,
);
const LABEL = `Edit the morning check of ${formatRecordTime(M1.at, M1.tz)}`;
const SLEEP = 'How did you sleep last night?';
const STIFF = 'How long were you stiff after getting up?';
const stored = async (): Promise<MorningRecord | undefined> =>
  (
    ((await fakeBrowser.storage.local.get('rec:2026-11-23'))['rec:2026-11-23'] as { records: MorningRecord[] })
      ?.records ?? []
  ).find((r) => r.id === 'm1');

async function openForm(): Promise<HTMLElement> {
  await addRecords([M1]);
  history.replaceState(null, '', '/diary.html');
  render(<DiaryApp />);
  await screen.findByText(/sleep 7 of 10/);
  fireEvent.click(screen.getByRole('button', { name: LABEL }));
  return screen.getByRole('form', { name: LABEL });
}

describe('diary: changing a morning check', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('opens with its answers, focus on the first; a change and a cleared answer are stored and marked', async () => {
    const form = await openForm();
    const sleep = within(form).getByRole('group', { name: SLEEP });
    const seven = within(sleep).getByRole('button', { name: '7 of 10', pressed: true });
    expect(document.activeElement).toBe(seven);
    expect(within(form).getByRole('radio', { name: '30 to 60 minutes' })).toHaveProperty('checked', true);
    fireEvent.click(within(sleep).getByRole('button', { name: '3 of 10' }));
    fireEvent.click(within(form).getByRole('button', { name: `Clear the answer: ${STIFF}` }));
    expect(within(form).getAllByText('Not answered')).toHaveLength(1);
    // The Clear went with its answer: focus is on that question's first choice, not lost to the page.
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByRole('radio', { name: 'Not stiff' })));
    expect(within(form).queryByRole('radio', { checked: true })).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    expect(await stored()).toEqual({
      ...{ v: M1.v, id: 'm1', type: 'morning', at: M1.at, tz: M1.tz, date: M1.date },
      sleep: 3,
      fatigue: 4,
      edited: { at: NOW.getTime(), from: { sleep: 7, stiffness: '30to60', fatigue: 4 } },
    });
    const entry = screen.getByText(/sleep 3 of 10/).closest('li')!;
    expect(within(entry).getByText(/^Morning check/).textContent).not.toMatch(/stiffness/);
    expect(
      within(entry).getByText(/first answered: sleep 7 of 10 \(10 = worst\), stiffness 30–60 min, fatigue 4 of 10/),
    ).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(entry).getByRole('button', { name: LABEL })));
  });

  it('refuses to clear every answer, in words, storing nothing', async () => {
    const form = await openForm();
    for (const q of [SLEEP, STIFF, 'How tired are you right now?'])
      fireEvent.click(within(form).getByRole('button', { name: `Clear the answer: ${q}` }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByRole('alert')).toHaveProperty(
      'textContent',
      'Keep at least one answer. To remove the whole check, delete it.',
    );
    expect(await stored()).toEqual(M1);
  });

  it('Escape closes the form and changes nothing', async () => {
    const form = await openForm();
    fireEvent.click(within(within(form).getByRole('group', { name: SLEEP })).getByRole('button', { name: '1 of 10' }));
    fireEvent.keyDown(form, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form', { name: LABEL })).toBeNull());
    expect(await stored()).toEqual(M1);
  });

  it('says so when the check was deleted meanwhile', async () => {
    const form = await openForm();
    fireEvent.click(within(within(form).getByRole('group', { name: SLEEP })).getByRole('button', { name: '1 of 10' }));
    await deleteEntry(M1.date, 'm1', NOW.getTime());
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText(/This morning check has been deleted in the meantime/)).toBeTruthy();
  });

  it('a save that ends after its form was cancelled (and a rating’s form opened) leaves that form open', async () => {
    const rating = makeRating({ id: 'r1', at: M1.at + 3_600_000, source: 'prompt', score: 4 }, TZ);
    await addRecords([rating]);
    const form = await openForm();
    fireEvent.click(within(within(form).getByRole('group', { name: SLEEP })).getByRole('button', { name: '1 of 10' }));
    // The day is busy elsewhere: the save waits for its lock.
    let release = (): void => {};
    const held = withLock(dayLock(M1.date), () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 0));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    const ratingLabel = `Edit the rating of ${formatRecordTime(rating.at, rating.tz)}`;
    fireEvent.click(await screen.findByRole('button', { name: ratingLabel }));
    screen.getByRole('form', { name: ratingLabel });
    release();
    await held;
    await waitFor(async () => expect((await stored())?.sleep).toBe(1));
    await screen.findByText('Changes saved.');
    expect(screen.getByRole('form', { name: ratingLabel })).toBeTruthy();
  });

  it('compares with the check as stored: answers changed back elsewhere are written again', async () => {
    const form = await openForm();
    // Another window changes sleep to 2 while this form still shows 7.
    await changeMorning(M1.date, 'm1', { sleep: 2, stiffness: '30to60', fatigue: 4 }, NOW.getTime() - 1000);
    // Saved with the answers the form opened with: they differ from what is stored now.
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    expect(await stored()).toMatchObject({ sleep: 7, edited: { at: NOW.getTime(), from: { sleep: 7 } } });
  });
});
