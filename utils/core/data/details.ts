/**
 * A rating's details given after its score (regions, note, context tags, own tags, the medicine's
 * name), as stored: text trimmed, empty lists and blank text left out, own tags once each, a
 * medicine's name only with the medication tag.
 */
import type { RatingRecord } from './records';
import type { ContextTag } from '../content/context-tags';
import type { Region } from '../content/regions';

export interface RatingDetails {
  regions?: Region[];
  note?: string;
  tags?: ContextTag[];
  ownTags?: string[];
  medicine?: string;
}

/** `rating` with the details given (a detail not given stays as it was; `[]` or '' removes it). */
export function withDetails(rating: RatingRecord, details: RatingDetails): RatingRecord {
  const next: RatingRecord = { ...rating };
  if (details.regions !== undefined) set(next, 'regions', details.regions.length ? details.regions : undefined);
  if (details.note !== undefined) set(next, 'note', details.note.trim() || undefined);
  if (details.tags !== undefined) set(next, 'tags', details.tags.length ? [...new Set(details.tags)] : undefined);
  if (details.ownTags !== undefined) {
    const own = [...new Set(details.ownTags.map((t) => t.trim()).filter(Boolean))];
    set(next, 'ownTags', own.length ? own : undefined);
  }
  if (details.medicine !== undefined) set(next, 'medicine', details.medicine.trim() || undefined);
  if (!next.tags?.includes('medication')) delete next.medicine;
  return next;
}

function set<K extends keyof RatingDetails>(r: RatingRecord, key: K, value: RatingRecord[K] | undefined): void {
  if (value === undefined) delete r[key];
  else r[key] = value;
}
