/**
 * Prompts held while the user was busy, in the diary: why and how long, which prompts, and what
 * came of them, in words; a filter of their own; deleted like any entry (with Undo), never edited
 * (docs/clinical-basis.md, "Holds").
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entryText } from '../../components/diary/entry-text';
import { DiaryApp } from '../../entrypoints/diary/app';
import { makeHold, makeRating } from '../../utils/core/data/records';
import { atWallTime, parseClock } from '../../utils/core/time/local-time';
import { formatRecordTime } from '../../utils/format';
import { addRecords } from '../../utils/storage/records';
import type { HoldReason } from '../../utils/core/data/hold-reason';
import type { HeldKind } from '../../utils/core/data/records';

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const at = (date: string, hhmm: string): number => atWallTime(date, parseClock(hhmm)!, TZ);
const MIN = 60_000;
let n = 0;
const hold = (
  reasons: HoldReason[],
  ms: number,
  kinds: HeldKind[],
  shown: HeldKind[],
  when = at('2026-11-23', '10:00'),
) => makeHold({ id: `hold-${n++}`, at: when, ms, reasons, kinds, shown }, TZ);

describe('a hold in words', () => {
  it.each([
    {
      name: 'a meeting, both prompts shown after',
      record: hold(['meeting'], 45 * MIN, ['posture', 'stretch'], ['posture', 'stretch']),
      what: 'Held (a meeting, 45 min): posture check and stretch break — shown after',
    },
    {
      name: 'outlasted work: nothing shown',
      record: hold(['fullscreen'], 130 * MIN, ['eyes'], []),
      what: 'Held (a window in fullscreen, 2 h 10 min): eye break — no longer relevant',
    },
    {
      name: 'some shown, some not; two reasons in a fixed order',
      record: hold(['audible', 'fullscreen'], 2 * 60 * MIN, ['pain', 'posture', 'peg'], ['posture', 'peg']),
      what: 'Held (a window in fullscreen and a tab playing sound, 2 h): posture check and weekly check — shown after; pain rating — no longer relevant',
    },
    {
      name: 'a hold under a minute is never "0 min"',
      record: hold(['audible'], 20_000, ['eyes'], ['eyes']),
      what: 'Held (a tab playing sound, 1 min): eye break — shown after',
    },
    {
      name: 'nothing listed',
      record: hold(['meeting'], 5 * MIN, [], []),
      what: 'Held (a meeting, 5 min)',
    },
  ])('$name', ({ record, what }) => {
    expect(entryText(record)).toEqual({ what, details: [] });
  });
});

describe('diary page: held prompts', () => {
  const H = hold(['meeting'], 45 * MIN, ['posture', 'stretch'], ['posture', 'stretch']);
  const TEXT = 'Held (a meeting, 45 min): posture check and stretch break — shown after';
  const R = makeRating({ id: 'r1', at: at('2026-11-23', '09:00'), source: 'prompt', score: 3 }, TZ);
  const time = formatRecordTime(H.at, H.tz);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 15, 7));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  async function openDiary(): Promise<void> {
    history.replaceState(null, '', '/diary.html');
    render(<DiaryApp />);
    await screen.findByRole('heading', { name: 'Diary', level: 1 });
    await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
  }

  it('shows a hold with Delete and no Edit, under a filter of its own', async () => {
    await addRecords([R, H]);
    await openDiary();
    const entry = screen.getByText(TEXT).closest('li')!;
    expect(within(entry).getByRole('button', { name: `Delete the entry of ${time}` })).toBeTruthy();
    expect(within(entry).queryByRole('button', { name: /^Edit/ })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Held prompts' }));
    expect(screen.queryByText(TEXT)).toBeNull();
    expect(screen.getByText('Pain 3 of 10')).toBeTruthy();
    expect(screen.getByText('Entries hidden by the choice above: 1.')).toBeTruthy();
  });

  it('deletes a hold, leaving its tombstone, and Undo puts it back', async () => {
    await addRecords([H]);
    await openDiary();
    fireEvent.click(screen.getByRole('button', { name: `Delete the entry of ${time}` }));
    fireEvent.click(
      within(screen.getByRole('group', { name: /^Delete this entry\?/ })).getByRole('button', { name: 'Delete' }),
    );
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(screen.queryByText(TEXT)).toBeNull());
    const bucket = async () =>
      ((await fakeBrowser.storage.local.get('rec:2026-11-23'))['rec:2026-11-23'] as { records: unknown[] }).records;
    expect(await bucket()).toEqual([expect.objectContaining({ id: H.id, type: 'deleted', was: 'hold' })]);
    fireEvent.click(undo);
    expect(await screen.findByText(TEXT)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Entry restored.'));
    expect(await bucket()).toEqual([H]);
  });
});
