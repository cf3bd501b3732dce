/// <reference types="chrome" />
/**
 * Issue 17's new parts in firefox-esr: the morning check arriving with a pain prompt at the first
 * active minute, both answered in one prompt window, a context tag tapped on the rating, and the
 * morning check changed in the diary (opened by the extension: WebDriver BiDi will not navigate to
 * moz-extension:// pages).
 */
import { describe, expect, it } from 'vitest';
import { currentSettings } from './extension';
import { extensionPage, withFirefox } from './firefox';
import type { Page } from 'puppeteer-core';

type Api = { browser: typeof chrome };

type Rec = Record<string, any>;

/** Every stored record, read in the extension page. */
const storedRecords = (page: Page): Promise<Rec[]> =>
  page.evaluate(async () => {
    const all = await (globalThis as unknown as Api).browser.storage.local.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('rec:'))
      .flatMap(([, v]) => (v as { records: unknown[] }).records);
  }) as Promise<Rec[]>;

/** The stored records once `ok` holds for them, polled from here (or the last read after 10 s). */
async function recordsWhen(page: Page, ok: (records: Rec[]) => boolean): Promise<Rec[]> {
  let records: Rec[] = [];
  for (let i = 0; i < 100; i++) {
    records = await storedRecords(page);
    if (ok(records)) return records;
    await new Promise((r) => setTimeout(r, 100));
  }
  return records;
}

const enabled = (selector: string): string => `${selector}:not([disabled]):not([aria-disabled="true"])`;

describe('issue 17 in firefox-esr', () => {
  it('a morning check and a pain rating with a tag in one prompt window, then the check changed in the diary', async () => {
    await withFirefox(async (browser, welcome) => {
      const now = new Date();
      const settings = currentSettings((s) => {
        s.morning = { enabled: true };
        s.pain = { enabled: true, times: [now.getHours() * 60 + now.getMinutes()], afterBreak: false };
        s.snooze = { sec: 60, limit: 3 };
      });
      await welcome.evaluate(async (settings) => {
        await (globalThis as unknown as Api).browser.storage.sync.set({ settings });
      }, settings);

      const prompt = await extensionPage(browser, '/prompt.html');
      const sleep = '[role="group"][aria-labelledby="morning-sleep"]';
      await prompt.waitForSelector(enabled(`${sleep} button[aria-label="5 of 10"]`));
      await prompt.click(`${sleep} button[aria-label="5 of 10"]`);
      const radios = await prompt.$$('input[name="morning-stiffness"]');
      await radios[2]!.click(); // 30 to 60 minutes
      await prompt.click('::-p-text(Save morning check)');
      const saved = await recordsWhen(prompt, (rs) => rs.some((r) => r.type === 'morning'));
      expect(saved.find((r) => r.type === 'morning')).toMatchObject({
        v: 2,
        type: 'morning',
        sleep: 5,
        stiffness: '30to60',
      });

      const pain = '[role="group"][aria-labelledby="pain-q"]';
      await prompt.waitForSelector(enabled(`${pain} button[aria-label="6 of 10"]`));
      await prompt.click(`${pain} button[aria-label="6 of 10"]`);
      await prompt.waitForSelector('[role="group"][aria-labelledby="context-title"] button');
      await prompt.click('[role="group"][aria-labelledby="context-title"] ::-p-text(Stress)');
      const rated = await recordsWhen(prompt, (rs) => rs.some((r) => r.type === 'rating' && r.tags?.length === 1));
      expect(rated.find((r) => r.type === 'rating')).toMatchObject({ score: 6, source: 'prompt', tags: ['stress'] });

      // The diary, opened by the extension, changes the check: sleep 5 → 2.
      await welcome.evaluate(async () => {
        const api = (globalThis as unknown as Api).browser;
        await api.tabs.create({ url: api.runtime.getURL('/diary.html') });
      });
      const diary = await extensionPage(browser, '/diary.html');
      await diary.waitForSelector('button[aria-label^="Edit the morning check of"]');
      await diary.click('button[aria-label^="Edit the morning check of"]');
      await diary.click('form.diary-form [role="group"] button[aria-label="2 of 10"]');
      await diary.click('form.diary-form button[type="submit"]');
      const changed = await recordsWhen(diary, (rs) => rs.some((r) => r.type === 'morning' && r.edited));
      expect(changed.find((r) => r.type === 'morning')).toMatchObject({
        sleep: 2,
        stiffness: '30to60',
        edited: { from: { sleep: 5, stiffness: '30to60' } },
      });
      await diary.waitForSelector('::-p-text(first answered: sleep 5 of 10)');
    });
  }, 120_000);
});
