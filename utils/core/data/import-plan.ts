/**
 * How an imported entry meets what is stored under its id, and what replacing it writes. Pure:
 * the storage side (utils/storage/import.ts) reads the buckets and writes the result.
 */
import { canonical } from './canonical';
import { isRecord } from './records';
import { isTombstone } from './tombstone';
import { readEntry } from './migrate';
import { sameAnswers } from './edit-morning';
import { answersOf } from './morning';
import type { MorningRecord, RatingRecord } from './records';
import type { Entry } from './tombstone';

/**
 * - fresh: nothing stored under the id: it is added.
 * - same: stored with the same content (two tombstones of one entry are the same deletion).
 * - differ: stored with other content (changed here or in the file, or deleted in the file).
 * - deletedHere: deleted here, still a record in the file: bringing it back needs asking.
 * - unreadable: stored as something this version cannot read: left as it is, never replaced.
 */
export type ImportMatch = 'fresh' | 'same' | 'differ' | 'deletedHere' | 'unreadable';

/** `stored` as found in storage: an earlier version's entry is compared as this version's. */
export function importMatch(file: Entry, raw: unknown): ImportMatch {
  if (raw === undefined) return 'fresh';
  const stored = readEntry(raw);
  if (!stored) return 'unreadable';
  if (isTombstone(stored) && isTombstone(file)) return 'same';
  if (canonical(stored) === canonical(file)) return 'same';
  return isTombstone(stored) ? 'deletedHere' : 'differ';
}

export interface ImportCounts {
  fresh: number;
  same: number;
  differ: number;
  deletedHere: number;
  unreadable: number;
}

export function countMatches(matches: Iterable<ImportMatch>): ImportCounts {
  const counts: ImportCounts = { fresh: 0, same: 0, differ: 0, deletedHere: 0, unreadable: 0 };
  for (const m of matches) counts[m]++;
  return counts;
}

/** Whether the import must ask: some entries would replace stored ones that differ. */
export const needsChoice = (c: ImportCounts): boolean => c.differ + c.deletedHere > 0;

/**
 * What replaces `stored` when the file's version is chosen. A rating whose change the file does
 * not itself mark (an export edited by hand, or an older copy) is marked as changed now, from what
 * was stored, so the record stays honest about it; a morning check likewise.
 */
export function replacement(file: Entry, raw: unknown, now: number): Entry {
  const stored = readEntry(raw);
  if (isRecord(file) && file.type === 'morning' && isRecord(stored) && stored.type === 'morning')
    return morningReplacement(file, stored, now);
  if (!isRecord(file) || file.type !== 'rating' || !isRecord(stored) || stored.type !== 'rating') return file;
  if (file.edited && (!stored.edited || file.edited.at > stored.edited.at)) return file;
  const first: RatingRecord = stored;
  const edited = {
    at: now,
    fromScore: first.edited?.fromScore ?? first.score,
    fromAt: first.edited?.fromAt ?? first.at,
  };
  // Added later here stays added later, whatever an older copy says.
  const added = file.added ?? first.added;
  return added === undefined ? { ...file, edited } : { ...file, edited, added };
}

/** A morning check from the file in place of a stored one: marked as `replacement` marks a rating. */
function morningReplacement(file: MorningRecord, stored: MorningRecord, now: number): MorningRecord {
  if (file.edited && (!stored.edited || file.edited.at > stored.edited.at)) return file;
  // The same answers (the copies differ in their marks alone): no change now, the stored mark stays.
  if (sameAnswers(file, stored)) return stored.edited ? { ...file, edited: stored.edited } : file;
  return { ...file, edited: { at: now, from: stored.edited?.from ?? answersOf(stored) } };
}
