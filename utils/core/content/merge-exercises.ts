/**
 * How an import's own exercises meet the stored ones, by id: one not stored is added; one stored
 * with the same content changes nothing; one that differs is the file's or stays as stored, as the
 * user chose for the import's records. Pure: utils/storage/import.ts reads and writes the list.
 */
import { canonical } from '../data/canonical';
import type { OwnExercise } from './own-exercises';

export interface ExerciseCounts {
  fresh: number;
  same: number;
  differ: number;
}

export interface ExerciseMerge {
  /** The stored list after the import: stored order, the file's new ones after them. */
  list: OwnExercise[];
  added: number;
  replaced: number;
  /** Differing ones left as stored ('keep'). */
  keptDiffering: number;
}

function match(stored: readonly OwnExercise[], e: OwnExercise): keyof ExerciseCounts {
  const old = stored.find((s) => s.id === e.id);
  if (!old) return 'fresh';
  return canonical(old) === canonical(e) ? 'same' : 'differ';
}

export function countExercises(stored: readonly OwnExercise[], file: readonly OwnExercise[]): ExerciseCounts {
  const counts: ExerciseCounts = { fresh: 0, same: 0, differ: 0 };
  for (const e of file) counts[match(stored, e)]++;
  return counts;
}

/** How many own exercises there would be after importing `file`'s (more than OWN_EXERCISES_MAX do not fit). */
export const exercisesAfter = (stored: readonly OwnExercise[], file: readonly OwnExercise[]): number =>
  stored.length + countExercises(stored, file).fresh;

export function mergeExercises(
  stored: readonly OwnExercise[],
  file: readonly OwnExercise[],
  choice: 'replace' | 'keep',
): ExerciseMerge {
  const byId = new Map(file.map((e) => [e.id, e]));
  let replaced = 0;
  let keptDiffering = 0;
  const list = stored.map((old) => {
    const e = byId.get(old.id);
    if (!e || canonical(e) === canonical(old)) return old;
    if (choice === 'keep') {
      keptDiffering++;
      return old;
    }
    replaced++;
    return e;
  });
  const fresh = file.filter((e) => !stored.some((s) => s.id === e.id));
  return { list: [...list, ...fresh], added: fresh.length, replaced, keptDiffering };
}
