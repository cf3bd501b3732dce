import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DiaryApp } from '../../entrypoints/diary/app';
import { makeBreak, makePeg, makeRating } from '../../utils/core/data/records';
import { makeMorning } from '../../utils/core/data/morning';
import { addDays, atWallTime, parseClock } from '../../utils/core/time/local-time';
import { addRecords } from '../../utils/storage/records';
import { formatDateRange, formatRecordTime } from '../../utils/format';

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const at = (date: string, hhmm: string): number => atWallTime(date, parseClock(hhmm)!, TZ);
const rating = (id: string, date: string, hhmm: string, score: number, extra = {}) =>
  makeRating({ id, at: at(date, hhmm), source: 'prompt', score, ...extra }, TZ);

/** This week (Monday start): Mon 23 – Sun 29 Nov 2026; today is Wednesday 25th, 15:07. */
const WEEK = [
  rating('r1', '2026-11-23', '09:12', 8, { regions: ['neck'], note: 'after the long meeting' }),
  makeBreak(
    { id: 'b1', at: at('2026-11-23', '10:30'), kind: 'stretch', outcome: 'done', seconds: 300, guided: 'completed' },
    TZ,
  ),
  makeBreak({ id: 'p1', at: at('2026-11-24', '11:00'), kind: 'posture', outcome: 'done', fixed: true }, TZ),
  makePeg({ id: 'g1', at: at('2026-11-24', '14:00'), pain: 5, enjoyment: 4, activity: 3 }, TZ),
  rating('r2', '2026-11-25', '09:00', 4),
  makeBreak({ id: 'e1', at: at('2026-11-25', '10:00'), kind: 'eyes', outcome: 'missed' }, TZ),
];
const LAST_WEEK = rating('old', '2026-11-20', '10:00', 2);
/** A clock time as the page shows it (the test's Intl may write 9:12 or 09:12). */
const hm = (date: string, hhmm: string): string => formatRecordTime(at(date, hhmm), WEEK[0]!.tz);
const range = (from: string): string => formatDateRange(from, addDays(from, 6));

async function openDiary(search = ''): Promise<void> {
  history.replaceState(null, '', `/diary.html${search}`);
  render(<DiaryApp />);
  await screen.findByRole('heading', { name: 'Diary', level: 1 });
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
}
const dayHeadings = (): string[] =>
  screen.getAllByRole('heading', { level: 2, name: /day \d+ \w+$/ }).map((h) => h.textContent ?? '');
