import * as v from 'valibot';
import { REGIONS, DEFAULT_SHOWN_REGIONS } from '../content/regions';
import { CONTEXT_TAGS, OWN_TAG_MAX, OWN_TAG_PATTERN, OWN_TAGS_MAX } from '../content/context-tags';
import type { ContextTag } from '../content/context-tags';
import type { Region } from '../content/regions';
import type { WorkHours } from '../time/work-hours';

export const SETTINGS_VERSION = 4;

export type IdleMode = 'natural' | 'pause' | 'ignore';
export type DeliveryMode = 'window' | 'popup' | 'notification';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Posture check every `everySec` of active work time: a design choice (docs/clinical-basis.md, "Posture check"). */
  posture: { enabled: boolean; everySec: number };
  /**
   * Stretch break of `lengthSec` every `everySec` of active time (NIOSH: 5 min each hour;
   * docs/clinical-basis.md, "Stretch break").
   */
  stretch: { enabled: boolean; everySec: number; lengthSec: number };
  /**
   * Eye break 20-20-20: every 20 minutes look at least 20 feet away for 20 seconds (AAO). Off by
   * default (docs/clinical-basis.md, "Eye break").
   */
  eyes: { enabled: boolean; everySec: number };
  /**
   * Pain rating at these local times (minutes after midnight) on work days; optionally after a break
   * (docs/clinical-basis.md, "Pain rating times").
   */
  pain: { enabled: boolean; times: number[]; afterBreak: boolean };
  /**
   * Weekly PEG check (Krebs 2009): three 0–10 items, on `weekday` at `time`. Off by default
   * (docs/clinical-basis.md, "Weekly PEG check").
   */
  peg: { enabled: boolean; weekday: number; time: number };
  /**
   * The morning check at the first active minute of a work day: sleep, stiffness, fatigue. Off by
   * default (docs/clinical-basis.md, "Morning check").
   */
  morning: { enabled: boolean };
  /**
   * A 1-minute paced-breathing break and a water reminder, every `everySec` of active time. Off by
   * default; their evidence is modest and weak (docs/clinical-basis.md, "Breathing break", "Water reminder").
   */
  breathing: { enabled: boolean; everySec: number };
  water: { enabled: boolean; everySec: number };
  /**
   * A rating's context tags (docs/clinical-basis.md, "Context on a rating"): which of Limber's are
   * offered, in this order, and the user's own.
   */
  context: { tags: ContextTag[]; own: string[] };
  work: WorkHours;
  snooze: { sec: number; limit: number };
  /**
   * What time away from the keyboard does: `natural` counts an absence of `naturalBreakSec` as a
   * break; `pause` only stops the timers; `ignore` keeps them running (reading, video calls).
   */
  idle: { mode: IdleMode; detectionSec: number; naturalBreakSec: number };
  /** An unanswered prompt is recorded as missed after `expireSec`; prompts due within `mergeSec` show as one. */
  prompt: { expireSec: number; mergeSec: number };
  delivery: { mode: DeliveryMode; sound: boolean };
  /**
   * Hold prompts while a browser window is fullscreen or a tab plays sound (a call, a video, slides);
   * both on by default (docs/clinical-basis.md, "Holds").
   */
  hold: { fullscreen: boolean; audible: boolean };
  /** 0 = Sunday, 1 = Monday. */
  weekStart: 0 | 1;
  regions: Region[];
  /**
   * Stretch ids (the user's own exercises' too): favourites come first in a break; hidden ones
   * never come; `onlyOwn`: the break uses the user's own exercises alone (when there are any).
   */
  stretches: { favourites: string[]; hidden: string[]; onlyOwn: boolean };
}

/** Every default with its source, or "design choice": docs/clinical-basis.md, "Defaults at a glance". */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  posture: { enabled: true, everySec: 30 * 60 },
  stretch: { enabled: true, everySec: 60 * 60, lengthSec: 5 * 60 },
  eyes: { enabled: false, everySec: 20 * 60 },
  pain: { enabled: true, times: [11 * 60, 14 * 60 + 30, 17 * 60], afterBreak: false },
  peg: { enabled: false, weekday: 5, time: 16 * 60 },
  morning: { enabled: false },
  breathing: { enabled: false, everySec: 120 * 60 },
  water: { enabled: false, everySec: 90 * 60 },
  context: { tags: [...CONTEXT_TAGS], own: [] },
  work: { days: [1, 2, 3, 4, 5], ranges: [{ start: 8 * 60, end: 18 * 60 }] },
  snooze: { sec: 5 * 60, limit: 3 },
  idle: { mode: 'natural', detectionSec: 60, naturalBreakSec: 5 * 60 },
  prompt: { expireSec: 15 * 60, mergeSec: 2 * 60 },
  delivery: { mode: 'window', sound: false },
  hold: { fullscreen: true, audible: true },
  weekStart: 1,
  regions: DEFAULT_SHOWN_REGIONS,
  stretches: { favourites: [], hidden: [], onlyOwn: false },
};

