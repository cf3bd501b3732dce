import { getValues, removeValue } from './area';
import { browser } from 'wxt/browser';

/** Deletes every record, the schedule and the settings (here and in sync). Asked for, confirmed. */
export async function deleteAllData(): Promise<void> {
  const local = await getValues('local', null);
  await browser.storage.local.remove(Object.keys(local));
  await removeValue('sync', 'settings').catch(() => undefined);
}
