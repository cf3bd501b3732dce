/// <reference types="chrome" />
/**
 * Issue 12, "Storage that lasts", in real Chromium: the settings page says how much Limber stores,
 * and the manifest's unlimitedStorage lets history grow past Chrome's 10 MB quota.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../utils/core/time/local-time';
import { generateHeavyHistory, generateHistory, toBuckets } from '../fixtures/history';
import { browserLocalDate, extensionWithQuota, launch, seedBuckets, SCREENSHOTS } from './extension';
import { msg } from './messages';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const MB = 1024 * 1024;

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** What Chromium counts for Limber's storage, and the day buckets it holds. */
async function stored(l: Launched): Promise<{ bytes: number; days: string[]; records: number }> {
  return l.probe.evaluate(async () => {
    const days = (await chrome.storage.local.getKeys()).filter((k) => k.startsWith('rec:')).sort();
    let records = 0;
    for (let i = 0; i < days.length; i += 500) {
      const part = await chrome.storage.local.get(days.slice(i, i + 500));
      for (const v of Object.values(part)) records += (v as { records: unknown[] }).records.length;
    }
    return { bytes: await chrome.storage.local.getBytesInUse(null), days: days.map((k) => k.slice(4)), records };
  });
}

/** Two years of ordinary history ending yesterday, in the browser's own zone. */
async function seedTwoYears(l: Launched): Promise<void> {
  const today = await browserLocalDate(l);
  const tz = await l.probe.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await seedBuckets(
    l,
    toBuckets(generateHistory({ from: addDays(today, -730), to: addDays(today, -1), timeZone: tz })),
  );
}

/**
 * The settings page scrolled to its data group, once the storage figure is on screen. With `room`,
 * the browser's Storage API says only that many bytes are left on the disk (as on a nearly full one).
 */
async function dataGroup(
  l: Launched,
  lang: 'en' | 'de',
  room?: number,
): Promise<{ page: Page; text: () => Promise<string> }> {
  const page = await l.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  if (room !== undefined)
    await page.addInitScript((left) => {
      const estimate = navigator.storage.estimate.bind(navigator.storage);
      navigator.storage.estimate = async () => {
        const e = await estimate();
        return { ...e, quota: (e.usage ?? 0) + left };
      };
    }, room);
  await page.goto(l.url('options.html'));
  const region = page.getByRole('region', { name: msg(lang, 'optStorageTitle') });
  await region.waitFor({ timeout: 10_000 });
  // The figure is read when the group comes into view, as a person scrolls to it.
  await region.scrollIntoViewIfNeeded();
  await expect.poll(() => region.locator('p').first().textContent({ timeout: 1000 }), { timeout: 10_000 }).not.toBe('');
  return { page, text: async () => (await region.textContent()) ?? '' };
}

/**
 * The data group as a person sees it: the page scrolled to its end, with the save status that
 * stays at the top of the window (an element screenshot would show it lying over the group).
 */
async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 900, height: 1200 });
  await page.locator('#data').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

