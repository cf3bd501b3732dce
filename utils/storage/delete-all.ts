import { getValues, removeValue } from './area';
import { STATE_FALLBACK_KEY } from './state';
import { browser } from 'wxt/browser';

/** Deletes every record, the schedule and the settings (here and in sync). Asked for, confirmed. */
export async function deleteAllData(): Promise<void> {
  const local = await getValues('local', null);
  await browser.storage.local.remove(Object.keys(local));
  // The schedule kept in storage.session while storage.local was full goes too.
  await removeValue('session', STATE_FALLBACK_KEY).catch(() => undefined);
  await removeValue('sync', 'settings').catch(() => undefined);
}
