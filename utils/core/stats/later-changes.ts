/**
 * How many of a period's ratings were corrected after the fact: changed later than a moment after
 * they were made (`edited`), or added afterwards for a time already past (`added`). The report
 * says so, so a reader knows the diary was not all written at the time it describes.
 */
import type { RatingRecord } from '../data/records';

export interface LaterChanges {
  /** Ratings marked as changed after they were made. */
  edited: number;
  /** Ratings marked as added afterwards. A rating added and then changed counts in both. */
  added: number;
}

export function laterChanges(ratings: readonly RatingRecord[]): LaterChanges {
  let edited = 0;
  let added = 0;
  for (const r of ratings) {
    if (r.edited) edited++;
    if (r.added !== undefined) added++;
  }
  return { edited, added };
}
