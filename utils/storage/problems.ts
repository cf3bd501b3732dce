/**
 * Stored values that could not be read are copied here before anything replaces them, so a
 * corrupt or foreign value is reported and kept, never silently dropped, and never overwritten.
 */
import { getByPrefix, getValue, setValue } from './area';
import { withLock } from './lock';

const PREFIX = 'unreadable:';

/**
 * Why a value was kept aside, as a code the pages render in the user's language:
 * `dayUnreadable` a day of records could not be read (new records start that day afresh);
 * `settingsUnreadable` the settings could not be read, the defaults were used;
 * `scheduleUnreadable` the schedule could not be read and was started afresh;
 * `exercisesUnreadable` some of the user's own exercises could not be read (the rest were kept).
 */
export const KEPT_ASIDE_REASONS = [
  'dayUnreadable',
  'settingsUnreadable',
  'scheduleUnreadable',
  'exercisesUnreadable',
] as const;
export type KeptAsideReason = (typeof KEPT_ASIDE_REASONS)[number];

export function isKeptAsideReason(reason: unknown): reason is KeptAsideReason {
  return typeof reason === 'string' && (KEPT_ASIDE_REASONS as readonly string[]).includes(reason);
}

export interface KeptAside {
  key: string;
  at: number;
  reason: KeptAsideReason;
  value: unknown;
}

/**
 * An entry as read back, whatever was stored: `key` and `at` are null where the entry does not
 * say (a damaged entry), and `reason` is as stored (versions before the codes stored an English
 * sentence; a damaged entry none). An entry that is not an object at all is its own `value`.
 */
export interface StoredKeptAside {
  key: string | null;
  at: number | null;
  reason: unknown;
  value: unknown;
}

/**
 * The first free storage key for a copy of `key`: the plain `unreadable:<key>` (where earlier
 * versions kept their one copy), else one named by the time, else that with a counter.
 */
async function freeKey(key: string, now: number): Promise<string> {
  const base = `${PREFIX}${key}`;
  if ((await getValue('local', base)) === undefined) return base;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}:${now}` : `${base}:${now}-${n}`;
    if ((await getValue('local', candidate)) === undefined) return candidate;
  }
}

/**
 * Copies an unreadable value under a key of its own: an earlier copy, even of the same key in the
 * same millisecond, is never overwritten. The lock makes the look-then-write one step across pages.
 */
export function keepAside(key: string, value: unknown, reason: KeptAsideReason, now = Date.now()): Promise<void> {
  return withLock('limber-kept-aside', async () => {
    await setValue('local', await freeKey(key, now), { key, at: now, reason, value } satisfies KeptAside);
  });
}

/** Any stored entry as something kept aside: reading it never throws, whatever it holds. */
function normalise(raw: unknown): StoredKeptAside {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { key: null, at: null, reason: undefined, value: raw };
  const entry = raw as Record<string, unknown>;
  return {
    key: typeof entry.key === 'string' ? entry.key : null,
    at: typeof entry.at === 'number' && Number.isFinite(entry.at) ? entry.at : null,
    reason: entry.reason,
    value: 'value' in entry ? entry.value : raw,
  };
}

/**
 * What was kept aside, oldest first, entries without a time last. Reads only those keys: years of
 * records stay unread. A damaged entry is still listed, so it is reported, never hidden.
 */
export async function listKeptAside(): Promise<StoredKeptAside[]> {
  const stored = Object.entries(await getByPrefix('local', PREFIX)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return stored
    .map(([, raw]) => normalise(raw))
    .sort((a, b) => (a.at ?? Number.POSITIVE_INFINITY) - (b.at ?? Number.POSITIVE_INFINITY) || 0);
}
