import * as v from 'valibot';
import { REGIONS, DEFAULT_SHOWN_REGIONS } from './regions';
import type { Region } from './regions';
import type { WorkHours } from './work-hours';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Posture check every `everySec` of active work time (Cornell CUErgo: 20–30 min). */
  posture: { enabled: boolean; everySec: number };
  /** Stretch break of `lengthSec` every `everySec` of active time (NIOSH: 5 min each hour). */
  stretch: { enabled: boolean; everySec: number; lengthSec: number };
  /** Pain rating at these local times (minutes after midnight) on work days; optionally after a break. */
  pain: { enabled: boolean; times: number[]; afterBreak: boolean };
  work: WorkHours;
  snooze: { sec: number; limit: number };
  /** `naturalBreakSec`: an absence at least this long counts as a break taken. */
  idle: { detectionSec: number; naturalBreakSec: number };
  /** An unanswered prompt is recorded as missed after `expireSec`; prompts due within `mergeSec` show as one. */
  prompt: { expireSec: number; mergeSec: number };
  /** 0 = Sunday, 1 = Monday. */
  weekStart: 0 | 1;
  regions: Region[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  posture: { enabled: true, everySec: 30 * 60 },
  stretch: { enabled: true, everySec: 60 * 60, lengthSec: 5 * 60 },
  pain: { enabled: true, times: [11 * 60, 14 * 60 + 30, 17 * 60], afterBreak: false },
  work: { days: [1, 2, 3, 4, 5], ranges: [{ start: 8 * 60, end: 18 * 60 }] },
  snooze: { sec: 5 * 60, limit: 3 },
  idle: { detectionSec: 60, naturalBreakSec: 5 * 60 },
  prompt: { expireSec: 15 * 60, mergeSec: 2 * 60 },
  weekStart: 1,
  regions: DEFAULT_SHOWN_REGIONS,
};

const seconds = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min));
const minuteOfDay = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60 - 1));

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  posture: v.object({ enabled: v.boolean(), everySec: seconds(1) }),
  stretch: v.object({ enabled: v.boolean(), everySec: seconds(1), lengthSec: seconds(1) }),
  pain: v.object({ enabled: v.boolean(), times: v.array(minuteOfDay), afterBreak: v.boolean() }),
  work: v.object({
    days: v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
    ranges: v.array(v.object({ start: minuteOfDay, end: minuteOfDay })),
  }),
  snooze: v.object({ sec: seconds(1), limit: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  // Browsers refuse idle detection intervals under 15 s.
  idle: v.object({ detectionSec: seconds(15), naturalBreakSec: seconds(1) }),
  prompt: v.object({ expireSec: seconds(1), mergeSec: seconds(0) }),
  weekStart: v.picklist([0, 1]),
  regions: v.array(v.picklist(REGIONS)),
});

export type SettingsProblem = { ok: true; settings: Settings } | { ok: false; settings: Settings; issues: string[] };

/** Reads a stored settings value; anything unreadable yields the defaults and says why. */
export function parseSettings(raw: unknown): SettingsProblem {
  if (raw === undefined || raw === null) return { ok: true, settings: DEFAULT_SETTINGS };
  const result = v.safeParse(SettingsSchema, raw);
  if (result.success) return { ok: true, settings: result.output as Settings };
  return {
    ok: false,
    settings: DEFAULT_SETTINGS,
    issues: result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`),
  };
}
