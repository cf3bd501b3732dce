/**
 * The user's own exercises (docs/clinical-basis.md, "Your own exercises"), e.g. the ones a
 * physiotherapist prescribed: a name, how to do it, the body regions it is for, how long to hold
 * it, whether it is gentle enough for flare mode, and optionally a small picture kept on this
 * computer. They join the stretch break as stretches of their own.
 */
import * as v from 'valibot';
import { REGIONS } from './regions';
import type { Region } from './regions';
import type { OwnStretch, StretchArea } from './stretches';

export const EXERCISE_NAME_MAX = 60;
export const EXERCISE_HOW_MAX = 400;
export const HOLD_MIN_SEC = 10;
export const HOLD_MAX_SEC = 120;
export const OWN_EXERCISES_MAX = 20;
/** A picture as stored (a data: URL), at most this many characters: about 150 kB of image. */
export const PICTURE_MAX_CHARS = 200_000;
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** The largest picture file that fits, in kB (a data: URL takes 4 characters for 3 bytes, plus its header). */
export const PICTURE_MAX_KB = Math.floor(((PICTURE_MAX_CHARS - 30) * 0.75) / 1024);

/** Own exercises' ids start so, and never meet the library's. */
export const OWN_PREFIX = 'own-';

export interface OwnExercise {
  id: string;
  name: string;
  how: string;
  regions: Region[];
  holdSec: number;
  gentle: boolean;
  picture?: string;
}

const text = (max: number) => v.pipe(v.string(), v.regex(/\S/), v.maxLength(max));
const picture = v.pipe(
  v.string(),
  v.maxLength(PICTURE_MAX_CHARS),
  v.regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/),
);

export const OwnExerciseSchema = v.object({
  id: v.pipe(v.string(), v.startsWith(OWN_PREFIX), v.maxLength(40)),
  name: text(EXERCISE_NAME_MAX),
  how: v.pipe(v.string(), v.maxLength(EXERCISE_HOW_MAX)),
  regions: v.pipe(v.array(v.picklist(REGIONS)), v.minLength(1), v.maxLength(REGIONS.length)),
  holdSec: v.pipe(v.number(), v.integer(), v.minValue(HOLD_MIN_SEC), v.maxValue(HOLD_MAX_SEC)),
  gentle: v.boolean(),
  picture: v.optional(picture),
});

export const OwnExercisesSchema = v.pipe(v.array(OwnExerciseSchema), v.maxLength(OWN_EXERCISES_MAX));

/** The readable exercises of a stored list; anything unreadable is left out (and kept in storage). */
export function parseExercises(raw: unknown): OwnExercise[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((e): e is OwnExercise => v.is(OwnExerciseSchema, e)).slice(0, OWN_EXERCISES_MAX);
}

/** Where the library would say the exercise is felt: its first region (elbows count as forearms). */
function areaOf(region: Region): StretchArea {
  return region === 'elbows' ? 'wrists' : region;
}

/** An own exercise as a stretch of the break: its own words, regions and hold time. */
export function exerciseStretch(e: OwnExercise): OwnStretch {
  return {
    id: e.id,
    area: areaOf(e.regions[0]!),
    seconds: e.holdSec,
    gentle: e.gentle,
    own: { name: e.name.trim(), how: e.how.trim(), regions: e.regions, ...(e.picture ? { picture: e.picture } : {}) },
  };
}
