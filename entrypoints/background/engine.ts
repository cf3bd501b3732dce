/**
 * Runs the scheduler core against storage, one event at a time: read settings and state,
 * step, write records, then state, then apply the plan. Records carry ids fixed by the prompt
 * they answer, so if the worker is stopped between two writes a replay stores nothing twice.
 */
import { flareActive, withFlare } from '../../utils/core/settings/flare';
import { loadFlare } from '../../utils/storage/flare';
import { wallTime } from '../../utils/core/time/local-time';
import { addRecords } from '../../utils/storage/records';
import { step } from '../../utils/core/scheduler';
import { loadSettings } from '../../utils/storage/settings';
import { loadStateForWrite, saveState } from '../../utils/storage/state';
import type { Plan, SchedulerEvent } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';

export interface EngineDeps {
  now(): number;
  timeZone(): string;
  apply(plan: Plan, settings: Settings): Promise<void>;
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
    if (plan.records.length) await addRecords(plan.records);
    await saveState(plan.state);
    await deps.apply(plan, settings);
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
