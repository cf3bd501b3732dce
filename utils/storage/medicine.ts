/**
 * The medicine named last with the medication tag, offered next time (docs/clinical-basis.md,
 * "Context on a rating"). In storage.local: health data stays on this machine, never synced.
 */
import { getValue, removeValue, setValue, watchValue } from './area';
import { MEDICINE_MAX } from '../core/content/context-tags';

const KEY = 'lastMedicine';

const parse = (raw: unknown): string =>
  typeof raw === 'string' && raw.trim() && raw.length <= MEDICINE_MAX ? raw.trim() : '';

export async function loadLastMedicine(): Promise<string> {
  return parse(await getValue('local', KEY));
}

/** Remembers `name` for next time; an empty name forgets it. */
export function rememberMedicine(name: string): Promise<void> {
  const value = parse(name);
  return value ? setValue('local', KEY, value) : removeValue('local', KEY);
}

export function watchLastMedicine(cb: (name: string) => void): () => void {
  return watchValue('local', KEY, (raw) => cb(parse(raw)));
}
