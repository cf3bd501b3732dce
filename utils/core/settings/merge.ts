/**
 * Several pages may edit the settings at once (two settings tabs, the welcome page). Each keeps
 * the settings it last saw (its base) and the user's edits on top; saving writes only those edits
 * onto the settings as stored at that moment, so no page writes back a stale copy of the others'.
 */
import { fromForm, toForm } from './form';
import type { FormErrors, SettingsForm } from './form';
import type { Settings } from './settings';

export type FormField = keyof SettingsForm;

/** One changed leaf of the settings; a list counts as one leaf (it is edited as a whole). */
export interface SettingsChange {
  path: string[];
  value: unknown;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same(a[k], b[k]));
  }
  return Object.is(a, b);
}

/** The leaves of `after` that differ from `before`. */
export function diffSettings(before: Settings, after: Settings): SettingsChange[] {
  const out: SettingsChange[] = [];
  const walk = (a: unknown, b: unknown, path: string[]): void => {
    if (isRecord(a) && isRecord(b)) {
      for (const k of Object.keys(b)) walk(a[k], b[k], [...path, k]);
    } else if (!same(a, b)) out.push({ path, value: b });
  };
  walk(before, after, []);
  return out;
}

function setIn(target: unknown, [key, ...rest]: string[], value: unknown): unknown {
  if (key === undefined) return value;
  const obj = isRecord(target) ? target : {};
  return { ...obj, [key]: setIn(obj[key], rest, value) };
}

/** `settings` with `changes` written over it; everything else as it was (a new object, the input untouched). */
export function applyChanges(settings: Settings, changes: SettingsChange[]): Settings {
  return changes.reduce<unknown>((s, c) => setIn(s, c.path, c.value), settings) as Settings;
}

/** The form fields the user changed: those that differ from the settings the page last saw. */
export function editedFields(form: SettingsForm, base: Settings): FormField[] {
  const seen = toForm(base);
  return (Object.keys(form) as FormField[]).filter((k) => !same(form[k], seen[k]));
}

/** The form for `next` (e.g. what another page saved), with the user's edits since `base` kept on top. */
export function rebaseForm(form: SettingsForm, base: Settings, next: Settings): SettingsForm {
  const out: Record<string, unknown> = { ...toForm(next) };
  for (const k of editedFields(form, base)) out[k] = form[k];
  return out as unknown as SettingsForm;
}

export type Merged =
  | { form: SettingsForm; settings: Settings; errors: Record<string, never> }
  | { form: SettingsForm; settings: null; errors: FormErrors };

/**
 * What to store when a page saves `form` (edited from `base`) while `current` is stored: `current`
 * with only the user's edits on top, or the field errors that stop it (an edit may clash with a
 * value another page saved meanwhile). `form` is the page's form moved onto `current`.
 */
export function mergeEdits(current: Settings, base: Settings, form: SettingsForm): Merged {
  const moved = rebaseForm(form, base, current);
  const checked = fromForm(moved, current);
  if (!checked.settings) return { form: moved, settings: null, errors: checked.errors };
  // Compared with `current` as the untouched form would write it, so a value the form rounds
  // (seconds to minutes) is no change, and stays as stored unless the user edited it.
  const untouched = fromForm(toForm(current), current).settings ?? current;
  return { form: moved, settings: applyChanges(current, diffSettings(untouched, checked.settings)), errors: {} };
}
