/** The background's side of holds (docs/clinical-basis.md, "Holds"): the browser's state on events. */
import { readBusy } from '../../utils/busy';
import { upcoming } from '../../utils/core/scheduler';
import { loadSettings } from '../../utils/storage/settings';
import { loadState } from '../../utils/storage/state';
import type { Busy, SchedulerEvent } from '../../utils/core/scheduler';

/**
 * readBusy, or undefined when the browser cannot say (a browser without the windows API): the
 * event then keeps the state last seen, and an alarm or idle change is never lost over a look.
 */
export async function queryBusy(): Promise<Busy | undefined> {
  try {
    return await readBusy();
  } catch {
    return undefined;
  }
}

/**
 * A window was resized or moved (Chrome's windows.onBoundsChanged; Firefox 153 has no such event,
 * and fires no focus event on entering or leaving fullscreen). A scheduler step only when "any
 * window fullscreen" differs from what the stored state last saw, so an ordinary resize costs one
 * storage read and a look at the windows, and no step. The window the event passes is no guide:
 * headless Chromium 156 gives its state from before the change ('normal' on entering fullscreen).
 * Sound has no such event here: see index.ts.
 */
export async function windowBoundsChanged(dispatch: (event: SchedulerEvent) => Promise<unknown>): Promise<void> {
  const [state, busy] = await Promise.all([loadState(), queryBusy()]);
  if (busy && busy.fullscreen !== state.busy.fullscreen) await dispatch({ type: 'busy', busy });
}

/**
 * Whether prompts are held right now, by the browser's state as it is now (not as last stored):
 * for deliveries that happen outside a scheduler step (a notification that closed by itself).
 */
export async function holdingNow(now: number): Promise<boolean> {
  const [{ settings }, state, busy] = await Promise.all([loadSettings(), loadState(), queryBusy()]);
  const clock = { now, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  return upcoming(settings, busy ? { ...state, busy } : state, clock).holding.length > 0;
}
