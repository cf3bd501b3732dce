/** Applies a scheduler plan to the browser: the one wake-up alarm, the badge, the prompt window. */
import { browser } from 'wxt/browser';
import { getValue, removeValue, setValue } from './storage-area';
import { t } from './i18n';
import type { Plan } from './scheduler';

export const WAKE_ALARM = 'limber-wake';
const PROMPT_WINDOW_KEY = 'promptWindowId';
export const PROMPT_PATH = '/prompt.html';

export async function applyPlan(plan: Plan): Promise<void> {
  await Promise.all([setWake(plan.wakeAt), setBadge(plan.state.pending?.open.length ?? 0)]);
  if (plan.show) await showPromptWindow();
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
