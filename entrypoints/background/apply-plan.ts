/** Applies a scheduler plan to the browser: the one wake-up alarm, the badge, the prompt window. */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { getValue, removeValue, setValue } from '../../utils/storage/area';
import { t } from '../../utils/i18n';
import { KIND_TEXT } from '../../utils/core/content/kind-text';
import type { PendingPrompt, Plan } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';

export const WAKE_ALARM = 'limber-wake';
const PROMPT_WINDOW_KEY = 'promptWindowId';
export const PROMPT_PATH = '/prompt.html';

export const NOTIFICATION_PREFIX = 'limber-';

export async function applyPlan(plan: Plan, settings: Settings): Promise<void> {
  await Promise.all([setWake(plan.wakeAt), setBadge(plan.state.pending?.open.length ?? 0)]);
  if (!plan.state.pending) await clearNotifications();
  if (plan.show) await deliver(plan.show, settings);
}

/**
 * Brings a prompt to the user the way they chose: the prompt window (default), the toolbar popup
 * (only when a browser window has focus, else the window), or a system notification. With no
 * browser window open there is nowhere to show a page: a notification instead.
 */
export async function deliver(prompt: PendingPrompt, settings: Settings): Promise<'window' | 'popup' | 'notification'> {
  const windows = await browser.windows.getAll({ windowTypes: ['normal'] });
  if (windows.length === 0 || settings.delivery.mode === 'notification') {
    await notify(prompt);
    return 'notification';
  }
  if (settings.delivery.mode === 'popup' && windows.some((w) => w.focused)) {
    try {
      await browser.action.openPopup();
      return 'popup';
    } catch {
      // Refused (no focused window after all, or a browser that wants a user gesture): use the window.
    }
  }
  await showPromptWindow();
  return 'window';
}

/** Firefox alone has runtime.getBrowserInfo; it also rejects Chrome-only notification options. */
const isFirefox = (): boolean => typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

async function notify(prompt: PendingPrompt): Promise<void> {
  const options: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('notifyTitle'),
    message: prompt.open.map((k) => t(KIND_TEXT[k])).join(' · '),
  };
  // Chrome hides a notification after a few seconds unless asked not to; Firefox rejects the key.
  if (!isFirefox()) options.requireInteraction = true;
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${prompt.id}`, options);
}

async function clearNotifications(): Promise<void> {
  const open = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(open)
      .filter((id) => id.startsWith(NOTIFICATION_PREFIX))
      .map((id) => browser.notifications.clear(id)),
  );
}

async function setWake(when: number | null): Promise<void> {
  if (when === null) {
    await browser.alarms.clear(WAKE_ALARM);
    return;
  }
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (existing?.scheduledTime !== when) await browser.alarms.create(WAKE_ALARM, { when });
}

async function setBadge(waiting: number): Promise<void> {
  const text = waiting > 0 ? String(waiting) : '';
  await browser.action.setBadgeText({ text });
  if (waiting > 0) await browser.action.setBadgeBackgroundColor({ color: '#b4461f' });
  await browser.action.setTitle({ title: waiting > 0 ? t('badgeTitle') : t('extName') });
}

/** Opens the prompt window, or brings the open one forward: one window at a time, reused. */
export async function showPromptWindow(): Promise<void> {
  const id = await getValue('session', PROMPT_WINDOW_KEY);
  if (typeof id === 'number') {
    try {
      await browser.windows.update(id, { focused: true, drawAttention: true });
      return;
    } catch {
      // The window was closed; open a new one below.
    }
  }
  const win = await browser.windows.create({
    url: browser.runtime.getURL(PROMPT_PATH),
    type: 'popup',
    width: 640,
    height: 720,
    focused: true,
  });
  if (win?.id != null) await setValue('session', PROMPT_WINDOW_KEY, win.id);
}

export async function forgetPromptWindow(closedId: number): Promise<void> {
  const id = await getValue('session', PROMPT_WINDOW_KEY);
  if (id === closedId) await removeValue('session', PROMPT_WINDOW_KEY);
}
