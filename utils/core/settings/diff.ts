/**
 * The leaves in which two settings differ, and writing such changes over settings: what settings
 * storage needs to tell a real change from none (without the settings page's form code).
 */
import type { Settings } from './settings';

/** One changed leaf of the settings; a list counts as one leaf (it is edited as a whole). */
export interface SettingsChange {
  path: string[];
  value: unknown;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Deep equality of settings values: records key by key, lists item by item. */
export function same(a: unknown, b: unknown): boolean {
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
