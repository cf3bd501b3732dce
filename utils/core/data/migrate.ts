/**
 * Stored entries and imported files from earlier versions, read as this version's.
 *
 * Record versions:
 * - 1: ratings, breaks, weekly checks, holds, and deleted entries' tombstones.
 * - 2: adds the morning check, and a rating's context (tags, own tags, medicine). A version 1
 *   entry means the same in version 2, so it is only stamped again.
 *
 * Entries are migrated as they are read, never rewritten in storage for it: a day's bucket keeps
 * what it held until that day is written again (an older Limber installed again still reads every
 * version 1 entry, and leaves what it cannot read in place).
 */
import { RECORD_VERSION } from './record-version';
import { isRecord } from './records';
import { isTombstone } from './tombstone';
import type { Entry } from './tombstone';

/** `raw` as a current-version entry where it is an earlier version's; anything else as it is. */
export function migrateEntry(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const version = (raw as { v?: unknown }).v;
  if (version === 1) return { ...raw, v: RECORD_VERSION };
  return raw;
}

/** A stored or imported entry read as this version's record or tombstone; null when it is neither. */
export function readEntry(raw: unknown): Entry | null {
  const entry = migrateEntry(raw);
  return isRecord(entry) || isTombstone(entry) ? entry : null;
}
