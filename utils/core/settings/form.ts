/**
 * The options form: settings as the user types them (strings), checked field by field.
 * Pure: `toForm` and `fromForm` are inverse for any valid settings; an invalid form never
 * becomes settings, and each problem is reported at its field.
 */
import { parseClock } from '../time/local-time';
import type { MessageKey } from '../content/message-key';
import { CONTEXT_TAGS } from '../content/context-tags';
import type { ContextTag } from '../content/context-tags';
import type { Region } from '../content/regions';
import type { DeliveryMode, IdleMode, Settings } from './settings';

export interface RangeDraft {
  start: string;
  end: string;
}

export interface SettingsForm {
  postureOn: boolean;
  postureMin: string;
  stretchOn: boolean;
  stretchEveryMin: string;
  stretchLengthMin: string;
  eyesOn: boolean;
  eyesMin: string;
  breathingOn: boolean;
  breathingMin: string;
  waterOn: boolean;
  waterMin: string;
  painOn: boolean;
  painTimes: string[];
  afterBreak: boolean;
  pegOn: boolean;
  pegWeekday: string;
  pegTime: string;
  morningOn: boolean;
  contextTags: ContextTag[];
  ownTags: string[];
  days: number[];
  ranges: RangeDraft[];
  weekStart: '0' | '1';
  snoozeMin: string;
  snoozeLimit: string;
  idleMode: IdleMode;
  naturalMin: string;
  delivery: DeliveryMode;
  sound: boolean;
  holdFullscreen: boolean;
  holdAudible: boolean;
  regions: Region[];
  favourites: string[];
  hidden: string[];
  onlyOwn: boolean;
}

export interface FieldError {
  key: MessageKey;
  subs?: string[];
}

/** Field ids: the form's keys, and `painTimes.N`, `ranges.N.start|end` for list items. */
export type FormErrors = Record<string, FieldError>;

/**
 * Browsers wake a packed extension at most every 30 s; a minute is the shortest useful interval. The
 * form's limits: docs/clinical-basis.md, "Defaults at a glance".
 */
export const MIN_INTERVAL_MIN = 1;
export const MAX_INTERVAL_MIN = 8 * 60;

const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const min = (sec: number): string => String(Math.round(sec / 60));

export function toForm(s: Settings): SettingsForm {
  return {
    postureOn: s.posture.enabled,
    postureMin: min(s.posture.everySec),
    stretchOn: s.stretch.enabled,
    stretchEveryMin: min(s.stretch.everySec),
    stretchLengthMin: min(s.stretch.lengthSec),
    eyesOn: s.eyes.enabled,
    eyesMin: min(s.eyes.everySec),
    breathingOn: s.breathing.enabled,
    breathingMin: min(s.breathing.everySec),
    waterOn: s.water.enabled,
    waterMin: min(s.water.everySec),
    painOn: s.pain.enabled,
    painTimes: s.pain.times.map(clock),
    afterBreak: s.pain.afterBreak,
    pegOn: s.peg.enabled,
    pegWeekday: String(s.peg.weekday),
    pegTime: clock(s.peg.time),
    morningOn: s.morning.enabled,
    contextTags: [...s.context.tags],
    ownTags: [...s.context.own],
    days: [...s.work.days].sort(),
    ranges: s.work.ranges.map((r) => ({ start: clock(r.start), end: clock(r.end) })),
    weekStart: String(s.weekStart) as '0' | '1',
    snoozeMin: min(s.snooze.sec),
    snoozeLimit: String(s.snooze.limit),
    idleMode: s.idle.mode,
    naturalMin: min(s.idle.naturalBreakSec),
    delivery: s.delivery.mode,
    sound: s.delivery.sound,
    holdFullscreen: s.hold.fullscreen,
    holdAudible: s.hold.audible,
    regions: [...s.regions],
    favourites: [...s.stretches.favourites],
    hidden: [...s.stretches.hidden],
    onlyOwn: s.stretches.onlyOwn,
  };
}

function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** Minutes of the day covered by a range, as [start, end) pieces within 0..2880 (past midnight). */
function span(r: { start: number; end: number }): [number, number] {
  return [r.start, r.end > r.start ? r.end : r.end + 1440];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  // Compare on two consecutive days, so 22:00–02:00 meets 01:00–03:00.
  for (const shift of [-1440, 0, 1440]) if (a[0] < b[1] + shift && b[0] + shift < a[1]) return true;
  return false;
}

