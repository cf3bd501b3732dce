/**
 * Several pages may edit the settings at once (two settings tabs, the welcome page). Each keeps
 * the settings it last saw (its base) and the user's edits on top; saving writes only those edits
 * onto the settings as stored at that moment, so no page writes back a stale copy of the others'.
 */
import { applyChanges, diffSettings, same } from './diff';
import { fromForm, toForm } from './form';
import type { FormErrors, SettingsForm } from './form';
import type { Settings } from './settings';

export type FormField = keyof SettingsForm;

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
