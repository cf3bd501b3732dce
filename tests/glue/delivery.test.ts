import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver, NOTIFICATION_PREFIX, promptSearch } from '../../entrypoints/background/deliver';
import { hintedPain } from '../../components/prompt/quick-prompt';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import type { PendingPrompt } from '../../utils/core/scheduler';
import type { DeliveryMode, Settings } from '../../utils/core/settings/settings';

const prompt: PendingPrompt = {
  id: 'p1',
  kinds: ['posture'],
  open: ['posture'],
  shownAt: 0,
  expiresAt: 1,
  manual: false,
  postureItem: 0,
  snoozesLeft: { posture: 3 },
};
const withMode = (mode: DeliveryMode): Settings => ({ ...DEFAULT_SETTINGS, delivery: { mode, sound: false } });
const popups = async () => (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');

describe('delivery', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('opens the prompt window by default', async () => {
    expect(await deliver(prompt, withMode('window'))).toBe('window');
    expect(await popups()).toHaveLength(1);
  });

  it('names a prompt with an open pain part in the window’s address, as the first script reads it', async () => {
    const pain: PendingPrompt = { ...prompt, id: 'p 2&x', kinds: ['pain', 'posture'], open: ['pain', 'posture'] };
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    expect(await deliver(pain, withMode('window'))).toBe('window');
    const url = new URL(String(create.mock.calls[0]?.[0]?.url));
    expect(url.pathname).toBe('/prompt.html');
    expect(hintedPain(url.search)).toEqual({ id: 'p 2&x', kinds: ['pain', 'posture'] });
    // No pain part open (answered, or none): nothing to draw first, nothing in the address.
    expect(promptSearch({ ...pain, open: ['posture'] })).toBe('');
    expect(promptSearch(prompt)).toBe('');
    expect(hintedPain('')).toBeNull();
  });

  it('uses the toolbar popup when a window has focus, and falls back to the window when refused', async () => {
    const openPopup = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser.action, { openPopup });
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue([{ id: 1, focused: true, type: 'normal' } as never]);
    expect(await deliver(prompt, withMode('popup'))).toBe('popup');
    expect(openPopup).toHaveBeenCalledTimes(1);
    openPopup.mockRejectedValue(new Error('no focused window'));
    expect(await deliver(prompt, withMode('popup'))).toBe('window');
  });

  it('does not try the popup without a focused window', async () => {
    const openPopup = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser.action, { openPopup });
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue([{ id: 1, focused: false, type: 'normal' } as never]);
    expect(await deliver(prompt, withMode('popup'))).toBe('window');
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('sends a notification when asked to, or when the browser has no window at all', async () => {
    // Chrome has no runtime.getBrowserInfo (the fake defines one that throws).
    const saved = (fakeBrowser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo;
    delete (fakeBrowser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo;
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await deliver(prompt, withMode('notification'))).toBe('notification');
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue([]);
    expect(await deliver(prompt, withMode('window'))).toBe('notification');
    expect(create).toHaveBeenCalledTimes(2);
    const [id, options] = create.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(id).toBe(`${NOTIFICATION_PREFIX}p1`);
    expect(options).toMatchObject({
      type: 'basic',
      title: 'Limber: time for a check-in',
      message: 'Posture check',
      requireInteraction: true,
    });
    Object.assign(fakeBrowser.runtime, { getBrowserInfo: saved });
  });

  it('leaves out the Chrome-only option where Firefox would reject it', async () => {
    Object.assign(fakeBrowser.runtime, { getBrowserInfo: async () => ({ name: 'Firefox' }) });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await deliver(prompt, withMode('notification'));
    expect((create.mock.calls[0] as unknown[])[1]).not.toHaveProperty('requireInteraction');
  });
});

describe('background wiring', () => {
  it('a click on a Limber notification opens the prompt window', async () => {
    Object.assign(fakeBrowser, {
      idle: {
        setDetectionInterval: vi.fn(),
        queryState: vi.fn().mockResolvedValue('active'),
        onStateChanged: { addListener: vi.fn() },
      },
      commands: { ...fakeBrowser.commands, onCommand: { addListener: vi.fn() } },
    });
    const background = (await import('../../entrypoints/background')).default;
    background.main();
    await fakeBrowser.notifications.onClicked.trigger(`${NOTIFICATION_PREFIX}p7`);
    await vi.waitFor(async () => expect(await popups()).toHaveLength(1));
    await fakeBrowser.notifications.onClicked.trigger('another-extension-id');
    expect(await popups()).toHaveLength(1);
  });
});
