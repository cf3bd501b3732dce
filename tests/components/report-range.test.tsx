/**
 * The clinician report page: its range (4 or 12 weeks, or since a date) chosen on screen and kept
 * in the address, rows that keep the table to one page, the print date, and a name that is
 * printed but never stored, sent or kept in the address.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportApp } from '../../entrypoints/report/app';
import { makeRating } from '../../utils/core/data/records';
import { addDays } from '../../utils/core/time/local-time';
import { addRecords } from '../../utils/storage/records';

const TODAY = '2026-11-25';
const at = (date: string, h: number): number => Date.parse(`${date}T${String(h).padStart(2, '0')}:00:00Z`);
let n = 0;
const rating = (date: string, score: number) =>
  makeRating({ id: `r${n++}`, at: at(date, 10), source: 'prompt', score }, 'UTC');

/** A rating of 4 every day for the `days` days up to today. */
const daily = (days: number) => Array.from({ length: days }, (_, i) => rating(addDays(TODAY, -i), 4));

function open(search: string) {
  history.replaceState(null, '', `/report.html${search}`);
  return render(<ReportApp />);
}
const table = async () => screen.findByRole('table', { name: 'Pain and breaks over the period' });
const bodyRows = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1);
const firstColumn = async () => within(await table()).getAllByRole('columnheader')[0]!.textContent;

async function allStorage(): Promise<unknown[]> {
  return Promise.all([
    fakeBrowser.storage.local.get(),
    fakeBrowser.storage.sync.get(),
    fakeBrowser.storage.session.get(),
  ]);
}

describe('the report page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 12));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('opens on four weeks, a row per week, with the print date', async () => {
    await addRecords(daily(30));
    open('?week=2026-11-23');
    expect(await bodyRows()).toHaveLength(4);
    expect(await firstColumn()).toBe('Week of');
    expect(screen.getByText('Printed 25 Nov 2026')).toBeTruthy();
    expect((screen.getByRole('radio', { name: '4 weeks' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Change from the previous 4 week(s)')).toBeTruthy();
  });

  it('twelve weeks from the address: twelve rows, the change of the last four weeks named as such', async () => {
    await addRecords(daily(90));
    open('?week=2026-11-23&weeks=12');
    expect(await bodyRows()).toHaveLength(12);
    expect(screen.getByText(/· 12 week\(s\)$/)).toBeTruthy();
    expect(screen.getByText('Change: last 4 weeks against the 4 before')).toBeTruthy();
  });

  it('the picker changes the range and writes it to the address, so a reload keeps it', async () => {
    await addRecords(daily(200));
    const view = open('?week=2026-11-23&weeks=4');
    await table();
    fireEvent.click(screen.getByRole('radio', { name: '12 weeks' }));
    await waitFor(async () => expect(await bodyRows()).toHaveLength(12));
    expect(location.search).toBe('?week=2026-11-23&weeks=12');

    fireEvent.change(screen.getByLabelText('Start date of the report'), { target: { value: '2026-06-10' } });
    expect(new URLSearchParams(location.search).get('since')).toBe('2026-06-10');
    // 10 Jun to the end of this week: 173 days, a row per fortnight.
    await waitFor(async () => expect(await firstColumn()).toBe('2 weeks'));
    expect(await bodyRows()).toHaveLength(13);
    expect(screen.getByText(/· 173 days$/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Since a date' }) as HTMLInputElement).checked).toBe(true);

    // A reload: the same report from the address alone.
    view.unmount();
    open(location.search);
    await waitFor(async () => expect(await firstColumn()).toBe('2 weeks'));
    expect(screen.getByText(/· 173 days$/)).toBeTruthy();
  });

  it('since a date reads only from that date on, in bounded chunks', async () => {
    await addRecords(daily(400));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    open('?since=2026-02-01');
    await waitFor(async () => expect(await firstColumn()).toBe('Month'));
    const keys = get.mock.calls.flatMap(([k]) => (Array.isArray(k) ? k : [])).filter((k) => k.startsWith('rec:'));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k >= `rec:${addDays('2026-02-01', -6)}`)).toBe(true);
    for (const [k] of get.mock.calls) if (Array.isArray(k)) expect(k.length).toBeLessThanOrEqual(200);
    // Every rating from 1 Feb to today (298 days), none before.
    expect(screen.getByText('Low 4, high 4 · 298 ratings')).toBeTruthy();
    // Feb to Nov: ten months, each a row.
    expect(await bodyRows()).toHaveLength(10);
  });

  it('prints a name typed on the page and never stores it, sends it or puts it in the address', async () => {
    await addRecords(daily(10));
    open('?weeks=4');
    await table();
    const before = await allStorage();
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const box = screen.getByRole('textbox', { name: 'Name (optional, not stored)' }) as HTMLInputElement;
    expect(box.getAttribute('autocomplete')).toBe('off');
    expect(box.hasAttribute('name')).toBe(false);
    expect(box.closest('form')).toBeNull();
    fireEvent.input(box, { target: { value: 'Jane Example' } });
    fireEvent.change(box);
    // A range change, with its loading state for a longer read, keeps the name on the page.
    fireEvent.change(screen.getByLabelText('Start date of the report'), { target: { value: '2026-06-10' } });
    await waitFor(async () => expect(await firstColumn()).toBe('2 weeks'));
    expect((screen.getByRole('textbox', { name: 'Name (optional, not stored)' }) as HTMLInputElement).value).toBe(
      'Jane Example',
    );
    expect(await allStorage()).toEqual(before);
    expect(JSON.stringify(await allStorage())).not.toContain('Jane');
    expect(sent).not.toHaveBeenCalled();
    expect(location.href).not.toContain('Jane');
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });
});
