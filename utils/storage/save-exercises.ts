/**
 * Writes the user's own exercises (exercises.ts reads them). Apart from the reading, so the prompt
 * and the popup, which only read, do not load it.
 */
import * as v from 'valibot';
import { getValue, setValue } from './area';
import { EXERCISES_KEY as KEY } from './exercises';
import { withLock } from './lock';
import { keepAside } from './problems';
import { OwnExerciseSchema, OwnExercisesSchema } from '../core/content/own-exercises';
import type { OwnExercise } from '../core/content/own-exercises';

/** Whether a stored value holds anything `parseExercises` leaves out (kept aside before it is replaced). */
export const hasUnreadable = (raw: unknown): boolean =>
  raw !== undefined && (!Array.isArray(raw) || raw.some((e) => !v.is(OwnExerciseSchema, e)));

/**
 * Stores the whole list; a list that would not read back is refused (RangeError), nothing written.
 * What the stored value held that could not be read (a damaged entry, one from a newer version) is
 * kept aside first, so replacing the list never drops it silently.
 */
export function saveExercises(list: readonly OwnExercise[]): Promise<void> {
  if (!v.is(OwnExercisesSchema, list)) return Promise.reject(new RangeError('exercises not storable'));
  return withLock('limber-exercises', async () => {
    const raw = await getValue('local', KEY);
    if (hasUnreadable(raw)) await keepAside(KEY, raw, 'exercisesUnreadable');
    await setValue('local', KEY, list);
  });
}
