/**
 * One-click ratings stored by a page itself (the popup: see utils/storage/store-rating.ts) reach
 * the scheduler as a storage change: a waiting pain prompt they answer, a snoozed rating and the
 * pain times they cover are settled (core: `covered`). Ratings the background stored itself come
 * through here too; settling one twice changes nothing.
 */
import { BUCKET_PREFIX, idOf, isBucket } from '../../utils/storage/bucket';
import type { SchedulerEvent } from '../../utils/core/scheduler';

/** Older than this, a new rating in storage is not a click just made (an import, a restore). */
const FRESH_MS = 10 * 60_000;

interface Change {
  oldValue?: unknown;
  newValue?: unknown;
}

const isFreshManual = (r: unknown, now: number): r is { at: number } => {
  const x = r as { type?: unknown; source?: unknown; at?: unknown; added?: unknown };
  return (
    x?.type === 'rating' &&
    x.source === 'manual' &&
    x.added === undefined &&
    typeof x.at === 'number' &&
    x.at > now - FRESH_MS
  );
};

/** The latest fresh manual rating these storage changes added, as the event that settles it; null if none. */
export function ratedEvent(changes: Record<string, Change>, now: number): SchedulerEvent | null {
  let at: number | null = null;
  for (const [key, { oldValue, newValue }] of Object.entries(changes)) {
    if (!key.startsWith(BUCKET_PREFIX) || !isBucket(newValue)) continue;
    const before = new Set(isBucket(oldValue) ? oldValue.records.map(idOf) : []);
    for (const r of newValue.records) {
      if (!before.has(idOf(r)) && isFreshManual(r, now)) at = Math.max(at ?? 0, r.at);
    }
  }
  return at === null ? null : { type: 'rated', at };
}
