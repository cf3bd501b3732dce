/** Applies a scheduler plan to the browser: the one wake-up alarm, the badge, the prompt. */
import { browser } from 'wxt/browser';
import { clearNotifications, deliver, deliverWaiting } from './deliver';
import { removeValue, setValue } from '../../utils/storage/area';
import { t } from '../../utils/i18n';
import type { StepOutcome } from './engine';
import type { Plan } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';

export const WAKE_ALARM = 'limber-wake';
/**
 * The earliest wake-up a packed extension's alarm allows: armed before a prompt is stored, so a
 * worker stopped before showing it is woken to show it.
 */
export const REDELIVER_MS = 30_000;
/** storage.session: set while storage refuses Limber's writes (the popup says so too). */
export const WRITE_REFUSED_KEY = 'writeRefused';

export async function applyPlan(
  plan: Plan,
  settings: Settings,
  outcome: StepOutcome = { refused: false },
): Promise<void> {
  await Promise.all([
    setWake(plan.wakeAt),
    setBadge(plan.state.pending?.open.length ?? 0, outcome.refused),
    outcome.refused ? setValue('session', WRITE_REFUSED_KEY, true) : removeValue('session', WRITE_REFUSED_KEY),
  ]);
  if (!plan.state.pending) await clearNotifications();
  if (plan.show) await deliver(plan.show, settings);
  else if (plan.state.pending) await deliverWaiting(plan.state.pending, settings);
}

/** The safety wake-up for a prompt about to be stored (the plan's own alarm replaces it). */
export async function armRedelivery(plan: Plan): Promise<void> {
  const soon = Date.now() + REDELIVER_MS;
  await browser.alarms.create(WAKE_ALARM, { when: plan.wakeAt === null ? soon : Math.min(plan.wakeAt, soon) });
}

async function setWake(when: number | null): Promise<void> {
  if (when === null) {
    await browser.alarms.clear(WAKE_ALARM);
    return;
  }
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (existing?.scheduledTime !== when) await browser.alarms.create(WAKE_ALARM, { when });
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
