/**
 * Owns the scheduler state in storage.local; only the background writes it. When storage.local
 * refuses the write (full), the state goes to storage.session instead, so the schedule, its alarm
 * and its prompts keep working while records cannot be stored; the next accepted write to
 * storage.local ends that.
 */
import { getValue, removeValue, setValue, watchValue } from './area';
import { keepAside } from './problems';
import { parseState } from '../core/scheduler/schema';
import type { SchedulerState } from '../core/scheduler/state';

export const STATE_KEY = 'scheduler';
/** storage.session: the state while storage.local refuses it (newer than the local copy). */
export const STATE_FALLBACK_KEY = 'schedulerFallback';

async function readRaw(): Promise<unknown> {
  const fallback = await getValue('session', STATE_FALLBACK_KEY).catch(() => undefined);
  return fallback !== undefined ? fallback : getValue('local', STATE_KEY);
}

export async function loadState(): Promise<SchedulerState> {
  return parseState(await readRaw()).state;
}

/**
 * For the background, which is about to write the state: an unreadable stored state is kept
 * aside first, and the schedule starts afresh (the history is elsewhere and untouched).
 */
export async function loadStateForWrite(): Promise<SchedulerState> {
  const raw = await readRaw();
  const { state, ok } = parseState(raw);
  if (!ok) await keepAside(STATE_KEY, raw, 'scheduleUnreadable');
  return state;
}

/** Saves the state; rejects (after keeping it in storage.session) when storage.local refuses it. */
export async function saveState(state: SchedulerState): Promise<void> {
  try {
    await setValue('local', STATE_KEY, state);
  } catch (err) {
    await setValue('session', STATE_FALLBACK_KEY, state);
    throw err;
  }
  await removeValue('session', STATE_FALLBACK_KEY).catch(() => undefined);
}

export function watchState(cb: (s: SchedulerState) => void): () => void {
  const reload = (): void => void loadState().then(cb);
  const a = watchValue('local', STATE_KEY, reload);
  const b = watchValue('session', STATE_FALLBACK_KEY, reload);
  return () => {
    a();
    b();
  };
}
