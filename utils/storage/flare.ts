/** Owns the flare-mode switch in storage.local (it is about today on this machine, so not synced). */
import { getValue, removeValue, setValue, watchValue } from './area';
import type { Flare } from '../core/settings/flare';
import type { LocalDate } from '../core/time/local-time';

const KEY = 'flare';

function parse(raw: unknown): Flare | null {
  return raw && typeof raw === 'object' && typeof (raw as Flare).date === 'string'
    ? { date: (raw as Flare).date }
    : null;
}

export async function loadFlare(): Promise<Flare | null> {
  return parse(await getValue('local', KEY));
}

export function setFlare(date: LocalDate | null): Promise<void> {
  return date ? setValue('local', KEY, { date } satisfies Flare) : removeValue('local', KEY);
}

export function watchFlare(cb: (f: Flare | null) => void): () => void {
  return watchValue('local', KEY, (raw) => cb(parse(raw)));
}