const entriesOf = (day: string): string[] =>
  within(screen.getByRole('region', { name: day }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
/** The day buckets each storage read asked for. */
function bucketReads(spy: { mock: { calls: unknown[][] } }): string[][] {
  return spy.mock.calls
    .map(([keys]) => keys)
    .filter((keys): keys is string[] => Array.isArray(keys) && keys.some((k) => String(k).startsWith('rec:')));
}
const weekKeys = (start: string): string[] => Array.from({ length: 7 }, (_, i) => `rec:${addDays(start, i)}`);

describe('diary page: the week', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 15, 7));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('groups the week by day, newest day and newest entry first, each entry in words', async () => {
    await addRecords([...WEEK, LAST_WEEK]);
    await openDiary();
    expect(screen.getByRole('heading', { level: 2, name: range('2026-11-23') })).toBeTruthy();
    expect(dayHeadings()).toEqual(['Wednesday 25 November', 'Tuesday 24 November', 'Monday 23 November']);
    expect(entriesOf('Wednesday 25 November')).toEqual([
      expect.stringMatching(/^\d?\d:00Eye break: missed \(not answered\)/),
      expect.stringMatching(/^\d?\d:00Pain 4 of 10Edit/),
    ]);
    expect(entriesOf('Tuesday 24 November')).toEqual([
      expect.stringMatching(
        /^\d?\d:00Weekly check: pain 5, interference with enjoyment 4, with activity 3 \(of 10\)Delete/,
      ),
      expect.stringMatching(/^\d?\d:00Posture check: fixedDelete/),
    ]);
    expect(entriesOf('Monday 23 November')).toEqual([
      expect.stringMatching(/^\d?\d:30Stretch break: guided, completed5 minDelete/),
      expect.stringMatching(/^\d?\d:12Pain 8 of 10Where: NeckNote: after the long meetingEdit/),
    ]);
    // Last week's rating is not this week's.
    expect(screen.queryByText('Pain 2 of 10')).toBeNull();
    // Ratings can be edited; every entry can be deleted.
    expect(screen.getAllByRole('button', { name: /^Edit the rating of/ })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: /^Delete the entry of/ })).toHaveLength(6);
  });

  it('shows morning checks and a rating’s context in words, with a filter of their own', async () => {
    await addRecords([
      makeMorning({ id: 'm1', at: at('2026-11-25', '08:05'), sleep: 7, stiffness: '30to60', fatigue: 4 }, TZ),
      makeMorning({ id: 'm2', at: at('2026-11-24', '08:10'), stiffness: 'none' }, TZ),
      rating('c1', '2026-11-25', '11:00', 6, {
        tags: ['medication', 'stress'],
        ownTags: ['Cold office'],
        medicine: 'Ibuprofen',
      }),
    ]);
    await openDiary();
    expect(entriesOf('Wednesday 25 November')).toEqual([
      expect.stringMatching(/^\d?\d:00Pain 6 of 10With: Medication: Ibuprofen, Stress and Cold officeEdit/),
      expect.stringMatching(
        /^\d?\d:05Morning check: sleep 7 of 10 \(10 = worst\), stiffness 30–60 min, fatigue 4 of 10EditDelete/,
      ),
    ]);
    expect(entriesOf('Tuesday 24 November')).toEqual([
      expect.stringMatching(/^\d?\d:10Morning check: no morning stiffnessEditDelete/),
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Morning checks' }));
    expect(screen.queryByText(/^Morning check:/)).toBeNull();
    expect(screen.getByText('Entries hidden by the choice above: 2.')).toBeTruthy();
  });

  it('filters by kind, says how many are hidden, and keeps the filters from week to week', async () => {
    await addRecords([...WEEK, LAST_WEEK]);
    await openDiary();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pain ratings' }));
    expect(screen.queryByText('Pain 8 of 10')).toBeNull();
    expect(screen.getByText('Stretch break: guided, completed')).toBeTruthy();
    expect(screen.getByText('Entries hidden by the choice above: 2.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Posture checks' }));
    expect(screen.queryByText('Posture check: fixed')).toBeNull();
    expect(screen.getByText('Stretch break: guided, completed')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Breaks' }));
    expect(screen.queryByText('Stretch break: guided, completed')).toBeNull();
    expect(screen.queryByText('Eye break: missed (not answered)')).toBeNull();
    expect(
      screen.getByText('Weekly check: pain 5, interference with enjoyment 4, with activity 3 (of 10)'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Weekly checks' }));
    expect(screen.getByRole('heading', { name: 'No entries this week' })).toBeTruthy();
    expect(screen.getByText('Entries hidden by the choice above: 6.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Previous week/ }));
    await screen.findByRole('heading', { level: 2, name: range('2026-11-16') });
    expect((screen.getByRole('checkbox', { name: 'Pain ratings' }) as HTMLInputElement).checked).toBe(false);
    await screen.findByText('Entries hidden by the choice above: 1.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pain ratings' }));
    expect(await screen.findByText('Pain 2 of 10')).toBeTruthy();
  });

  it('shows an empty week plainly, with a way to add a rating', async () => {
    await openDiary();
    expect(screen.getByRole('heading', { name: 'No entries this week' })).toBeTruthy();
    const region = screen.getByRole('region', { name: 'No entries this week' });
    fireEvent.click(within(region).getByRole('button', { name: 'Add a rating' }));
    expect(await screen.findByRole('form', { name: 'Add a rating you missed' })).toBeTruthy();
  });

  it('reads only the seven days of the week shown, and keeps the week in the address', async () => {
    await addRecords([...WEEK, LAST_WEEK]);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await openDiary();
    expect(bucketReads(get)).toEqual([weekKeys('2026-11-23')]);
    expect(get.mock.calls.some(([keys]) => keys === null || keys === undefined)).toBe(false);
    expect((screen.getByRole('button', { name: /Next week/ }) as HTMLButtonElement).disabled).toBe(true);

    get.mockClear();
    fireEvent.click(screen.getByRole('button', { name: /Previous week/ }));
    expect(await screen.findByText('Pain 2 of 10')).toBeTruthy();
    expect(bucketReads(get)).toEqual([weekKeys('2026-11-16')]);
    expect(new URLSearchParams(location.search).get('week')).toBe('2026-11-16');

    get.mockClear();
    fireEvent.input(screen.getByLabelText('Show the week of'), { target: { value: '2006-03-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByRole('heading', { level: 2, name: range('2006-03-13') });
    await screen.findByRole('heading', { name: 'No entries this week' });
    expect(bucketReads(get)).toEqual([weekKeys('2006-03-13')]);
    expect(new URLSearchParams(location.search).get('week')).toBe('2006-03-15');

    fireEvent.click(screen.getByRole('button', { name: 'This week' }));
    expect(await screen.findByText('Pain 8 of 10')).toBeTruthy();
    expect(location.search).toBe('');
  });

  it('opens the week in the address', async () => {
    await addRecords([...WEEK, LAST_WEEK]);
    await openDiary('?week=2026-11-18');
    expect(screen.getByRole('heading', { level: 2, name: range('2026-11-16') })).toBeTruthy();
    expect(await screen.findByText('Pain 2 of 10')).toBeTruthy();
  });

  it('shows a change made elsewhere without a reload, and an open form keeps what was typed', async () => {
    await addRecords(WEEK);
    await openDiary();
    fireEvent.click(screen.getByRole('button', { name: `Edit the rating of ${hm('2026-11-25', '09:00')}` }));
    const note = within(
      screen.getByRole('form', { name: `Edit the rating of ${hm('2026-11-25', '09:00')}` }),
    ).getByLabelText('Note (optional)');
    fireEvent.input(note, { target: { value: 'typed before the change' } });
    // A prompt answered in another window, and another diary tab deleting the edited rating.
    await addRecords([rating('new', '2026-11-25', '14:00', 7)]);
    expect(await screen.findByText('Pain 7 of 10')).toBeTruthy();
    const { deleteEntry } = await import('../../utils/storage/entries');
    await deleteEntry('2026-11-25', 'r2', Date.now());
    await addRecords([rating('new2', '2026-11-25', '14:30', 1)]);
    // Read again since the deletion: the deleted rating's form stays, with what was typed.
    expect(await screen.findByText('Pain 1 of 10')).toBeTruthy();
    const form = screen.getByRole('form', { name: `Edit the rating of ${hm('2026-11-25', '09:00')}` });
    expect((within(form).getByLabelText('Note (optional)') as HTMLTextAreaElement).value).toBe(
      'typed before the change',
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText(/deleted in the meantime/)).toBeTruthy();
  });

  it('says when some stored entries of the week cannot be read', async () => {
    await fakeBrowser.storage.local.set({ 'rec:2026-11-24': { v: 1, records: [{ junk: true }, WEEK[2]] } });
    await openDiary();
    expect(
      screen.getByText('Stored entries of this week that could not be read: 1. They are kept, not deleted.'),
    ).toBeTruthy();
    expect(screen.getByText('Posture check: fixed')).toBeTruthy();
  });
});
