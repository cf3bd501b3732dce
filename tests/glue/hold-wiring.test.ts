/**
 * Issue 15, the background's wiring: every start, alarm and idle wake-up carries the browser's
 * state at that moment; a window entering fullscreen reaches the scheduler (Chrome's
 * windows.onBoundsChanged); the meeting shortcut turns the meeting hold on and off.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WAKE_ALARM } from '../../entrypoints/background/apply-plan';
import { loadState } from '../../utils/storage/state';

type Listener = (...args: never[]) => unknown;

/** An event the fake lacks (or does not let a test fire): listeners kept, fired by the test. */
function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (fn: Listener) => void listeners.push(fn),
    fire: (...args: unknown[]) => Promise.all(listeners.map((fn) => (fn as (...a: unknown[]) => unknown)(...args))),
  };
}

let idleChanged = event();
let command = event();
let bounds = event();

async function startBackground(): Promise<void> {
  // A fresh module graph: the messaging helper allows one 'dispatch' listener per context.
  vi.resetModules();
  const background = (await import('../../entrypoints/background')).default;
  background.main();
  // The start it dispatches by itself has stored the schedule.
  await vi.waitFor(async () => expect((await loadState()).lastTick).not.toBeNull());
}

/** The fake's tabs cannot be made audible: its query answers one audible tab. */
const soundingTab = () =>
  vi
    .spyOn(fakeBrowser.tabs, 'query')
    .mockImplementation(async (q) => (q.audible ? [{ id: 7, index: 0, audible: true } as never] : []));

beforeEach(() => {
  vi.restoreAllMocks();
  idleChanged = event();
  command = event();
  bounds = event();
  Object.assign(fakeBrowser, {
    idle: {
      setDetectionInterval: vi.fn(),
      queryState: vi.fn().mockResolvedValue('active'),
      onStateChanged: idleChanged,
    },
  });
  Object.assign(fakeBrowser.commands, { onCommand: command });
  Object.assign(fakeBrowser.windows, { onBoundsChanged: bounds });
  Object.assign(fakeBrowser.extension ?? {}, { getViews: () => [] });
});

describe('the browser state travels with every wake-up', () => {
  it('start: a window already fullscreen is seen', async () => {
    await fakeBrowser.windows.create({ type: 'normal', state: 'fullscreen' });
    await startBackground();
    expect((await loadState()).busy).toEqual({ fullscreen: true, audible: false, fullscreenEvents: true });
  });

  it('alarm: a tab that started playing sound since is seen', async () => {
    await startBackground();
    expect((await loadState()).busy.audible).toBe(false);
    soundingTab();
    await fakeBrowser.alarms.onAlarm.trigger({ name: WAKE_ALARM, scheduledTime: Date.now() });
    expect((await loadState()).busy.audible).toBe(true);
  });

  it('idle change: a tab that started playing sound since is seen', async () => {
    await startBackground();
    soundingTab();
    await idleChanged.fire('idle');
    expect((await loadState()).busy.audible).toBe(true);
  });
});

describe('windows.onBoundsChanged', () => {
  // That a plain resize costs no step is tested on windowBoundsChanged itself (busy.test.ts).
  it('a window entering fullscreen reaches the scheduler', async () => {
    await startBackground();
    const win = await fakeBrowser.windows.create({ type: 'normal', state: 'fullscreen' });
    // As headless Chromium 156 does: the window passed still has its state from before the change.
    await bounds.fire({ ...win, state: 'normal' });
    await vi.waitFor(async () => expect((await loadState()).busy.fullscreen).toBe(true));
  });

  it('is optional: a browser without it (Firefox) still starts', async () => {
    Object.assign(fakeBrowser.windows, { onBoundsChanged: undefined });
    await startBackground();
    expect((await loadState()).busy).toEqual({ fullscreen: false, audible: false });
  });
});

describe('the meeting shortcut', () => {
  it('starts the meeting hold "until I end it", and ends it when pressed again', async () => {
    await startBackground();
    await command.fire('meeting');
    const on = (await loadState()).meeting;
    expect(on).toMatchObject({ open: true });
    expect(await fakeBrowser.action.getTitle({})).toBe('Limber: check-ins wait until the meeting ends');
    await command.fire('meeting');
    expect((await loadState()).meeting).toBeNull();
  });

  it('a meeting past its end counts as off: the shortcut starts a new one', async () => {
    await startBackground();
    await command.fire('meeting');
    const state = await loadState();
    await fakeBrowser.storage.local.set({
      scheduler: { ...state, meeting: { ...state.meeting!, until: Date.now() - 1 } },
    });
    await command.fire('meeting');
    expect((await loadState()).meeting?.until).toBeGreaterThan(Date.now());
  });

  it('the pause shortcut still pauses and resumes', async () => {
    await startBackground();
    await command.fire('toggle-pause');
    expect((await loadState()).pause).toMatchObject({ resume: true });
    await command.fire('toggle-pause');
    expect((await loadState()).pause).toBeNull();
  });
});