const seconds = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min));
const minuteOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60 - 1));
const stretchIds = v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(50));

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  posture: v.object({ enabled: v.boolean(), everySec: seconds(1) }),
  stretch: v.object({ enabled: v.boolean(), everySec: seconds(1), lengthSec: seconds(1) }),
  eyes: v.object({ enabled: v.boolean(), everySec: seconds(1) }),
  pain: v.object({
    enabled: v.boolean(),
    times: v.pipe(v.array(minuteOfDay), v.maxLength(12)),
    afterBreak: v.boolean(),
  }),
  peg: v.object({
    enabled: v.boolean(),
    weekday: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
    time: minuteOfDay,
  }),
  morning: v.object({ enabled: v.boolean() }),
  breathing: v.object({ enabled: v.boolean(), everySec: seconds(1) }),
  water: v.object({ enabled: v.boolean(), everySec: seconds(1) }),
  context: v.object({
    tags: v.pipe(v.array(v.picklist(CONTEXT_TAGS)), v.maxLength(CONTEXT_TAGS.length)),
    own: v.pipe(
      v.array(v.pipe(v.string(), v.regex(OWN_TAG_PATTERN), v.maxLength(OWN_TAG_MAX))),
      v.maxLength(OWN_TAGS_MAX),
    ),
  }),
  work: v.object({
    days: v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
    ranges: v.pipe(v.array(v.object({ start: minuteOfDay, end: minuteOfDay })), v.maxLength(6)),
  }),
  snooze: v.object({ sec: seconds(1), limit: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  // Browsers refuse idle detection intervals under 15 s.
  idle: v.object({
    mode: v.picklist(['natural', 'pause', 'ignore']),
    detectionSec: seconds(15),
    naturalBreakSec: seconds(1),
  }),
  prompt: v.object({ expireSec: seconds(1), mergeSec: seconds(0) }),
  delivery: v.object({ mode: v.picklist(['window', 'popup', 'notification']), sound: v.boolean() }),
  hold: v.object({ fullscreen: v.boolean(), audible: v.boolean() }),
  weekStart: v.picklist([0, 1]),
  regions: v.array(v.picklist(REGIONS)),
  stretches: v.object({ favourites: stretchIds, hidden: stretchIds, onlyOwn: v.boolean() }),
});

export type SettingsRead =
  | { ok: true; settings: Settings; migratedFrom?: number }
  | { ok: false; settings: Settings; issues: string[] };

/** Each step turns the shape of one version into the next; tested from the first release's shape. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({
    ...old,
    version: 2,
    eyes: DEFAULT_SETTINGS.eyes,
    peg: DEFAULT_SETTINGS.peg,
    idle: { mode: 'natural', ...(old.idle as object) },
    delivery: DEFAULT_SETTINGS.delivery,
    stretches: { favourites: [], hidden: [] },
  }),
  2: (old) => ({ ...old, version: 3, hold: DEFAULT_SETTINGS.hold }),
  3: (old) => ({
    ...old,
    version: 4,
    morning: DEFAULT_SETTINGS.morning,
    breathing: DEFAULT_SETTINGS.breathing,
    water: DEFAULT_SETTINGS.water,
    context: DEFAULT_SETTINGS.context,
    stretches: { ...(old.stretches as object), onlyOwn: false },
  }),
};

/** Reads a stored settings value: migrates older shapes; anything unreadable yields the defaults and says why. */
export function parseSettings(raw: unknown): SettingsRead {
  if (raw === undefined || raw === null) return { ok: true, settings: DEFAULT_SETTINGS };
  let value = raw;
  let from: number | undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const start = (value as { version?: unknown }).version;
    if (typeof start === 'number' && start > SETTINGS_VERSION) {
      return {
        ok: false,
        settings: DEFAULT_SETTINGS,
        issues: [`version ${start} is newer than this Limber (${SETTINGS_VERSION})`],
      };
    }
    for (let ver = start; typeof ver === 'number' && ver < SETTINGS_VERSION && MIGRATIONS[ver]; ) {
      from ??= ver;
      value = MIGRATIONS[ver]!(value as Record<string, unknown>);
      ver = (value as { version: number }).version;
    }
  }
  const result = v.safeParse(SettingsSchema, value);
  if (result.success)
    return { ok: true, settings: result.output as Settings, ...(from !== undefined ? { migratedFrom: from } : {}) };
  return {
    ok: false,
    settings: DEFAULT_SETTINGS,
    issues: result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`),
  };
}
