/** Owns the scheduler state in storage.local; only the background writes it. */
import { getValue, setValue, watchValue } from './area';
import { keepAside } from './problems';
import { parseState } from '../core/scheduler/schema';
import type { SchedulerState } from '../core/scheduler/state';

export const STATE_KEY = 'scheduler';

export async function loadState(): Promise<SchedulerState> {
  return parseState(await getValue('local', STATE_KEY)).state;
}

/**
 * For the background, which is about to write the state: an unreadable stored state is kept
 * aside first, and the schedule starts afresh (the history is elsewhere and untouched).
 */
export async function loadStateForWrite(): Promise<SchedulerState> {
  const raw = await getValue('local', STATE_KEY);
  const { state, ok } = parseState(raw);
  if (!ok) await keepAside(STATE_KEY, raw, 'scheduleUnreadable');
  return state;
}

export function saveState(state: SchedulerState): Promise<void> {
  return setValue('local', STATE_KEY, state);
}

export function watchState(cb: (s: SchedulerState) => void): () => void {
  return watchValue('local', STATE_KEY, (raw) => cb(parseState(raw).state));
}
