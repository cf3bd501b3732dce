import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { applyPlan, armRedelivery, WAKE_ALARM } from './apply-plan';
import { forgetPromptWindow, NOTIFICATION_PREFIX, notificationClosed, showPromptWindow } from './deliver';
import { createEngine } from './engine';
import { watchFlare } from '../../utils/storage/flare';
import { onMessage } from '../../utils/messaging';
import { storedFor } from '../../utils/storage/find-record';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import { loadState } from '../../utils/storage/state';
import type { IdleState } from '../../utils/core/scheduler';

// Only wiring: every browser event becomes a scheduler event; the core decides, applyPlan acts.
export default defineBackground(() => {
  const engine = createEngine({
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    apply: applyPlan,
    beforeShow: armRedelivery,
  });

  const queryIdle = async (): Promise<IdleState> => {
    const { settings } = await loadSettings();
    await browser.idle.setDetectionInterval(settings.idle.detectionSec);
    return browser.idle.queryState(settings.idle.detectionSec);
  };
  const start = async (): Promise<void> => {
    await engine.dispatch({ type: 'start', idle: await queryIdle() });
  };

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === WAKE_ALARM) await engine.dispatch({ type: 'alarm', idle: await queryIdle() });
  });
  browser.idle.onStateChanged.addListener((state) => void engine.dispatch({ type: 'idle', state }));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void start();
    // First run: the welcome page, so work hours and prompts can be set before the first prompt.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => void start());
  browser.windows.onRemoved.addListener((id) => void forgetPromptWindow(id));
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    void browser.notifications.clear(id);
    void showPromptWindow();
  });
  browser.notifications.onClosed.addListener((id, byUser) => void notificationClosed(id, byUser));
  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'rate-pain') await engine.dispatch({ type: 'rate-now' });
    else if (command === 'break-now') await engine.dispatch({ type: 'break-now' });
    else if (command === 'toggle-pause') {
      const paused = (await loadState()).pause !== null;
      await engine.dispatch(paused ? { type: 'resume' } : { type: 'pause', choice: 'indefinite' });
    }
  });
  // Settings edited anywhere (options page, another device through sync) and flare mode move the
  // schedule at once.
  watchSettings(() => void start());
  watchFlare(() => void start());

  // The reply names the record now stored under the event's id (this answer, or another view's
  // stored first), so the page says honestly whether its answer is the one kept.
  onMessage('dispatch', async ({ data }) => {
    await engine.dispatch(data);
    return { stored: await storedFor(data) };
  });

  // The worker may have been stopped at any point: rebuild the alarm from storage on every start.
  void start();
});
