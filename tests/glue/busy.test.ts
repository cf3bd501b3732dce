/**
 * Issue 15: what the background reads of the browser for holds (a fullscreen window, a sounding
 * tab), and the window-size event that dispatches only when fullscreen changed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { holdingNow, queryBusy, windowBoundsChanged } from '../../entrypoints/background/busy';
import { readBusy } from '../../utils/busy';
import { initialState } from '../../utils/core/scheduler';
import { saveSettings } from '../../utils/storage/settings';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { saveState } from '../../utils/storage/state';
import type { Busy, SchedulerEvent } from '../../utils/core/scheduler';

/**
 * The fake's tabs cannot be made audible: its query is stubbed to answer one audible tab (and to
 * show that only the audible flag is asked for).
 */
function soundingTab(): ReturnType<typeof vi.spyOn> {
  return vi
    .spyOn(fakeBrowser.tabs, 'query')
    .mockImplementation(async (q) => (q.audible ? [{ id: 7, index: 0, audible: true } as never] : []));
}

async function storeSeen(busy: Busy): Promise<void> {
  await saveState({ ...initialState(), busy });
}

/** The time the background reads for a delivery outside a step. */
const NOW = Date.UTC(2026, 10, 23, 9);

beforeEach(() => {
  vi.restoreAllMocks();
});

describe('readBusy', () => {
  it('sees a window in fullscreen', async () => {
    await fakeBrowser.windows.create({ type: 'normal', state: 'fullscreen' });
    expect(await readBusy()).toEqual({ fullscreen: true, audible: false, fullscreenEvents: false });
  });

  it('sees a tab playing sound, asking for nothing but the audible flag', async () => {
    const query = soundingTab();
    expect(await readBusy()).toEqual({ fullscreen: false, audible: true, fullscreenEvents: false });
    expect(query).toHaveBeenCalledWith({ audible: true });
  });

  it('sees neither in ordinary windows and silent tabs', async () => {
    await fakeBrowser.windows.create({ type: 'normal', state: 'maximized' });
    await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    expect(await readBusy()).toEqual({ fullscreen: false, audible: false, fullscreenEvents: false });
  });

  it('says whether the browser reports fullscreen ending by an event (Chrome yes, Firefox no)', async () => {
    // WXT's fake has no onBoundsChanged, like Firefox 153; Chrome's has.
    expect(await readBusy()).toEqual({ fullscreen: false, audible: false, fullscreenEvents: false });
    const windows = fakeBrowser.windows as { onBoundsChanged?: unknown };
    windows.onBoundsChanged = { addListener: () => undefined };
    try {
      expect(await readBusy()).toEqual({ fullscreen: false, audible: false, fullscreenEvents: true });
    } finally {
      delete windows.onBoundsChanged;
    }
  });

  it('looks at browser windows, popups and installed web apps', async () => {
    const getAll = vi.spyOn(fakeBrowser.windows, 'getAll');
    await readBusy();
    expect(getAll).toHaveBeenCalledWith({ windowTypes: ['normal', 'popup', 'app'] });
  });

  it('queryBusy answers undefined (keep what was seen) when the browser cannot say', async () => {
    vi.spyOn(fakeBrowser.windows, 'getAll').mockRejectedValue(new Error('no windows API'));
    expect(await queryBusy()).toBeUndefined();
  });
});

describe('a window resized or moved (windows.onBoundsChanged)', () => {
  it('dispatches a busy event when a window enters fullscreen, and again when none is left', async () => {
    const dispatch = vi.fn(async (_e: SchedulerEvent) => undefined);
    await storeSeen({ fullscreen: false, audible: false, fullscreenEvents: false });
    const win = await fakeBrowser.windows.create({ type: 'normal', state: 'fullscreen' });
    await windowBoundsChanged(dispatch);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith({
      type: 'busy',
      busy: { fullscreen: true, audible: false, fullscreenEvents: false },
    });

    await storeSeen({ fullscreen: true, audible: false, fullscreenEvents: false });
    await fakeBrowser.windows.remove(win.id!);
    await windowBoundsChanged(dispatch);
    expect(dispatch).toHaveBeenLastCalledWith({
      type: 'busy',
      busy: { fullscreen: false, audible: false, fullscreenEvents: false },
    });
    expect(dispatch).toHaveBeenCalledTimes(2);
  });

  it('an ordinary resize costs one storage read and no scheduler step', async () => {
    const dispatch = vi.fn(async (_e: SchedulerEvent) => undefined);
    await storeSeen({ fullscreen: false, audible: false });
    await fakeBrowser.windows.create({ type: 'normal', state: 'maximized' });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await windowBoundsChanged(dispatch);
    expect(dispatch).not.toHaveBeenCalled();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('no step while fullscreen stays as seen (a second fullscreen window, or one of two leaving)', async () => {
    const dispatch = vi.fn(async (_e: SchedulerEvent) => undefined);
    await storeSeen({ fullscreen: true, audible: false });
    await fakeBrowser.windows.create({ type: 'normal', state: 'fullscreen' });
    await windowBoundsChanged(dispatch);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('a sound that started meanwhile alone is no reason for a step (the wake-ups read it)', async () => {
    const dispatch = vi.fn(async (_e: SchedulerEvent) => undefined);
    await storeSeen({ fullscreen: false, audible: false });
    soundingTab();
    await windowBoundsChanged(dispatch);
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('holdingNow (deliveries outside a scheduler step)', () => {
  it('follows the browser as it is now, and the settings', async () => {
    await storeSeen({ fullscreen: false, audible: false });
    expect(await holdingNow(NOW)).toBe(false);
    soundingTab();
    expect(await holdingNow(NOW)).toBe(true);
    await saveSettings({ ...DEFAULT_SETTINGS, hold: { fullscreen: true, audible: false } });
    expect(await holdingNow(NOW)).toBe(false);
  });

  it('a meeting the user started holds', async () => {
    await saveState({ ...initialState(), meeting: { since: NOW - 60_000, until: NOW + 3_600_000, open: true } });
    expect(await holdingNow(NOW)).toBe(true);
  });
});
