/**
 * Whether a tag the user typed can join their own tags (docs/clinical-basis.md, "Context on a
 * rating"), and if not, why, as a message the options page shows at the field.
 */
import { OWN_TAG_MAX, OWN_TAGS_MAX } from '../content/context-tags';
import type { FieldError } from './form';

export function ownTagProblem(typed: string, own: readonly string[]): FieldError | null {
  const tag = typed.trim();
  if (!tag) return { key: 'errOwnTagEmpty' };
  if (tag.length > OWN_TAG_MAX) return { key: 'errOwnTagLong', subs: [String(tag.length), String(OWN_TAG_MAX)] };
  if (tag.includes(';')) return { key: 'errOwnTagSemicolon' };
  if (own.some((x) => x.toLocaleLowerCase() === tag.toLocaleLowerCase())) return { key: 'errOwnTagTwice' };
  if (own.length >= OWN_TAGS_MAX) return { key: 'errOwnTagsMany', subs: [String(OWN_TAGS_MAX)] };
  return null;
}
