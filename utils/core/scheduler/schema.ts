import * as v from 'valibot';
import { HOLD_REASONS, PROMPT_KINDS, STATE_VERSION, initialState } from './state';
import type { SchedulerState } from './state';

const time = v.pipe(v.number(), v.finite());
const nullableTime = v.nullable(time);
const kind = v.picklist(PROMPT_KINDS);
const kindRecord = <T extends v.GenericSchema>(item: T) =>
  v.object({
    pain: v.optional(item),
    peg: v.optional(item),
    morning: v.optional(item),
    posture: v.optional(item),
    eyes: v.optional(item),
    breathing: v.optional(item),
    water: v.optional(item),
    stretch: v.optional(item),
  });
const snooze = v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0)), until: nullableTime });

export const StateSchema = v.object({
  version: v.literal(STATE_VERSION),
  lastTick: nullableTime,
  wakeAt: nullableTime,
  idleSince: nullableTime,
  pause: v.nullable(v.object({ since: time, until: nullableTime, resume: v.optional(v.boolean()) })),
  busy: v.object({
    fullscreen: v.boolean(),
    audible: v.boolean(),
    fullscreenEvents: v.optional(v.boolean()),
    quietSince: v.optional(time),
  }),
  meeting: v.nullable(v.object({ since: time, until: time, open: v.boolean() })),
  held: v.nullable(v.object({ since: time, reasons: v.array(v.picklist(HOLD_REASONS)), kinds: v.array(kind) })),
  active: v.object({ posture: time, stretch: time, eyes: time, breathing: time, water: time }),
  workStart: nullableTime,
  snooze: kindRecord(snooze),
  pain: v.object({ date: v.string(), done: v.array(v.number()) }),
  peg: v.object({ done: v.string() }),
  morning: v.object({ done: v.string() }),
  pending: v.nullable(
    v.object({
      id: v.string(),
      kinds: v.array(kind),
      open: v.array(kind),
      shownAt: time,
      expiresAt: time,
      manual: v.boolean(),
      postureItem: v.pipe(v.number(), v.integer(), v.minValue(0)),
      snoozesLeft: kindRecord(v.number()),
    }),
  ),
  lastPromptAt: nullableTime,
  postureItem: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * Version 1 had no eye breaks and no PEG check; version 2 no holds; version 3 no morning check, no
 * breathing break and no water reminder.
 */
function migrate(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  let state = raw as { version?: unknown; active?: object } & Record<string, unknown>;
  if (state.version === 1) state = { ...state, version: 2, active: { eyes: 0, ...state.active }, peg: { done: '' } };
  if (state.version === 2)
    state = { ...state, version: 3, busy: { fullscreen: false, audible: false }, meeting: null, held: null };
  if (state.version === 3)
    state = {
      ...state,
      version: 4,
      morning: { done: '' },
      active: { breathing: 0, water: 0, ...state.active },
    };
  return state;
}

/** Reads stored scheduler state; anything unreadable starts the schedule afresh (history is elsewhere). */
export function parseState(raw: unknown): { state: SchedulerState; ok: boolean } {
  if (raw === undefined || raw === null) return { state: initialState(), ok: true };
  const r = v.safeParse(StateSchema, migrate(raw));
  return r.success ? { state: r.output as SchedulerState, ok: true } : { state: initialState(), ok: false };
}
