/**
 * Issue 12, breaks 1, 6 and 10: a waiting prompt is always brought to the user, and a write that
 * storage refuses never stops the schedule.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPlan, armRedelivery, WAKE_ALARM } from '../../entrypoints/background/apply-plan';
import { deleteAllData } from '../../utils/storage/delete-all';
import { NOTIFICATION_PREFIX, notificationClosed } from '../../entrypoints/background/deliver';
import { createEngine } from '../../entrypoints/background/engine';
import { REDELIVER_MS } from '../../entrypoints/background/wake';
import { saveSettings } from '../../utils/storage/settings';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { loadState, STATE_FALLBACK_KEY } from '../../utils/storage/state';
import { at } from '../core/scheduler-harness';
import type { EngineDeps } from '../../entrypoints/background/engine';

let now = 0;
const engine = (deps: Partial<EngineDeps> = {}) =>
  createEngine({
    now: () => now,
    timeZone: () => 'Europe/Berlin',
    apply: applyPlan,
    beforeShow: armRedelivery,
    ...deps,
  });
const popups = async () => (await fakeBrowser.windows.getAll()).filter((w) => w.type === 'popup');

beforeEach(() => {
  vi.restoreAllMocks();
  now = at('2026-11-23 09:00');
  // The fake has no getContexts or getViews: no extension page is open unless a test says so.
  Object.assign(fakeBrowser.extension ?? {}, { getViews: () => [] });
});

/** A worker stopped right after storing a prompt: the state is stored, nothing was shown. */
async function promptStoredThenStopped(): Promise<string> {
  await engine().dispatch({ type: 'start', idle: 'active' });
  now = at('2026-11-23 09:30');
  const stopped = engine({ apply: async () => {} });
  const plan = await stopped.dispatch({ type: 'alarm', idle: 'active' });
  expect(plan.show).not.toBeNull();
  expect(await popups()).toHaveLength(0);
  return plan.show!.id;
}

describe('a waiting prompt is always delivered (break 6)', () => {
  it('a worker stopped between storing and showing a prompt shows it when it starts again', async () => {
    const id = await promptStoredThenStopped();
    now += 5_000;
    await engine().dispatch({ type: 'start', idle: 'active' });
    expect(await popups()).toHaveLength(1);
    expect((await loadState()).pending?.id).toBe(id);
  });

  it('before the prompt is stored, an alarm is armed to wake the worker that must show it', async () => {
    await promptStoredThenStopped();
    const alarm = await fakeBrowser.alarms.get(WAKE_ALARM);
    // Armed by the step's clock: 30 s after it, not at the prompt's expiry.
    expect(alarm?.scheduledTime).toBe(now + REDELIVER_MS);
  });

  it('a prompt already shown is not shown again when the worker restarts, even if its window was closed', async () => {
    await engine().dispatch({ type: 'start', idle: 'active' });
    now = at('2026-11-23 09:30');
    await engine().dispatch({ type: 'alarm', idle: 'active' });
    const [win] = await popups();
    await fakeBrowser.windows.remove(win!.id!);
    now += 5_000;
    await engine().dispatch({ type: 'start', idle: 'active' });
    expect(await popups()).toHaveLength(0);
  });

  it('popup.html open in a tab is not the toolbar popup: the prompt still gets its window', async () => {
    await promptStoredThenStopped();
    Object.assign(fakeBrowser.extension, {
      getViews: (f: { type: string }) =>
        f.type === 'tab' ? [{ location: { href: 'chrome-extension://id/popup.html' } }] : [],
    });
    await engine().dispatch({ type: 'start', idle: 'active' });
    expect(await popups()).toHaveLength(1);
  });

  it('the toolbar popup, which shows a waiting prompt, counts as showing it', async () => {
    await promptStoredThenStopped();
    Object.assign(fakeBrowser.extension, {
      getViews: (f: { type: string }) =>
        f.type === 'popup' ? [{ location: { href: 'chrome-extension://id/popup.html' } }] : [],
    });
    await engine().dispatch({ type: 'start', idle: 'active' });
    expect(await popups()).toHaveLength(0);
  });

  it('a prompt that is on screen in a page (its window id was never stored) is not opened twice', async () => {
    await promptStoredThenStopped();
    Object.assign(fakeBrowser.extension, {
      getViews: () => [{ location: { href: 'chrome-extension://id/prompt.html' } }],
    });
    await engine().dispatch({ type: 'start', idle: 'active' });
    expect(await popups()).toHaveLength(0);
  });
});

