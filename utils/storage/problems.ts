/**
 * Stored values that could not be read are copied here before anything replaces them, so a
 * corrupt or foreign value is reported and kept, never silently dropped.
 */
import { getByPrefix, setValue } from './area';

const PREFIX = 'unreadable:';

/**
 * Why a value was kept aside, as a code the pages render in the user's language:
 * `dayUnreadable` a day of records could not be read (new records start that day afresh);
 * `settingsUnreadable` the settings could not be read, the defaults were used;
 * `scheduleUnreadable` the schedule could not be read and was started afresh.
 */
export const KEPT_ASIDE_REASONS = ['dayUnreadable', 'settingsUnreadable', 'scheduleUnreadable'] as const;
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

/** An entry as read back: versions before the codes stored an English sentence as `reason`. */
export type StoredKeptAside = Omit<KeptAside, 'reason'> & { reason: unknown };

export async function keepAside(key: string, value: unknown, reason: KeptAsideReason, now = Date.now()): Promise<void> {
  await setValue('local', `${PREFIX}${key}`, { key, at: now, reason, value } satisfies KeptAside);
}

/** What was kept aside, oldest first. Reads only those keys: years of records stay unread. */
export async function listKeptAside(): Promise<StoredKeptAside[]> {
  return Object.values(await getByPrefix('local', PREFIX))
    .map((v) => v as StoredKeptAside)
    .sort((a, b) => a.at - b.at);
}
