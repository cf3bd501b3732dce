/**
 * Owns the user's own exercises in storage.local (content/own-exercises.ts): pictures are too big
 * for sync, and an exercise a clinician prescribed stays on this computer.
 */
import { getValue, watchValue } from './area';
import { parseExercises } from '../core/content/own-exercises';
import type { OwnExercise } from '../core/content/own-exercises';

/** The storage key (save-exercises.ts writes it). */
export const EXERCISES_KEY = 'exercises';

export async function loadExercises(): Promise<OwnExercise[]> {
  return parseExercises(await getValue('local', EXERCISES_KEY));
}

export function watchExercises(cb: (list: OwnExercise[]) => void): () => void {
  return watchValue('local', EXERCISES_KEY, (raw) => cb(parseExercises(raw)));
}
