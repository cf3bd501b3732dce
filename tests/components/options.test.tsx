import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../entrypoints/options/app';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';

async function renderOptions() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Limber settings', level: 1 });
}
const type = (el: Element, value: string) => fireEvent.input(el, { target: { value } });
const byId = (id: string) => document.getElementById(id)!;
const SAVED = 'Saved. Your other browsers with sync on get these settings too.';
const storedSync = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS | undefined;

/** Every validation message, reached through the page as a user would. */
const CASES: [string, () => Element, string, string][] = [
  ['posture interval, not a number', () => byId('postureMin'), '', 'Enter a whole number of minutes.'],
  [
    'posture interval below the minimum',
    () => byId('postureMin'),
    '0',
    'At least 1 minute: browsers do not wake extensions more often.',
  ],
  ['stretch interval over 8 hours', () => byId('stretchEveryMin'), '500', 'At most 8 hours.'],
  [
    'break longer than its interval',
    () => byId('stretchLengthMin'),
    '60',
    'A break must be shorter than the time between breaks.',
  ],
  ['snooze of 0', () => byId('snoozeMin'), '0', 'Snooze for 1 to 60 minutes.'],
  ['snooze limit of 20', () => byId('snoozeLimit'), '20', 'Enter 0 to 10.'],
  ['natural break of 500 minutes', () => byId('naturalMin'), '500', 'Enter 1 to 120 minutes.'],
];

describe('options page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows every group with the current values', async () => {
    await renderOptions();
    for (const name of [
      'Prompts',
      'Work days and hours',
      'Snooze and time away',
      'How prompts reach you',
      'Body regions in the rating',
      'Stretches',
      'Keyboard shortcuts',
      'Your data',
    ]) {
      expect(screen.getByRole('heading', { name, level: 2 })).toBeTruthy();
    }
    expect((byId('postureMin') as HTMLInputElement).value).toBe('30');
    expect((screen.getByRole('checkbox', { name: 'Monday' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Saturday' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('radio', { name: /small prompt window/ }) as HTMLInputElement).checked).toBe(true);
  });

  it.each(CASES)('%s: message at the field, nothing saved', async (_name, field, value, message) => {
    await renderOptions();
    const input = field();
    type(input, value);
    const error = await screen.findByText(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    await screen.findByText(/Not saved: 1 field/);
    await new Promise((r) => setTimeout(r, 700));
    expect(await storedSync()).toBeUndefined();
  });

  it('pain times: a malformed or repeated time, and none at all', async () => {
    await renderOptions();
    type(screen.getByLabelText('Pain rating time 2'), '11:00');
    expect(await screen.findByText('This time is already in the list.')).toBeTruthy();
    type(screen.getByLabelText('Pain rating time 2'), '');
    expect(await screen.findByText('Enter a time such as 14:30.')).toBeTruthy();
    for (const n of [3, 2, 1]) fireEvent.click(screen.getByRole('button', { name: `Remove time ${n}` }));
    expect(await screen.findByText(/Add a time, or switch on/)).toBeTruthy();
  });

  it('work hours: overlapping ranges, an empty range, no days', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a range' }));
    type(screen.getByLabelText('Range 2 starts'), '17:00');
    type(screen.getByLabelText('Range 2 ends'), '19:00');
    expect(await screen.findByText('Overlaps range 1.')).toBeTruthy();
    type(screen.getByLabelText('Range 2 starts'), '19:00');
    expect(await screen.findByText('A range must end at a different time than it starts.')).toBeTruthy();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      fireEvent.click(screen.getByRole('checkbox', { name: day }));
    expect(await screen.findByText('Pick at least one work day.')).toBeTruthy();
  });

  it('weekly check: a time that is not a time', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Weekly check (PEG)' }));
    type(byId('pegTime'), '');
    expect(await screen.findByText('Enter a time such as 14:30.')).toBeTruthy();
  });

  it('saves a valid change to sync, where the schedule picks it up', async () => {
    await renderOptions();
    type(byId('postureMin'), '45');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.click(screen.getByRole('radio', { name: /system notification/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Favourite: Chin tuck' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Wrists / hands' }));
    expect(await screen.findByText('Saved. Your other browsers with sync on get these settings too.')).toBeTruthy();
    expect(await storedSync()).toMatchObject({
      posture: { everySec: 2700 },
      work: { days: [1, 2, 3, 4, 5, 6] },
      delivery: { mode: 'notification' },
      stretches: { favourites: ['chin-tuck'] },
      regions: ['neck', 'shoulders', 'upperBack', 'elbows', 'lowerBack', 'wrists'],
    });
  });

  it('keeps settings on this computer and says so when sync refuses the write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await renderOptions();
    type(byId('postureMin'), '20');
    expect(await screen.findByText('Saved on this computer only: browser sync is off or full.')).toBeTruthy();
    expect((await fakeBrowser.storage.local.get('settingsLocal')).settingsLocal).toMatchObject({
      posture: { everySec: 1200 },
    });
    vi.restoreAllMocks();
  });

  it('says in plain words when neither sync nor this computer takes the settings, never the browser’s text', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await renderOptions();
    type(byId('postureMin'), '20');
    expect(await screen.findByText(/^The browser's storage for Limber is full, so this was not saved\./)).toBeTruthy();
    expect(screen.queryByText(/QUOTA_BYTES/)).toBeNull();
  });

  it('reports unreadable stored settings, uses the defaults, and leaves records alone', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 2, posture: 'often' } });
    await fakeBrowser.storage.local.set({ 'rec:2026-11-23': { v: 1, records: [] } });
    await renderOptions();
    expect(screen.getByText('Your saved settings could not be read')).toBeTruthy();
    expect(screen.getByText(/posture/, { selector: 'code' })).toBeTruthy();
    expect((byId('postureMin') as HTMLInputElement).value).toBe('30');
    type(byId('postureMin'), '25');
    await screen.findByText('Saved. Your other browsers with sync on get these settings too.');
    const local = await fakeBrowser.storage.local.get(null);
    expect(local['rec:2026-11-23']).toBeDefined();
    expect(local['unreadable:settings']).toMatchObject({ key: 'settings', value: { version: 2, posture: 'often' } });
  });

  it('deletes all data only after confirming', async () => {
    await fakeBrowser.storage.local.set({ 'rec:2026-11-23': { v: 1, records: [] }, scheduler: {} });
    await renderOptions();
    const dialog = document.querySelector('dialog')!;
    dialog.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    dialog.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(async () => expect(await fakeBrowser.storage.local.get(null)).toEqual({}));
    expect(await screen.findByText('All your data has been deleted.')).toBeTruthy();
  });

  it('after deleting all data shows the defaults, drops "Saved", and later saves from the fresh state', async () => {
    await renderOptions();
    const dialog = document.querySelector('dialog')!;
    dialog.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    dialog.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    const saved = 'Saved. Your other browsers with sync on get these settings too.';
    const eyes = () => screen.getByRole('checkbox', { name: 'Eye break (20-20-20)' }) as HTMLInputElement;
    fireEvent.click(eyes());
    expect(await screen.findByText(saved)).toBeTruthy();
    expect(await storedSync()).toMatchObject({ eyes: { enabled: true } });

    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(
      await screen.findByText('Everything was deleted. Limber starts afresh with its default settings.'),
    ).toBeTruthy();
    expect(await storedSync()).toBeUndefined();
    expect(eyes().checked).toBe(false);
    expect(screen.queryByText(saved)).toBeNull();

    type(byId('postureMin'), '45');
    expect(await screen.findByText(saved)).toBeTruthy();
    expect(await storedSync()).toMatchObject({ eyes: { enabled: false }, posture: { everySec: 2700 } });
  });
});

