import * as v from 'valibot';
import { STATE_VERSION, initialState } from './scheduler';
import type { SchedulerState } from './scheduler';

const time = v.pipe(v.number(), v.finite());
const nullableTime = v.nullable(time);
const kind = v.picklist(['pain', 'posture', 'stretch']);
const snooze = v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0)), until: nullableTime });

export const StateSchema = v.object({
  version: v.literal(STATE_VERSION),
  lastTick: nullableTime,
  wakeAt: nullableTime,
  idleSince: nullableTime,
  pause: v.nullable(v.object({ since: time, until: nullableTime })),
  active: v.object({ posture: time, stretch: time }),
  workStart: nullableTime,
  snooze: v.object({ pain: v.optional(snooze), posture: v.optional(snooze), stretch: v.optional(snooze) }),
  pain: v.object({ date: v.string(), done: v.array(v.number()) }),
  pending: v.nullable(
    v.object({
      id: v.string(),
      kinds: v.array(kind),
      open: v.array(kind),
      shownAt: time,
      expiresAt: time,
      manual: v.boolean(),
      postureItem: v.pipe(v.number(), v.integer(), v.minValue(0)),
      snoozesLeft: v.object({ pain: v.optional(v.number()), posture: v.optional(v.number()), stretch: v.optional(v.number()) }),
    }),
  ),
  lastPromptAt: nullableTime,
  postureItem: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** Reads stored scheduler state; anything unreadable starts the schedule afresh (history is elsewhere). */
export function parseState(raw: unknown): { state: SchedulerState; ok: boolean } {
  if (raw === undefined || raw === null) return { state: initialState(), ok: true };
  const r = v.safeParse(StateSchema, raw);
  return r.success ? { state: r.output as SchedulerState, ok: true } : { state: initialState(), ok: false };
}
