import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { applyPlan, armRedelivery, WAKE_ALARM } from './apply-plan';
import { queryBusy, windowBoundsChanged } from './busy';
import { commandHandler } from './commands';
import { NOTIFICATION_PREFIX, notificationClosed, showPromptWindow } from './deliver';
import { ratedEvent } from './ratings';
import { createEngine } from './engine';
import { watchFlare } from '../../utils/storage/flare';
import { onMessage } from '../../utils/messaging';
import { storedFor } from '../../utils/storage/find-record';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import type { IdleState } from '../../utils/core/scheduler';

// Only wiring: every browser event becomes a scheduler event; the core decides, applyPlan acts.
export default defineBackground(() => {
  // The one clock of the background: every step and every delivery outside a step reads it.
  const now = (): number => Date.now();
  const engine = createEngine({
    now,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    apply: applyPlan,
    beforeShow: armRedelivery,
  });

  const queryIdle = async (): Promise<IdleState> => {
    const { settings } = await loadSettings();
    await browser.idle.setDetectionInterval(settings.idle.detectionSec);
    return browser.idle.queryState(settings.idle.detectionSec);
  };
  // Every wake-up carries the browser's state at that moment (fullscreen, sound), for holds.
  const start = async (): Promise<void> => {
    const [idle, busy] = await Promise.all([queryIdle(), queryBusy()]);
    await engine.dispatch({ type: 'start', idle, busy });
  };

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== WAKE_ALARM) return;
    const [idle, busy] = await Promise.all([queryIdle(), queryBusy()]);
    await engine.dispatch({ type: 'alarm', idle, busy });
  });
  browser.idle.onStateChanged.addListener(async (state) => {
    await engine.dispatch({ type: 'idle', state, busy: await queryBusy() });
  });
  // Entering or leaving fullscreen, where the browser reports it (Chrome; Firefox 153 has no
  // windows.onBoundsChanged). No tabs.onUpdated listener for sound: it would wake the background on
  // every page load. A tab's sound is read at the wake-ups above, and while it holds something the
  // core looks again every 30 s (HOLD_RECHECK_MS), which is how its end is seen.
  (browser.windows as Partial<typeof browser.windows>).onBoundsChanged?.addListener(
    () => void windowBoundsChanged(engine.dispatch),
  );
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void start();
    // First run: the welcome page, so work hours and prompts can be set before the first prompt.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => void start());
  // No windows.onRemoved listener: it would wake the background for every window closed anywhere.
  // A closed prompt window is found out when the prompt is next shown (showPromptWindow).
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.notifications.clear(id);
    void showPromptWindow();
  });
  browser.notifications.onClosed.addListener((id, byUser) => void notificationClosed(id, byUser, now()));
  browser.commands.onCommand.addListener(commandHandler(engine, now));
  // Settings edited anywhere (options page, another device through sync) and flare mode move the
  // schedule at once.
  watchSettings(() => void start());
  watchFlare(() => void start());
  // A one-click rating a page stored itself: the scheduler settles what it answers.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const event = ratedEvent(changes, now());
    if (event) void engine.dispatch(event);
  });

  // The reply names the record now stored under the event's id (this answer, or another view's
  // stored first), so the page says honestly whether its answer is the one kept.
  onMessage('dispatch', async ({ data }) => {
    await engine.dispatch(data);
    return { stored: await storedFor(data) };
  });

  // The worker may have been stopped at any point: rebuild the alarm from storage on every start.
  void start();
});
