/**
 * Issue 15: while a hold is on, nothing is brought to the user (no prompt window, popup or
 * notification), not even a prompt shown earlier that needs bringing again; a prompt the user asks
 * for still comes; when the hold ends, what waits comes, once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPlan, armRedelivery, WAKE_ALARM } from '../../entrypoints/background/apply-plan';
import { NOTIFICATION_PREFIX, notificationClosed } from '../../entrypoints/background/deliver';
import { REDELIVER_MS } from '../../entrypoints/background/wake';
import { createEngine } from '../../entrypoints/background/engine';
import { saveSettings } from '../../utils/storage/settings';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { loadState } from '../../utils/storage/state';
import { at } from '../core/scheduler-harness';
import type { EngineDeps } from '../../entrypoints/background/engine';
import type { Busy, Plan } from '../../utils/core/scheduler';

const FULL: Busy = { fullscreen: true, audible: false };
const NONE: Busy = { fullscreen: false, audible: false };

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
  Object.assign(fakeBrowser.extension ?? {}, { getViews: () => [] });
  Object.assign(fakeBrowser.runtime, { getBrowserInfo: undefined });
});

/** A posture check stored at 09:30 by a worker stopped before it could show it. */
async function storedUnshown(): Promise<Plan> {
  await engine().dispatch({ type: 'start', idle: 'active', busy: NONE });
  now = at('2026-11-23 09:30');
  const plan = await engine({ apply: async () => {} }).dispatch({ type: 'alarm', idle: 'active', busy: NONE });
  expect(plan.show?.kinds).toEqual(['posture']);
  expect(await popups()).toHaveLength(0);
  return plan;
}

describe('applyPlan while a hold is on', () => {
  it('does not bring a waiting prompt that was never shown; brings it once the hold is over', async () => {
    const stored = await storedUnshown();
    const held = { ...stored, show: null, holding: ['meeting' as const] };
    await applyPlan(held, DEFAULT_SETTINGS, { now, refused: false });
    expect(await popups()).toHaveLength(0);
    await applyPlan({ ...held, holding: [] }, DEFAULT_SETTINGS, { now, refused: false });
    expect(await popups()).toHaveLength(1);
  });

  it('sends no notification either', async () => {
    const stored = await storedUnshown();
    const notifying = { ...DEFAULT_SETTINGS, delivery: { mode: 'notification' as const, sound: false } };
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await applyPlan({ ...stored, show: null, holding: ['audible'] }, notifying, { now, refused: false });
    expect(create).not.toHaveBeenCalled();
  });

  it('a prompt the plan would open is not brought while held, unless the user asked for it', async () => {
    const stored = await storedUnshown();
    await applyPlan({ ...stored, holding: ['fullscreen'] }, DEFAULT_SETTINGS, { now, refused: false });
    expect(await popups()).toHaveLength(0);
    await applyPlan({ ...stored, show: { ...stored.show!, manual: true }, holding: ['fullscreen'] }, DEFAULT_SETTINGS, {
      now,
      refused: false,
    });
    expect(await popups()).toHaveLength(1);
  });

  it('held back unshown while a window is fullscreen: looks again within 30 s, not at its expiry', async () => {
    const stored = await storedUnshown();
    await applyPlan({ ...stored, show: null, holding: ['fullscreen'] }, DEFAULT_SETTINGS, { now, refused: false });
    const alarm = await fakeBrowser.alarms.get(WAKE_ALARM);
    expect(alarm!.scheduledTime).toBe(now + REDELIVER_MS);
    expect(alarm!.scheduledTime).toBeLessThan(stored.show!.expiresAt);
  });

  it('a meeting (whose end is a step of its own) sets no such look-again', async () => {
    const stored = await storedUnshown();
    await applyPlan({ ...stored, show: null, holding: ['meeting'] }, DEFAULT_SETTINGS, { now, refused: false });
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))!.scheduledTime).toBe(stored.wakeAt);
  });
});

