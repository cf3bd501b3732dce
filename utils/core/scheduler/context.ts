/**
 * What one scheduler step works on: the settings, the state being changed, the clock, and what the
 * step produces besides the state (records to store, a prompt to show). Plus the shared constants.
 */
import type { LimberRecord } from '../data/records';
import type { Settings } from '../settings/settings';
import type { HoldReason, PendingPrompt, SchedulerState } from './state';

export interface Clock {
  now: number;
  timeZone: string;
}

export interface Plan {
  state: SchedulerState;
  /** The one alarm to set (absolute time), or null for none. */
  wakeAt: number | null;
  /** A prompt to bring to the user now (new, or re-shown on request). */
  show: PendingPrompt | null;
  records: LimberRecord[];
  /** What holds prompts after this step (empty: nothing); the badge says so. */
  holding: HoldReason[];
}

/** An alarm arriving this much after its time means the machine was asleep or the browser closed. */
export const LATE_WAKE_MS = 60_000;
/**
 * A pain time stays worth asking about for at most this long (and never past the next one); this and
 * PAIN_COVER_MIN are design choices (docs/clinical-basis.md, "Pain rating times").
 */
export const PAIN_RELEVANCE_MS = 2 * 3600_000;
/** A manual rating this close to a pain time stands in for it. */
export const PAIN_COVER_MIN = 60;
/** Never wake sooner than this after an event: no busy loops. */
export const MIN_WAKE_MS = 1000;

export const ms = (sec: number): number => sec * 1000;

/** One step's working set; the functions of the sibling modules change `s`, `records` and `show`. */
export interface StepContext {
  readonly settings: Settings;
  /** A copy of the stored state, changed in place and returned in the plan. */
  readonly s: SchedulerState;
  readonly clock: Clock;
  /** The clock's time; one instant for the whole step. */
  readonly now: number;
  readonly records: LimberRecord[];
  show: PendingPrompt | null;
}

export function makeContext(settings: Settings, s: SchedulerState, clock: Clock): StepContext {
  return { settings, s, clock, now: clock.now, records: [], show: null };
}
