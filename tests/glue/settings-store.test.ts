import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toForm } from '../../utils/core/settings/form';
import { mergeEdits } from '../../utils/core/settings/merge';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { loadSettings, updateSettings } from '../../utils/storage/settings';
import type { SettingsForm } from '../../utils/core/settings/form';

const D = DEFAULT_SETTINGS;
const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings;
/** What a page that loaded the defaults saves after its user changed `patch`. */
const pageSave = (patch: Partial<SettingsForm>) =>
  updateSettings((current) => mergeEdits(current.settings, D, { ...toForm(D), ...patch }).settings);

describe('settings store: read-modify-write', () => {
  afterEach(() => vi.restoreAllMocks());

  it('two pages saving at once both keep their change (the reads and writes do not interleave)', async () => {
    await Promise.all([pageSave({ eyesOn: true }), pageSave({ snoozeLimit: '5' }), pageSave({ days: [1, 2] })]);
    expect(await stored()).toMatchObject({ eyes: { enabled: true }, snooze: { limit: 5 }, work: { days: [1, 2] } });
  });

  it('a page that saves later writes only its change over what another page saved', async () => {
    await pageSave({ eyesOn: true });
    const r = await pageSave({ snoozeLimit: '5' });
    expect(r).toMatchObject({ written: true, stored: { where: 'sync', ok: true, saved: true } });
    expect(await stored()).toEqual({ ...D, eyes: { ...D.eyes, enabled: true }, snooze: { ...D.snooze, limit: 5 } });
  });

  it('the first save stores the settings even with nothing changed; later, nothing changed writes nothing', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect((await pageSave({})).written).toBe(true);
    expect((await loadSettings()).saved).toBe(true);
    expect((await pageSave({})).written).toBe(false);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('never stores settings a later read would refuse', async () => {
    await pageSave({ eyesOn: true });
    const bad = { ...D, snooze: { sec: 0, limit: 3 } };
    await expect(updateSettings(() => bad)).rejects.toThrow(/snooze/);
    expect(await stored()).toMatchObject({ eyes: { enabled: true }, snooze: { sec: 300 } });
  });

  it('keeps the change on this computer when sync refuses it, and says so', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const r = await pageSave({ eyesOn: true });
    expect(r.stored.where).toBe('local');
    expect((await fakeBrowser.storage.local.get('settingsLocal')).settingsLocal).toMatchObject({
      eyes: { enabled: true },
    });
    // The next page's change goes onto the local copy, the newest.
    await pageSave({ snoozeLimit: '5' });
    expect((await loadSettings()).settings).toMatchObject({ eyes: { enabled: true }, snooze: { limit: 5 } });
  });
});