describe('another settings page (or the welcome page) saving meanwhile', () => {
  afterEach(() => vi.restoreAllMocks());
  const other = async (patch: (s: typeof DEFAULT_SETTINGS) => void) => {
    const s = structuredClone((await storedSync()) ?? DEFAULT_SETTINGS);
    patch(s);
    await fakeBrowser.storage.sync.set({ settings: s });
  };
  const eyes = () => screen.getByRole('checkbox', { name: 'Eye break (20-20-20)' }) as HTMLInputElement;

  it('shows what the other page saved, and a later change here keeps it', async () => {
    await renderOptions();
    await other((s) => {
      s.eyes.enabled = true;
    });
    await waitFor(() => expect(eyes().checked).toBe(true));
    type(byId('snoozeLimit'), '5');
    expect(await screen.findByText(SAVED)).toBeTruthy();
    expect(await storedSync()).toMatchObject({ eyes: { enabled: true }, snooze: { limit: 5 } });
  });

  it('writes only what changed here, onto the settings as stored at that moment', async () => {
    // The page hears of no change (as when the other page's write is still on its way).
    vi.spyOn(fakeBrowser.storage.onChanged, 'addListener').mockImplementation(() => undefined);
    await renderOptions();
    const stale = structuredClone(DEFAULT_SETTINGS);
    stale.eyes.enabled = true;
    stale.work.days = [1, 2, 3];
    await fakeBrowser.storage.sync.set({ settings: stale });
    type(byId('snoozeLimit'), '5');
    expect(await screen.findByText(SAVED)).toBeTruthy();
    expect(await storedSync()).toEqual({ ...stale, snooze: { ...stale.snooze, limit: 5 } });
  });

  it('leaves a field being edited here as typed, and follows the others', async () => {
    await renderOptions();
    type(byId('postureMin'), '');
    await other((s) => {
      s.posture.everySec = 50 * 60;
      s.snooze.limit = 7;
    });
    await waitFor(() => expect((byId('snoozeLimit') as HTMLInputElement).value).toBe('7'));
    expect((byId('postureMin') as HTMLInputElement).value).toBe('');
    expect(screen.getByText('Enter a whole number of minutes.')).toBeTruthy();
    type(byId('postureMin'), '45');
    expect(await screen.findByText(SAVED)).toBeTruthy();
    expect(await storedSync()).toMatchObject({ posture: { everySec: 2700 }, snooze: { limit: 7 } });
  });
});

describe('keyboard shortcuts group', () => {
  it('in Chrome lists the shortcuts and sends the user to the browser’s own page to change them', async () => {
    await renderOptions();
    expect(await screen.findByText('Alt+Shift+Y')).toBeTruthy();
    expect(screen.getByText('not set')).toBeTruthy();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts in the browser' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('in Firefox changes a shortcut in place, and says when the browser refuses it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const update = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('Invalid shortcut'));
    Object.assign(fakeBrowser.commands, { update });
    try {
      await renderOptions();
      const input = await screen.findByLabelText('Shortcut for Take a break now');
      type(input, 'Ctrl+Alt+B');
      fireEvent.click(screen.getAllByRole('button', { name: 'Set' })[1]!);
      expect(await screen.findByText('Saved.')).toBeTruthy();
      expect(update).toHaveBeenCalledWith({ name: 'break-now', shortcut: 'Ctrl+Alt+B' });
      type(input, 'Banana');
      fireEvent.click(screen.getAllByRole('button', { name: 'Set' })[1]!);
      expect(await screen.findByText(/^This browser does not accept that shortcut\. Write Ctrl or Alt/)).toBeTruthy();
      expect(screen.queryByText(/Invalid shortcut/)).toBeNull();
    } finally {
      Object.assign(fakeBrowser.commands, { update: undefined });
    }
  });
});
