/**
 * Issue 12's storage-full acceptance, against Chromium's real 10 MB quota (the built extension with
 * `unlimitedStorage` taken out of its manifest): with storage.local full to the last byte, the
 * schedule still prompts, a rating says in plain words that it was not saved, the toolbar button
 * says why, and nothing stored before is lost.
 */
import { describe, expect, it } from 'vitest';
import {
  extensionWithQuota,
  fastSettings,
  launch,
  promptPage,
  seedBuckets,
  setSettings,
  SCREENSHOTS,
} from './extension';
import { generateHistory, toBuckets } from '../fixtures/history';
import { TZ } from './summary-fixtures';
import type { Launched } from './extension';

/** Fills storage.local until not one more byte fits; returns the bytes in use. */
function fillToTheBrim(l: Launched): Promise<number> {
  return l.probe.evaluate(async () => {
    const area = chrome.storage.local;
    const room = area.QUOTA_BYTES - (await area.getBytesInUse(null));
    await area.set({ 'zz-filler': 'x'.repeat(room - 4096) });
    // Then smaller and smaller pieces, until a one-character value is refused.
    for (let size = 2048, i = 0; size >= 1; ) {
      try {
        await area.set({ [`zz-${i++}`]: 'x'.repeat(size) });
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return area.getBytesInUse(null);
  });
}

const recordKeys = (l: Launched): Promise<Record<string, unknown>> =>
  l.probe.evaluate(async () =>
    Object.fromEntries(Object.entries(await chrome.storage.local.get(null)).filter(([k]) => k.startsWith('rec:'))),
  );

describe('storage full, in real Chromium', () => {
  it('the schedule still prompts, the user is told in plain words, and nothing stored is lost', async () => {
    const quota = extensionWithQuota();
    const l = await launch({ extensionDir: quota.dir });
    try {
      const today = await l.probe.evaluate(() => new Date().toLocaleDateString('sv'));
      await seedBuckets(l, toBuckets(generateHistory({ from: '2026-09-01', to: '2026-10-31', timeZone: TZ })));
      const before = await recordKeys(l);
      expect(Object.keys(before).length).toBeGreaterThan(30);
      const used = await fillToTheBrim(l);
      expect(used).toBeGreaterThan(10 * 1024 * 1024 - 64);

      // A posture check every 3 s of activity: the first one opens although nothing can be stored.
      await setSettings(
        l,
        fastSettings((s) => {
          s.posture = { enabled: true, everySec: 3 };
        }),
      );
      const prompt = await promptPage(l, 30_000);
      await prompt.getByRole('button', { name: 'Already good' }).waitFor();
      const title = await l.probe.evaluate(() => chrome.action.getTitle({}));
      expect(title).toMatch(/storage is full/);
      expect(await l.probe.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');

      // Answering it: the record cannot be written, and the prompt says so in plain words.
      await prompt.getByRole('button', { name: 'Already good' }).click();
      const answerError = await prompt.getByRole('alert').filter({ hasText: /storage for Limber is full/ });
      await answerError.waitFor();
      // Not stored, so not done: the check still waits, to be answered once there is room.
      await prompt.getByRole('button', { name: 'Already good' }).waitFor();
      await prompt.screenshot({ path: `${SCREENSHOTS}storage-full-prompt.png` });

      // A one-click rating in the popup: plain words, never the browser's text.
      const popup = await l.context.newPage();
      await popup.goto(l.url('popup.html'));
      await popup.getByRole('button', { name: '3 of 10' }).first().click();
      const alert = popup.getByRole('alert').filter({ hasText: /storage for Limber is full/ });
      await alert.waitFor();
      expect(await alert.textContent()).not.toMatch(/quota|Resource::/i);
      await popup.screenshot({ path: `${SCREENSHOTS}storage-full-popup.png` });

      // Nothing stored before is lost, and nothing half-written.
      expect(await recordKeys(l)).toEqual(before);
      expect(Object.keys(before)).not.toContain(`rec:${today}`);
    } finally {
      await l.close();
      quota.done();
    }
  }, 120_000);
});
