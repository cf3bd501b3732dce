/** Applies a scheduler plan to the browser: the one wake-up alarm, the badge, the prompt. */
import { browser } from 'wxt/browser';
import { clearNotifications, deliver, deliverWaiting } from './deliver';
import { setWake, soonest, WAKE_ALARM, wakeSoon } from './wake';
import { t } from '../../utils/i18n';
import type { StepOutcome } from './engine';
import type { Plan } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';

export { WAKE_ALARM };

export async function applyPlan(
  plan: Plan,
  settings: Settings,
  outcome: StepOutcome = { refused: false },
): Promise<void> {
  await setBadge(plan.state.pending?.open.length ?? 0, outcome.refused);
  if (!plan.state.pending) await clearNotifications();
  // The prompt first, the plan's own wake-up after (a waiting prompt's own wake-up is its expiry):
  // a prompt that could not be shown keeps a wake-up soon, to be delivered then.
  const pending = plan.state.pending;
  try {
    if (plan.show) await deliver(plan.show, settings);
    else if (pending) await deliverWaiting(pending, settings);
  } catch (err) {
    await wakeSoon();
    throw err;
  }
  await setWake(plan.wakeAt);
}

/** The safety wake-up for a prompt about to be stored (the plan's own alarm replaces it). */
export async function armRedelivery(plan: Plan): Promise<void> {
  await browser.alarms.create(WAKE_ALARM, { when: soonest(plan.wakeAt) });
}

async function setBadge(waiting: number, refused: boolean): Promise<void> {
  // Said in words (the title) as well as by the mark, never by colour alone.
  const text = refused ? '!' : waiting > 0 ? String(waiting) : '';
  await browser.action.setBadgeText({ text });
  if (text) await browser.action.setBadgeBackgroundColor({ color: '#b4461f' });
  await browser.action.setTitle({
    title: refused ? t('badgeStorageFull') : waiting > 0 ? t('badgeTitle') : t('extName'),
  });
}
