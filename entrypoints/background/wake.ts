/** The one wake-up alarm: the plan's next wake-up, or a sooner one while a prompt is undelivered. */
import { browser } from 'wxt/browser';

export const WAKE_ALARM = 'limber-wake';
/**
 * The earliest wake-up a packed extension's alarm allows: armed before a prompt is stored, so a
 * worker stopped before showing it is woken to show it.
 */
export const REDELIVER_MS = 30_000;

/** `wakeAt`, or a wake-up within REDELIVER_MS of `now` if that comes sooner. */
export const soonest = (wakeAt: number | null, now: number): number =>
  wakeAt === null ? now + REDELIVER_MS : Math.min(wakeAt, now + REDELIVER_MS);

export async function setWake(when: number | null): Promise<void> {
  if (when === null) {
    await browser.alarms.clear(WAKE_ALARM);
    return;
  }
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (existing?.scheduledTime !== when) await browser.alarms.create(WAKE_ALARM, { when });
}

/** A wake-up within REDELIVER_MS of `now`, keeping one already due sooner. */
export async function wakeSoon(now: number): Promise<void> {
  const existing = await browser.alarms.get(WAKE_ALARM);
  await setWake(soonest(existing?.scheduledTime ?? null, now));
}
