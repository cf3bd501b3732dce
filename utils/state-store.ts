/** Owns the scheduler state in storage.local; only the background writes it. */
import { storage } from 'wxt/utils/storage';
import { parseState } from './scheduler-schema';
import type { SchedulerState } from './scheduler';

export const STATE_KEY = 'local:scheduler';

export async function loadState(): Promise<SchedulerState> {
  return parseState(await storage.getItem(STATE_KEY)).state;
}

export function saveState(state: SchedulerState): Promise<void> {
  return storage.setItem(STATE_KEY, state);
}

export function watchState(cb: (s: SchedulerState) => void): () => void {
  return storage.watch(STATE_KEY, (raw) => cb(parseState(raw).state));
}
