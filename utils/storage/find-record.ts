/**
 * The record a page event stored, looked up by its id: the background names it in its reply, and
 * a page whose every try failed checks storage for it (an early try may have stored it before its
 * reply was lost).
 */
import { readDays } from './records';
import { recordIdOf } from '../core/scheduler/record-id';
import { addDays } from '../core/time/local-time';
import { today } from '../today';
import type { LimberRecord } from '../core/data/records';
import type { UserEvent } from '../core/scheduler/events';

/**
 * The record stored under `id` today or yesterday (this computer's dates: the background and the
 * pages share its zone), or null. An answer or a rating is stored under the date it was made,
 * moments ago; yesterday covers a midnight in between.
 */
export async function findRecent(id: string): Promise<LimberRecord | null> {
  const date = today();
  return (await readDays([date, addDays(date, -1)])).find((r) => r.id === id) ?? null;
}

/** The record stored under the id of `event` (an answer or a rating); null for other events. */
export async function storedFor(event: UserEvent): Promise<LimberRecord | null> {
  const id = recordIdOf(event);
  return id === null ? null : findRecent(id);
}
