/**
 * How many of a period's entries were corrected after the fact: ratings changed later than a
 * moment after they were made (`edited`) or added afterwards for a time already past (`added`),
 * and morning checks changed in the diary. The report says so, so a reader knows the diary was not
 * all written at the time it describes.
 */
import type { LimberRecord } from '../data/records';

export interface LaterChanges {
  /** Ratings marked as changed after they were made. */
  edited: number;
  /** Ratings marked as added afterwards. A rating added and then changed counts in both. */
  added: number;
  /** Morning checks marked as changed after they were made. */
  morningEdited: number;
}

export function laterChanges(records: readonly LimberRecord[]): LaterChanges {
  let edited = 0;
  let added = 0;
  let morningEdited = 0;
  for (const r of records) {
    if (r.type === 'morning') {
      if (r.edited) morningEdited++;
    } else if (r.type === 'rating') {
      if (r.edited) edited++;
      if (r.added !== undefined) added++;
    }
  }
  return { edited, added, morningEdited };
}
