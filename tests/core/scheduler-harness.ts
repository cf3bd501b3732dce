import { atWallTime } from '../../utils/core/time/local-time';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { initialState, step } from '../../utils/core/scheduler';
import type { LimberRecord } from '../../utils/core/data/records';
import type { Plan, SchedulerEvent, SchedulerState } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';

export const TZ = 'Europe/Berlin';

/** `at('2026-11-23 09:30')`: that wall-clock time in the test zone. */
export function at(text: string, timeZone = TZ): number {
  const [date, clock] = text.split(' ');
  const [h, m] = (clock ?? '00:00').split(':').map(Number);
  return atWallTime(date!, h! * 60 + m!, timeZone);
}

export const MIN = 60_000;

/** Drives the pure core like the background does, keeping every plan. */
export class Sim {
  state: SchedulerState = initialState();
  records: LimberRecord[] = [];
  plans: { now: number; event: SchedulerEvent; plan: Plan }[] = [];

  constructor(
    public settings: Settings = DEFAULT_SETTINGS,
    public timeZone: string = TZ,
  ) {}

  send(event: SchedulerEvent, now: number): Plan {
    const plan = step(this.settings, this.state, event, { now, timeZone: this.timeZone });
    this.state = plan.state;
    this.records.push(...plan.records);
    this.plans.push({ now, event, plan });
    return plan;
  }

  /** Fires the alarm at its time, like the browser would, until `until`. Returns prompts shown. */
  runUntil(until: number, answer?: (p: Plan, now: number) => void): Plan[] {
    const shown: Plan[] = [];
    for (let guard = 0; guard < 10_000; guard++) {
      const wake = this.state.wakeAt;
      if (wake === null || wake > until) break;
      const plan = this.send({ type: 'alarm' }, wake);
      if (plan.show) {
        shown.push(plan);
        answer?.(plan, wake);
      }
    }
    return shown;
  }

  get pending() {
    return this.state.pending;
  }
}

export function settingsWith(patch: (s: Settings) => void): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  patch(s);
  return s;
}