/** The sentences the page should show, formatted here with Intl in the page's language. */
function expectedSentences(lang: 'en' | 'de', locale: string, s: { bytes: number; days: string[] }): string {
  const size = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: s.bytes >= MB ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    // One decimal under 10 ("3.2 MB"), none above ("13 MB").
    maximumFractionDigits: (s.bytes >= MB ? s.bytes / MB : s.bytes / 1024) < 10 ? 1 : 0,
  }).format(s.bytes >= MB ? s.bytes / MB : s.bytes / 1024);
  const first = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${s.days[0]}T00:00:00Z`),
  );
  const days = new Intl.NumberFormat(locale).format(s.days.length);
  return [
    msg(lang, 'optStorageSize', [size]),
    msg(lang, 'optStorageDays', [days, first]),
    msg(lang, 'optStorageNoLimit'),
  ].join(' ');
}

describe('storage use on the settings page, in real Chromium', () => {
  it('says how much Limber stores and since when, with no warning: the browser sets no limit', async () => {
    ext = await launch({ lang: 'en' });
    await seedTwoYears(ext);
    const s = await stored(ext);
    expect(s.days.length).toBeGreaterThan(500);
    const { page, text } = await dataGroup(ext, 'en');
    const locale = await page.evaluate(() => chrome.i18n.getUILanguage());
    expect(await text()).toBe(msg('en', 'optStorageTitle') + expectedSentences('en', locale, s));
    expect(await page.locator('#data .notice').count()).toBe(0);
    // After deleting everything, the figure is read again.
    await page.getByRole('button', { name: msg('en', 'optDelete') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: msg('en', 'optDeleteConfirm') })
      .click();
    await expect
      .poll(text, { timeout: 10_000 })
      .toBe(
        msg('en', 'optStorageTitle') + [msg('en', 'optStorageNoRecords'), msg('en', 'optStorageNoLimit')].join(' '),
      );
    expect((await stored(ext)).days).toEqual([]);
  });

  it('a deletion the browser refuses is told in plain words, never in the browser’s own text', async () => {
    ext = await launch({ lang: 'en' });
    await seedTwoYears(ext);
    const page = await ext.context.newPage();
    // Storage refusing the deletion, as a damaged profile does (Chromium's own words for it).
    await page.addInitScript(() => {
      chrome.storage.local.remove = () => Promise.reject(new Error('IO error: .../LOCK: No further details'));
    });
    await page.goto(ext.url('options.html'));
    await page.getByRole('button', { name: msg('en', 'optDelete') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: msg('en', 'optDeleteConfirm') })
      .click();
    // The deletion's own status line (the export's, beside it, waits empty).
    const status = page.getByRole('group', { name: msg('en', 'optDeleteTitle') }).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(msg('en', 'errOther'));
    expect(await page.locator('#data').textContent()).not.toContain('IO error');
    expect((await stored(ext)).days.length).toBeGreaterThan(500);
  });

  it('without unlimitedStorage (Chrome’s 10 MB quota) it warns at 80 % in plain words, with what to do', {
    timeout: 180_000,
  }, async () => {
    const quota = extensionWithQuota();
    try {
      ext = await launch({ lang: 'en', extensionDir: quota.dir });
      const today = await browserLocalDate(ext);
      const tz = await ext.probe.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      // Four and a half heavy years: past 80 % of the quota, short of full.
      const from = addDays(today, -Math.round(4.5 * 365));
      await seedBuckets(ext, toBuckets(generateHeavyHistory({ from, to: addDays(today, -1), timeZone: tz })));
      const s = await stored(ext);
      expect(s.bytes / (10 * MB)).toBeGreaterThan(0.8);
      expect(s.bytes / (10 * MB)).toBeLessThan(0.95);
      const { page, text } = await dataGroup(ext, 'en');
      const locale = await page.evaluate(() => chrome.i18n.getUILanguage());
      const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
        s.bytes / (10 * MB),
      );
      expect(await text()).toContain(msg('en', 'optStorageShare', [share, '10 MB']));
      expect(await page.locator('#data .notice').textContent()).toBe(msg('en', 'optStorageNear', [share, '10 MB']));
      await shoot(page, 'options-storage-near-quota-en-light');
    } finally {
      await ext?.close();
      ext = undefined;
      quota.done();
    }
  });

  // Generating and writing seven heavy years takes about 40 s here.
  it('unlimitedStorage is granted: more than 10 MB of history is written, read back, and shown', {
    timeout: 180_000,
  }, async () => {
    ext = await launch({ lang: 'en' });
    const l = ext;
    const today = await browserLocalDate(l);
    const tz = await l.probe.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    // Seven heavy years (51 records a workday): past the 10 MB Chrome allows without the permission.
    const history = generateHeavyHistory({ from: addDays(today, -7 * 365), to: addDays(today, -1), timeZone: tz });
    await seedBuckets(l, toBuckets(history));
    const s = await stored(l);
    expect(s.bytes).toBeGreaterThan(10 * MB);
    expect(s.records).toBe(history.length);
    // The last day written reads back whole.
    const last = history.at(-1)!;
    const back = await l.probe.evaluate(
      async (key) => ((await chrome.storage.local.get(key))[key] as { records: { id: string }[] }).records,
      `rec:${last.date}`,
    );
    expect(back.map((r) => r.id)).toEqual(history.filter((r) => r.date === last.date).map((r) => r.id));
    const { page, text } = await dataGroup(l, 'en');
    const locale = await page.evaluate(() => chrome.i18n.getUILanguage());
    expect(await text()).toBe(msg('en', 'optStorageTitle') + expectedSentences('en', locale, s));
    expect(await page.locator('#data .notice').count()).toBe(0);
  });

  it('warns in plain words, with what to do, when the browser says the disk is nearly full', async () => {
    ext = await launch({ lang: 'en' });
    await seedTwoYears(ext);
    const { page, text } = await dataGroup(ext, 'en', 100 * MB);
    const warning = page.locator('#data .notice');
    await warning.waitFor();
    expect(await warning.getAttribute('role')).toBe('status');
    expect(await warning.textContent()).toBe(msg('en', 'optStorageLowRoom', ['100 MB']));
    expect(await text()).toContain(msg('en', 'optStorageNoLimit'));
  });
});

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['de', 'light'],
  ['de', 'dark'],
] as const)('the data group in %s, %s theme', (lang, theme) => {
  it('shows the storage figure in that language, and looks right', async () => {
    ext = await launch({ lang, colorScheme: theme });
    await seedTwoYears(ext);
    const s = await stored(ext);
    const { page, text } = await dataGroup(ext, lang);
    const locale = await page.evaluate(() => chrome.i18n.getUILanguage());
    expect(await text()).toBe(msg(lang, 'optStorageTitle') + expectedSentences(lang, locale, s));
    await shoot(page, `options-storage-${lang}-${theme}`);
    // And the same group on a nearly full disk, with its warning.
    const low = await dataGroup(ext, lang, 100 * MB);
    await low.page.locator('#data .notice').waitFor();
    await shoot(low.page, `options-storage-low-disk-${lang}-${theme}`);
  });
});
