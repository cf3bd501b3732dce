/**
 * Stored values that could not be read are copied here before anything replaces them, so a
 * corrupt or foreign value is reported and kept, never silently dropped.
 */
import { getKeys, getValues, setValue } from './storage-area';

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
  const keys = (await getKeys('local')).filter((k) => k.startsWith(PREFIX));
  if (keys.length === 0) return [];
  return Object.values(await getValues('local', keys))
    .map((v) => v as KeptAside)
    .sort((a, b) => a.at - b.at);
}
