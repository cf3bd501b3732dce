/**
 * Stored values that could not be read are copied here before anything replaces them, so a
 * corrupt or foreign value is reported and kept, never silently dropped.
 */
import { getByPrefix, setValue } from './area';

const PREFIX = 'unreadable:';

export interface KeptAside {
  key: string;
  at: number;
  reason: string;
  value: unknown;
}

export async function keepAside(key: string, value: unknown, reason: string, now = Date.now()): Promise<void> {
  await setValue('local', `${PREFIX}${key}`, { key, at: now, reason, value } satisfies KeptAside);
}

/** What was kept aside, oldest first. Reads only those keys: years of records stay unread. */
export async function listKeptAside(): Promise<KeptAside[]> {
  return Object.values(await getByPrefix('local', PREFIX))
    .map((v) => v as KeptAside)
    .sort((a, b) => a.at - b.at);
}
