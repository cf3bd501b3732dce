/**
 * Owns the user's own exercises in storage.local (content/own-exercises.ts): pictures are too big
 * for sync, and an exercise a clinician prescribed stays on this computer.
 */
import * as v from 'valibot';
import { getValue, setValue, watchValue } from './area';
import { OwnExercisesSchema, parseExercises } from '../core/content/own-exercises';
import type { OwnExercise } from '../core/content/own-exercises';

const KEY = 'exercises';

export async function loadExercises(): Promise<OwnExercise[]> {
  return parseExercises(await getValue('local', KEY));
}

/** Stores the whole list; a list that would not read back is refused (RangeError), nothing written. */
export async function saveExercises(list: readonly OwnExercise[]): Promise<void> {
  if (!v.is(OwnExercisesSchema, list)) throw new RangeError('exercises not storable');
  await setValue('local', KEY, list);
}

export function watchExercises(cb: (list: OwnExercise[]) => void): () => void {
  return watchValue('local', KEY, (raw) => cb(parseExercises(raw)));
}