export function fromForm(
  form: SettingsForm,
  base: Settings,
): { settings: Settings; errors: Record<string, never> } | { settings: null; errors: FormErrors } {
  const errors: FormErrors = {};
  const interval = (field: keyof SettingsForm, text: string, enabled: boolean): number => {
    const n = wholeNumber(text);
    if (n === null) errors[field] = { key: 'errWholeMinutes' };
    else if (n < MIN_INTERVAL_MIN) errors[field] = { key: 'errIntervalMin', subs: [String(MIN_INTERVAL_MIN)] };
    else if (n > MAX_INTERVAL_MIN) errors[field] = { key: 'errIntervalMax', subs: [String(MAX_INTERVAL_MIN / 60)] };
    // A switched-off prompt keeps its value but is not held to it.
    if (!enabled && errors[field]) delete errors[field];
    return (n ?? 0) * 60;
  };

  const postureSec = interval('postureMin', form.postureMin, form.postureOn);
  const stretchSec = interval('stretchEveryMin', form.stretchEveryMin, form.stretchOn);
  const lengthSec = interval('stretchLengthMin', form.stretchLengthMin, form.stretchOn);
  if (form.stretchOn && !errors.stretchEveryMin && !errors.stretchLengthMin && lengthSec >= stretchSec) {
    errors.stretchLengthMin = { key: 'errBreakLonger' };
  }
  const eyesSec = interval('eyesMin', form.eyesMin, form.eyesOn);
  const breathingSec = interval('breathingMin', form.breathingMin, form.breathingOn);
  const waterSec = interval('waterMin', form.waterMin, form.waterOn);

  const times: number[] = [];
  form.painTimes.forEach((text, i) => {
    const m = parseClock(text);
    if (m === undefined) errors[`painTimes.${i}`] = { key: 'errTime' };
    else if (times.includes(m)) errors[`painTimes.${i}`] = { key: 'errDuplicateTime' };
    else times.push(m);
  });
  if (form.painOn && form.painTimes.length === 0 && !form.afterBreak) errors.painTimes = { key: 'errNoPainTimes' };

  const pegTime = parseClock(form.pegTime);
  if (form.pegOn && pegTime === undefined) errors.pegTime = { key: 'errTime' };

  if (form.days.length === 0) errors.days = { key: 'errNoDays' };
  if (form.ranges.length === 0) errors.ranges = { key: 'errNoRanges' };
  const ranges: { start: number; end: number }[] = [];
  form.ranges.forEach((r, i) => {
    const start = parseClock(r.start);
    const end = parseClock(r.end);
    if (start === undefined) errors[`ranges.${i}.start`] = { key: 'errTime' };
    if (end === undefined) errors[`ranges.${i}.end`] = { key: 'errTime' };
    if (start === undefined || end === undefined) return;
    if (start === end) {
      errors[`ranges.${i}.end`] = { key: 'errRangeEmpty' };
      return;
    }
    const clash = ranges.findIndex((other) => other && overlaps(span(other), span({ start, end })));
    if (clash >= 0) errors[`ranges.${i}.start`] = { key: 'errRangeOverlap', subs: [String(clash + 1)] };
    ranges[i] = { start, end };
  });

  const snooze = wholeNumber(form.snoozeMin);
  if (snooze === null || snooze < 1 || snooze > 60) errors.snoozeMin = { key: 'errSnooze' };
  const limit = wholeNumber(form.snoozeLimit);
  if (limit === null || limit > 10) errors.snoozeLimit = { key: 'errSnoozeLimit' };
  const natural = wholeNumber(form.naturalMin);
  if (natural === null || natural < 1 || natural > 120) errors.naturalMin = { key: 'errNatural' };

  if (Object.keys(errors).length) return { settings: null, errors };
  return {
    errors: {},
    settings: {
      ...base,
      posture: { enabled: form.postureOn, everySec: postureSec || base.posture.everySec },
      stretch: {
        enabled: form.stretchOn,
        everySec: stretchSec || base.stretch.everySec,
        lengthSec: lengthSec || base.stretch.lengthSec,
      },
      eyes: { enabled: form.eyesOn, everySec: eyesSec || base.eyes.everySec },
      breathing: { enabled: form.breathingOn, everySec: breathingSec || base.breathing.everySec },
      water: { enabled: form.waterOn, everySec: waterSec || base.water.everySec },
      pain: { enabled: form.painOn, times: times.sort((a, b) => a - b), afterBreak: form.afterBreak },
      peg: { enabled: form.pegOn, weekday: Number(form.pegWeekday), time: pegTime ?? base.peg.time },
      morning: { enabled: form.morningOn },
      context: { tags: CONTEXT_TAGS.filter((x) => form.contextTags.includes(x)), own: [...form.ownTags] },
      work: { days: [...form.days].sort(), ranges: ranges.filter(Boolean) },
      weekStart: form.weekStart === '0' ? 0 : 1,
      snooze: { sec: snooze! * 60, limit: limit! },
      idle: { ...base.idle, mode: form.idleMode, naturalBreakSec: natural! * 60 },
      delivery: { mode: form.delivery, sound: form.sound },
      hold: { fullscreen: form.holdFullscreen, audible: form.holdAudible },
      regions: form.regions,
      stretches: { favourites: form.favourites, hidden: form.hidden, onlyOwn: form.onlyOwn },
    },
  };
}
