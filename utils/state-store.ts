/** Owns the scheduler state in storage.local; only the background writes it. */
import { getValue, setValue, watchValue } from './storage-area';
import { parseState } from './scheduler-schema';
import type { SchedulerState } from './scheduler-state';

export const STATE_KEY = 'scheduler';

export async function loadState(): Promise<SchedulerState> {
  return parseState(await getValue('local', STATE_KEY)).state;
}

export function saveState(state: SchedulerState): Promise<void> {
  return setValue('local', STATE_KEY, state);
}

export function watchState(cb: (s: SchedulerState) => void): () => void {
  return watchValue('local', STATE_KEY, (raw) => cb(parseState(raw).state));
}
