/**
 * The settings page's form for an own exercise (content/own-exercises.ts): what is wrong with a
 * draft, field by field, what a good one stores, and whether a picture file can be kept. Apart from
 * the exercises themselves, so the prompt and the popup do not load the form's checks.
 */
import {
  EXERCISE_HOW_MAX,
  EXERCISE_NAME_MAX,
  HOLD_MAX_SEC,
  HOLD_MIN_SEC,
  PICTURE_MAX_CHARS,
  PICTURE_MAX_KB,
  PICTURE_TYPES,
} from './own-exercises';
import { REGIONS } from './regions';
import type { OwnExercise } from './own-exercises';
import type { Region } from './regions';

/** An exercise as typed in the form. */
export interface ExerciseDraft {
  name: string;
  how: string;
  regions: Region[];
  holdSec: string;
  gentle: boolean;
  picture?: string;
}

export type ExerciseField = 'name' | 'how' | 'regions' | 'holdSec';
export interface ExerciseProblem {
  key: 'errExerciseName' | 'errExerciseNameLong' | 'errExerciseHowLong' | 'errExerciseRegions' | 'errExerciseHold';
  subs?: string[];
}

/** What is wrong with a draft, by field; empty when it can be stored. */
export function exerciseProblems(d: ExerciseDraft): Partial<Record<ExerciseField, ExerciseProblem>> {
  const problems: Partial<Record<ExerciseField, ExerciseProblem>> = {};
  const name = d.name.trim();
  if (!name) problems.name = { key: 'errExerciseName' };
  else if (name.length > EXERCISE_NAME_MAX)
    problems.name = { key: 'errExerciseNameLong', subs: [String(name.length), String(EXERCISE_NAME_MAX)] };
  if (d.how.trim().length > EXERCISE_HOW_MAX)
    problems.how = { key: 'errExerciseHowLong', subs: [String(d.how.trim().length), String(EXERCISE_HOW_MAX)] };
  if (!d.regions.length) problems.regions = { key: 'errExerciseRegions' };
  const hold = /^\s*\d+\s*$/.test(d.holdSec) ? Number(d.holdSec) : Number.NaN;
  if (!(hold >= HOLD_MIN_SEC && hold <= HOLD_MAX_SEC))
    problems.holdSec = { key: 'errExerciseHold', subs: [String(HOLD_MIN_SEC), String(HOLD_MAX_SEC)] };
  return problems;
}

/** The exercise a valid draft stores, under `id`. */
export function exerciseFrom(d: ExerciseDraft, id: string): OwnExercise {
  return {
    id,
    name: d.name.trim(),
    how: d.how.trim(),
    regions: REGIONS.filter((r) => d.regions.includes(r)),
    holdSec: Number(d.holdSec),
    gentle: d.gentle,
    ...(d.picture ? { picture: d.picture } : {}),
  };
}

/** Whether a picture file can be kept, before it is read: its type, and its size against the limit. */
export function pictureProblem(
  type: string,
  bytes: number,
): { key: 'errPictureType' } | { key: 'errPictureSize'; subs: string[] } | null {
  if (!(PICTURE_TYPES as readonly string[]).includes(type)) return { key: 'errPictureType' };
  // A data: URL takes 4 characters for every 3 bytes, and its header a few more.
  const chars = Math.ceil(bytes / 3) * 4 + 30;
  if (chars > PICTURE_MAX_CHARS)
    return { key: 'errPictureSize', subs: [String(Math.ceil(bytes / 1024)), String(PICTURE_MAX_KB)] };
  return null;
}