describe('holds through the engine', () => {
  it('fullscreen: no prompt window while it lasts; when it ends the prompt opens, once', async () => {
    const e = engine();
    await e.dispatch({ type: 'start', idle: 'active', busy: NONE });
    now = at('2026-11-23 09:30');
    const due = await e.dispatch({ type: 'alarm', idle: 'active', busy: FULL });
    expect(due.holding).toEqual(['fullscreen']);
    now += 30_000;
    await e.dispatch({ type: 'alarm', idle: 'active', busy: FULL });
    expect(await popups()).toHaveLength(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    now += 10_000;
    await e.dispatch({ type: 'busy', busy: NONE });
    expect(await popups()).toHaveLength(1);
    now += 20_000;
    await e.dispatch({ type: 'alarm', idle: 'active', busy: NONE });
    expect(await popups()).toHaveLength(1);
  });

  it('in a meeting, "take a break now" still opens its prompt', async () => {
    const e = engine();
    await e.dispatch({ type: 'start', idle: 'active', busy: NONE });
    await e.dispatch({ type: 'meeting', choice: 'open' });
    now += 60_000;
    const asked = await e.dispatch({ type: 'break-now' });
    expect(asked.holding).toEqual(['meeting']);
    expect(await popups()).toHaveLength(1);
  });

  it('a prompt shown before the meeting is not brought again during it, even after a browser restart', async () => {
    const e = engine();
    await e.dispatch({ type: 'start', idle: 'active', busy: NONE });
    now = at('2026-11-23 09:30');
    await e.dispatch({ type: 'alarm', idle: 'active', busy: NONE });
    const [win] = await popups();
    await fakeBrowser.windows.remove(win!.id!);
    now += 60_000;
    await e.dispatch({ type: 'meeting', choice: '30m' });
    // The browser restarted: storage.session (what was delivered) is gone, the prompt still waits.
    await fakeBrowser.storage.session.clear();
    now += 60_000;
    await engine().dispatch({ type: 'start', idle: 'active', busy: NONE });
    expect(await popups()).toHaveLength(0);
    // Its alarms until the meeting ends (09:45 its expiry, where it is held; 10:01 the end): then
    // it comes again, once.
    for (let wake = (await loadState()).wakeAt!; wake <= at('2026-11-23 10:01'); wake = (await loadState()).wakeAt!) {
      now = wake;
      await engine().dispatch({ type: 'alarm', idle: 'active', busy: NONE });
    }
    expect(await popups()).toHaveLength(1);
  });
});

describe('a user event storage refused, during a hold', () => {
  it('brings nothing: the schedule as it was is applied, with its hold', async () => {
    await storedUnshown();
    now += 60_000;
    await engine().dispatch({ type: 'meeting', choice: 'open' });
    expect(await popups()).toHaveLength(0);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    now += 60_000;
    await expect(engine().dispatch({ type: 'rate', id: 'r-1', score: 4, source: 'manual' })).rejects.toThrow(/quota/);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await popups()).toHaveLength(0);
  });
});

describe('Firefox closed a prompt notification by itself while a hold is on', () => {
  it('no prompt window now; the prompt is brought again after the hold', async () => {
    Object.assign(fakeBrowser.runtime, { getBrowserInfo: async () => ({ name: 'Firefox' }) });
    await saveSettings({ ...DEFAULT_SETTINGS, delivery: { mode: 'notification', sound: false } });
    const e = engine();
    await e.dispatch({ type: 'start', idle: 'active', busy: NONE });
    now = at('2026-11-23 09:30');
    const shown = await e.dispatch({ type: 'alarm', idle: 'active', busy: NONE });
    // Now a window is fullscreen (Firefox reports no event for it: only a fresh look sees it).
    await fakeBrowser.windows.create({ type: 'normal', state: 'fullscreen' });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const id = `${NOTIFICATION_PREFIX}${shown.show!.id}`;
    await fakeBrowser.notifications.clear(id);
    await notificationClosed(id, true, now);
    expect(create).not.toHaveBeenCalled();
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    now += 30_000;
    await e.dispatch({ type: 'alarm', idle: 'active', busy: NONE });
    expect(notify).toHaveBeenCalledTimes(1);
    expect((await loadState()).pending?.id).toBe(shown.show!.id);
  });
});
