/**
 * What a rating can be tagged with, one tap each after the score (docs/clinical-basis.md,
 * "Context on a rating"): Limber's own tags, stored by these ids and shown in the reader's
 * language, and the user's own, stored as the words they typed.
 */
export const CONTEXT_TAGS = ['medication', 'heat', 'exercise', 'stress', 'meeting', 'poorSleep'] as const;
export type ContextTag = (typeof CONTEXT_TAGS)[number];

/** An own tag's length, and how many a user can keep. */
export const OWN_TAG_MAX = 30;
export const OWN_TAGS_MAX = 8;
/** Some text, and no semicolon (the CSV export lists own tags with ';' between them). */
export const OWN_TAG_PATTERN = /^[^;]*[^;\s][^;]*$/;
/** The medicine's name, optional with the medication tag. */
export const MEDICINE_MAX = 60;

export function isContextTag(x: unknown): x is ContextTag {
  return typeof x === 'string' && (CONTEXT_TAGS as readonly string[]).includes(x);
}
