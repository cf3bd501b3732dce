/**
 * Runs the scheduler core against storage, one event at a time: read settings and state, step,
 * write records, then state, then apply the plan. Records carry ids fixed by the prompt they
 * answer, so if the worker is stopped between two writes a replay stores nothing twice.
 *
 * A write storage refuses (full) never stops the schedule: the state is still kept (see
 * saveState) and the plan still applied (alarm, badge, prompt), and only then is the refusal
 * reported, to the page that sent the event and on the toolbar button. A user's answer or rating
 * whose record was refused changes nothing, so it can be given again.
 */
import { flareActive, withFlare } from '../../utils/core/settings/flare';
import { loadFlare } from '../../utils/storage/flare';
import { wallTime } from '../../utils/core/time/local-time';
import { addRecords } from '../../utils/storage/records';
import { isUserEvent, step, upcoming } from '../../utils/core/scheduler';
import { loadSettings } from '../../utils/storage/settings';
import { loadStateForWrite, saveState } from '../../utils/storage/state';
import type { Plan, SchedulerEvent } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';

/**
 * A step as it ended: its time (the engine's clock, the one the plan was made by: the shell reads
 * no other) and whether storage refused a write in it (shown on the toolbar button until one succeeds).
 */
export interface StepOutcome {
  now: number;
  refused: boolean;
}

export interface EngineDeps {
  now(): number;
  timeZone(): string;
  apply(plan: Plan, settings: Settings, outcome: StepOutcome): Promise<void>;
  /**
   * Called before the state that opens a prompt is stored, so that a worker stopped between
   * storing it and showing it is woken to show it (see deliverWaiting).
   */
  beforeShow?(plan: Plan, now: number): Promise<void>;
}

export interface Engine {
  dispatch(event: SchedulerEvent): Promise<Plan>;
}

export function createEngine(deps: EngineDeps): Engine {
  let chain: Promise<unknown> = Promise.resolve();
  const run = async (event: SchedulerEvent): Promise<Plan> => {
    const [{ settings: chosen }, state, flare] = await Promise.all([loadSettings(), loadStateForWrite(), loadFlare()]);
    const clock = { now: deps.now(), timeZone: deps.timeZone() };
    const settings = withFlare(chosen, flareActive(flare, wallTime(clock.now, clock.timeZone).date));
    const plan = step(settings, state, event, clock);
    let refusal: { err: unknown } | null = null;
    const attempt = async (write: () => Promise<unknown>): Promise<void> => {
      try {
        await write();
      } catch (err) {
        refusal ??= { err };
      }
    };
    if (plan.records.length) await attempt(() => addRecords(plan.records));
    if (refusal && isUserEvent(event)) {
      // What the user did could not be stored: it did not happen. The schedule stays as it was
      // (the prompt keeps its part, to be answered again), and the page says why.
      const holding = upcoming(settings, state, clock).holding;
      await deps.apply({ state, wakeAt: state.wakeAt, show: null, records: [], holding }, settings, {
        now: clock.now,
        refused: true,
      });
      throw (refusal as { err: unknown }).err;
    }
    if (plan.show && deps.beforeShow) await deps.beforeShow(plan, clock.now);
    await attempt(() => saveState(plan.state));
    await deps.apply(plan, settings, { now: clock.now, refused: refusal !== null });
    if (refusal) throw (refusal as { err: unknown }).err;
    return plan;
  };
  return {
    dispatch(event) {
      const result = chain.then(() => run(event));
      chain = result.catch(() => undefined);
      return result;
    },
  };
}
