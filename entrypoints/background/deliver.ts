/**
 * Brings a waiting prompt to the user, and makes sure it stays brought: a prompt stored by a
 * worker that was stopped before it could show it, or whose notification closed unclicked
 * (Firefox closes every notification by itself after a few seconds), is shown again.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { getValue, removeValue, setValue } from '../../utils/storage/area';
import { withLock } from '../../utils/storage/lock';
import { wakeSoon } from './wake';
import { holdingNow } from './busy';
import { loadState } from '../../utils/storage/state';
import { t } from '../../utils/i18n';
import { KIND_TEXT } from '../../utils/core/content/kind-text';
import type { PendingPrompt } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';

export const PROMPT_PATH = '/prompt.html';
export const NOTIFICATION_PREFIX = 'limber-';
const PROMPT_WINDOW_KEY = 'promptWindowId';
/** storage.session: the id of the last prompt brought to the user (survives a worker restart). */
const DELIVERED_KEY = 'deliveredPromptId';

export type Delivery = 'window' | 'popup' | 'notification';

/**
 * Brings a prompt to the user the way they chose: the prompt window (default), the toolbar popup
 * (only when a browser window has focus, else the window), or a system notification. With no
 * browser window open there is nowhere to show a page: a notification instead.
 */
export async function deliver(prompt: PendingPrompt, settings: Settings): Promise<Delivery> {
  const how = await bring(prompt, settings);
  await setValue('session', DELIVERED_KEY, prompt.id);
  return how;
}

async function bring(prompt: PendingPrompt, settings: Settings): Promise<Delivery> {
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
  await showPromptWindow(prompt);
  return 'window';
}

/**
 * A prompt that waits but was never brought to the user (the worker stopped between storing and
 * showing it) is delivered now; one already delivered is left alone, even if the user closed its
 * window (it waits on the toolbar badge until it expires, as before).
 */
export async function deliverWaiting(prompt: PendingPrompt, settings: Settings): Promise<Delivery | null> {
  if (await wasDelivered(prompt)) return null;
  if (await promptVisible(prompt)) {
    await setValue('session', DELIVERED_KEY, prompt.id);
    return null;
  }
  return deliver(prompt, settings);
}

/** Whether this prompt was brought to the user (and not lost since: see notificationClosed). */
async function wasDelivered(prompt: PendingPrompt): Promise<boolean> {
  return (await getValue('session', DELIVERED_KEY)) === prompt.id;
}

/** Whether this prompt still waits to be brought to the user. */
export async function undelivered(prompt: PendingPrompt): Promise<boolean> {
  return !(await wasDelivered(prompt));
}

/**
 * Whether the prompt is on screen: its notification, a prompt page (window or tab), or the toolbar
 * popup, which shows a waiting prompt (popup.html opened in a tab is not the toolbar popup).
 */
async function promptVisible(prompt: PendingPrompt): Promise<boolean> {
  const notes = await browser.notifications.getAll();
  if (`${NOTIFICATION_PREFIX}${prompt.id}` in notes) return true;
  const runtime = browser.runtime as unknown as {
    getContexts?: (f: { contextTypes: string[] }) => Promise<{ contextType: string; documentUrl?: string }[]>;
  };
  // Chrome 116+: every open extension page; Firefox: the pages of this extension process.
  const pages =
    typeof runtime.getContexts === 'function'
      ? (await runtime.getContexts({ contextTypes: ['TAB', 'POPUP'] })).map((c) => ({
          url: c.documentUrl ?? '',
          toolbar: c.contextType === 'POPUP',
        }))
      : [
          ...viewUrls({ type: 'tab' }).map((url) => ({ url, toolbar: false })),
          ...viewUrls({ type: 'popup' }).map((url) => ({ url, toolbar: true })),
        ];
  return pages.some((p) => p.url.includes(PROMPT_PATH) || (p.toolbar && p.url.includes('/popup.html')));
}

function viewUrls(filter: { type: 'tab' | 'popup' }): string[] {
  const views = browser.extension.getViews?.(filter) ?? [];
  return views.map((w) => (w as unknown as { location: Location }).location.href);
}

/**
 * A prompt's notification closed without a click while the prompt still waits (Firefox hides
 * notifications after a few seconds, or at once without a notification server): show it in the
 * prompt window instead, or, with no browser window to show it in or while a hold is on, deliver
 * it again at a wake-up soon (REDELIVER_MS, or the hold's end), not at its expiry.
 */
export async function notificationClosed(notificationId: string, byUser: boolean, now: number): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  // Firefox has no byUser (firefox-esr 153 says true for a notification it closed by itself), so
  // there every close counts as unseen; Chrome's user-dismissed prompt waits on the badge.
  if (byUser && !isFirefox()) return;
  const pending = (await loadState()).pending;
  if (!pending || `${NOTIFICATION_PREFIX}${pending.id}` !== notificationId) return;
  const windows = await browser.windows.getAll({ windowTypes: ['normal'] });
  // Held (fullscreen, sound, a meeting): no window now; it is brought again when the hold ends.
  if (windows.length > 0 && !(await holdingNow(now))) await showPromptWindow(pending);
  else {
    await removeValue('session', DELIVERED_KEY);
    await wakeSoon(now);
  }
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

export async function clearNotifications(): Promise<void> {
  const open = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(open)
      .filter((id) => id.startsWith(NOTIFICATION_PREFIX))
      .map((id) => browser.notifications.clear(id)),
  );
}

/**
 * The prompt window's address after its path, for `prompt`: its id and kinds when its pain part
 * is open, so the window's first script can draw the scale before it reads storage
 * (quick-prompt.ts, hintedPain).
 */
export function promptSearch(prompt?: PendingPrompt): string {
  if (!prompt?.open.includes('pain')) return '';
  return `?${new URLSearchParams({ p: prompt.id, k: prompt.kinds.join(',') })}`;
}

/**
 * Opens the prompt window, or brings the open one forward: one window at a time, reused (the page
 * in it follows what waits). Under a lock, so two callers at once (a notification click and its
 * close) still open one window. `prompt`, when known, goes into a new window's address.
 */
export function showPromptWindow(prompt?: PendingPrompt): Promise<void> {
  return withLock('limber-prompt-window', async () => {
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
      url: browser.runtime.getURL(PROMPT_PATH) + promptSearch(prompt),
      type: 'popup',
      width: 640,
      height: 720,
      focused: true,
    });
    if (win?.id != null) await setValue('session', PROMPT_WINDOW_KEY, win.id);
  });
}