describe('a notification that closed unclicked (break 10: Firefox closes them by itself)', () => {
  const notifyMode = async () =>
    saveSettings({ ...DEFAULT_SETTINGS, delivery: { mode: 'notification', sound: false } });

  /** A prompt delivered as a notification, with a normal browser window open and no prompt window. */
  async function notified(): Promise<string> {
    await notifyMode();
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue([{ id: 1, focused: true, type: 'normal' } as never]);
    await engine().dispatch({ type: 'start', idle: 'active' });
    now = at('2026-11-23 09:30');
    const plan = await engine().dispatch({ type: 'alarm', idle: 'active' });
    return `${NOTIFICATION_PREFIX}${plan.show!.id}`;
  }
  const asChrome = (): void => {
    delete (fakeBrowser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo;
  };
  const asFirefox = (): void => {
    Object.assign(fakeBrowser.runtime, { getBrowserInfo: async () => ({ name: 'Firefox' }) });
  };

  it('Chrome, closed by the system: shows the waiting prompt in the prompt window instead', async () => {
    asChrome();
    const id = await notified();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await notificationClosed(id, false, now);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('Chrome, dismissed by the user, or the notification of an older prompt: nothing opens', async () => {
    asChrome();
    const id = await notified();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await notificationClosed(id, true, now);
    await notificationClosed(`${NOTIFICATION_PREFIX}old`, false, now);
    expect(create).not.toHaveBeenCalled();
  });

  it('Firefox, which says "by the user" even when it closed the notification itself: the prompt window opens', async () => {
    asFirefox();
    const id = await notified();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await notificationClosed(id, true, now);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('with no browser window to show it in, notifies again at a wake-up armed within 30 s', async () => {
    await notifyMode();
    vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue([]);
    await engine().dispatch({ type: 'start', idle: 'active' });
    now = at('2026-11-23 09:30');
    const plan = await engine().dispatch({ type: 'alarm', idle: 'active' });
    const id = `${NOTIFICATION_PREFIX}${plan.show!.id}`;
    await fakeBrowser.notifications.clear(id);
    now += 5_000;
    await notificationClosed(id, false, now);
    // Not the prompt's expiry (15 minutes on): a wake-up 30 s after the close, to notify again.
    const alarm = await fakeBrowser.alarms.get(WAKE_ALARM);
    expect(alarm!.scheduledTime).toBe(now + REDELIVER_MS);
    expect(alarm!.scheduledTime).toBeLessThan(plan.show!.expiresAt);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    now += 30_000;
    await engine().dispatch({ type: 'alarm', idle: 'active' });
    expect(create).toHaveBeenCalledWith(id, expect.anything());
  });
});

describe('the safety wake-up stays until the prompt is shown', () => {
  it('a prompt that could not be shown (the window refused) keeps a wake-up within 30 s, not its expiry', async () => {
    await engine().dispatch({ type: 'start', idle: 'active' });
    now = at('2026-11-23 09:30');
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('no window'));
    await expect(engine().dispatch({ type: 'alarm', idle: 'active' })).rejects.toThrow('no window');
    const pending = (await loadState()).pending!;
    const alarm = await fakeBrowser.alarms.get(WAKE_ALARM);
    expect(alarm!.scheduledTime).toBe(now + REDELIVER_MS);
    expect(alarm!.scheduledTime).toBeLessThan(pending.expiresAt);
    // At that wake-up the window opens, and the prompt's own wake-up (its expiry) takes over.
    vi.restoreAllMocks();
    now += 30_000;
    await engine().dispatch({ type: 'alarm', idle: 'active' });
    expect(await popups()).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))!.scheduledTime).toBe(pending.expiresAt);
  });
  it('a waiting prompt that could not be delivered again (the window refused) keeps a wake-up within 30 s', async () => {
    await promptStoredThenStopped();
    const pending = (await loadState()).pending!;
    await fakeBrowser.alarms.create(WAKE_ALARM, { when: pending.expiresAt });
    vi.spyOn(fakeBrowser.windows, 'create').mockRejectedValue(new Error('no window'));
    now += 5_000;
    await expect(engine().dispatch({ type: 'start', idle: 'active' })).rejects.toThrow('no window');
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))!.scheduledTime).toBe(now + REDELIVER_MS);
  });
});

describe('delete all my data while storage.local was full', () => {
  it('also deletes the schedule kept in storage.session meanwhile', async () => {
    await engine().dispatch({ type: 'start', idle: 'active' });
    await fakeBrowser.storage.session.set({
      [STATE_FALLBACK_KEY]: { ...(await loadState()), pause: { since: 1, until: null } },
    });
    expect((await loadState()).pause).not.toBeNull();
    await deleteAllData();
    expect((await loadState()).pause).toBeNull();
    expect((await fakeBrowser.storage.session.get(STATE_FALLBACK_KEY))[STATE_FALLBACK_KEY]).toBeUndefined();
  });
});

describe('storage that refuses writes never stops the schedule (break 1)', () => {
  it('the prompt still opens, the alarm is armed, the toolbar says why, and the error reaches the caller', async () => {
    await engine().dispatch({ type: 'start', idle: 'active' });
    now = at('2026-11-23 09:30');
    const refuse = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    // The state could not be written to storage.local either: the step says so, after acting.
    await expect(engine().dispatch({ type: 'alarm', idle: 'active' })).rejects.toThrow(/quota/);
    // The prompt page reads the waiting prompt from the state, kept in storage.session meanwhile.
    const pending = (await loadState()).pending;
    expect(pending?.kinds).toEqual(['posture']);
    expect(await popups()).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(pending!.expiresAt);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/storage is full/);

    // An answer whose record cannot be written is reported to the page.
    now += 5_000;
    await expect(
      engine().dispatch({ type: 'answer', promptId: pending!.id, kind: 'posture', answer: { action: 'good' } }),
    ).rejects.toThrow(/quota/);
    // Not stored, so not done: the part still waits, to be answered again.
    expect((await loadState()).pending?.open).toEqual(['posture']);
    expect(await popups()).toHaveLength(1);

    // Storage accepts writes again: the state goes back to storage.local, the badge clears.
    refuse.mockRestore();
    now += 5_000;
    await engine().dispatch({ type: 'alarm', idle: 'active' });
    expect((await fakeBrowser.storage.session.get(STATE_FALLBACK_KEY))[STATE_FALLBACK_KEY]).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Limber: a check-in is waiting');
  });
});
