/** Applies a scheduler plan to the browser: the one wake-up alarm, the badge, the prompt. */
import { browser } from 'wxt/browser';
import { badgeFor, setBadge } from './badge';
import { clearNotifications, deliver, deliverWaiting, undelivered } from './deliver';
import { setWake, soonest, WAKE_ALARM, wakeSoon } from './wake';
import type { StepOutcome } from './engine';
import type { Plan } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';

export { WAKE_ALARM };

export async function applyPlan(plan: Plan, settings: Settings, outcome: StepOutcome): Promise<void> {
  await setBadge(badgeFor(plan, outcome.refused, outcome.now));
  if (!plan.state.pending) await clearNotifications();
  // The prompt first, the plan's own wake-up after (a waiting prompt's own wake-up is its expiry):
  // a prompt that could not be shown keeps a wake-up soon, to be delivered then.
  const pending = plan.state.pending;
  // While a hold is on nothing is brought to the user (no window, popup or notification), not even
  // a prompt shown earlier that needs bringing again; what the user asked for still comes.
  const holding = plan.holding.length > 0;
  try {
    if (plan.show && (!holding || plan.show.manual)) await deliver(plan.show, settings);
    else if (pending && !holding) await deliverWaiting(pending, settings);
  } catch (err) {
    await wakeSoon(outcome.now);
    throw err;
  }
  await setWake(plan.wakeAt);
  // A prompt held back before it was ever brought (or whose notification closed unseen) while a
  // window is fullscreen or a tab plays sound, whose end no event reports: look again soon, so it
  // comes within REDELIVER_MS of the hold's end, not only at its expiry. (A meeting's end is a step.)
  const unseenEnd = plan.holding.some((r) => r !== 'meeting');
  if (unseenEnd && pending && (await undelivered(pending))) await wakeSoon(outcome.now);
}

/** The safety wake-up for a prompt about to be stored (the plan's own alarm replaces it). */
export async function armRedelivery(plan: Plan, now: number): Promise<void> {
  await browser.alarms.create(WAKE_ALARM, { when: soonest(plan.wakeAt, now) });
}
