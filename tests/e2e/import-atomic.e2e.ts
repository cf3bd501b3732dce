import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, extensionWithQuota, launch, seedBuckets, storedRecords, SCREENSHOTS } from './extension';
import { toBuckets } from '../fixtures/history';
import { toExportJson } from '../../utils/core/data/export-json';
import { makeRating } from '../../utils/core/data/records';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';
import { thirtyRecords as thirtyFrom } from '../fixtures/import-file';
import type { LimberRecord } from '../../utils/core/data/records';

const TZ = 'Europe/Berlin';
const FIRST = '2026-11-16';
const FILLER = 'zz-filler';
/** Room left in storage.local: less than the file's ten days of records need (about 4 kB). */
const FREE = 2048;

const thirty = (): LimberRecord[] => thirtyFrom(FIRST, TZ);

/** Stored before the import: a day the file touches (with one of its records) and a day it does not. */
const mine = makeRating({ id: 'mine', at: Date.parse(`${FIRST}T08:00:00Z`), source: 'prompt', score: 3 }, TZ);
const older = makeRating({ id: 'older', at: Date.parse('2026-10-01T08:00:00Z'), source: 'prompt', score: 2 }, TZ);

const copies: (() => void)[] = [];
afterAll(() => {
  for (const done of copies) done();
});

/** The built extension without `unlimitedStorage`, so that Chromium's own 10 MB quota applies. */
function withoutUnlimitedStorage(): string {
  const copy = extensionWithQuota();
  copies.push(copy.done);
  return copy.dir;
}

/**
 * Runs in the summary page before its scripts: logs every storage.local.set (keys, outcome). With
 * `emulate` (the quota is lifted by `unlimitedStorage`), it refuses a write that would take storage
 * past `quota` bytes as a store that is not atomic might at worst: it first writes half of the
 * batch, then rejects with Chromium's own text. Chromium 156 exposes one `storage.local` object to
 * `chrome` and to its native `browser` (which webextension-polyfill passes through), so patching
 * `chrome.storage.local.set` reaches the extension's calls.
 */
function storageShim({ emulate, quota }: { emulate: boolean; quota: number }): void {
  const area = chrome.storage.local;
  const realSet = area.set.bind(area) as (items: Record<string, unknown>) => Promise<void>;
  const log: { keys: number; refused: boolean; emulated: boolean }[] = [];
  (globalThis as unknown as { __sets: typeof log }).__sets = log;
  const bytes = (items: Record<string, unknown>): number =>
    Object.entries(items).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  const write = async (items: Record<string, unknown>): Promise<void> => {
    const keys = Object.keys(items);
    const after = (await area.getBytesInUse(null)) - (await area.getBytesInUse(keys)) + bytes(items);
    if (emulate && after > quota) {
      log.push({ keys: keys.length, refused: true, emulated: true });
      await realSet(Object.fromEntries(Object.entries(items).slice(0, Math.floor(keys.length / 2))));
      throw new Error('Resource::kQuotaBytes quota exceeded');
    }
    try {
      await realSet(items);
      log.push({ keys: keys.length, refused: false, emulated: false });
    } catch (err) {
      log.push({ keys: keys.length, refused: true, emulated: false });
      throw err;
    }
  };
  // One write at a time, as in the browser: each is measured against what the ones before it stored.
  let queue: Promise<unknown> = Promise.resolve();
  (area as unknown as { set: (items: Record<string, unknown>) => Promise<void> }).set = (items) => {
    const run = queue.then(() => write(items));
    queue = run.catch(() => undefined);
    return run;
  };
}

/** Fills storage.local with one filler value until only `free` bytes of its quota are left. */
async function fill(l: Launched, free: number): Promise<number> {
  return l.probe.evaluate(
    async ({ key, free }) => {
      const area = chrome.storage.local;
      const room = area.QUOTA_BYTES - (await area.getBytesInUse(null));
      await area.set({ [key]: 'x'.repeat(room - free - key.length - 2) });
      return area.QUOTA_BYTES - (await area.getBytesInUse(null));
    },
    { key: FILLER, free },
  );
}

const snapshot = (l: Launched): Promise<Record<string, unknown>> =>
  l.probe.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('rec:') || k.startsWith('unreadable:')));
  });

const statusText = async (page: Page): Promise<string> => (await page.getByRole('status').allInnerTexts()).join('\n');

describe.each([
  { variant: 'as built', dir: () => EXTENSION_DIR },
  { variant: 'without unlimitedStorage (Chromium enforces the 10 MB quota)', dir: withoutUnlimitedStorage },
])('importing into a nearly full storage in real Chromium, $variant', ({ dir }) => {
  it('a 30-record file that does not fit changes nothing and says so plainly; with room it goes in whole', async () => {
    const l = await launch({ timeZone: TZ, extensionDir: dir() });
    try {
      const records = thirty();
      const file = join(tmpdir(), `limber-thirty-${Date.now()}.json`);
      writeFileSync(file, toExportJson(records, null, Date.now()));
      await seedBuckets(l, toBuckets([records[0]!, mine, older]));
      const unlimited = await l.probe.evaluate(
        () => chrome.runtime.getManifest().permissions?.includes('unlimitedStorage') ?? false,
      );
      const quota = await l.probe.evaluate(() => chrome.storage.local.QUOTA_BYTES);
      expect(await fill(l, FREE)).toBe(FREE);
      const before = await snapshot(l);
      const fillerBytes = await l.probe.evaluate((k) => chrome.storage.local.getBytesInUse(k), FILLER);

      const page = await l.context.newPage();
      await page.addInitScript(storageShim, { emulate: unlimited, quota });
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(l.url('summary.html'));
      await page.getByRole('heading', { name: 'Your week', level: 1 }).waitFor();
      await page.getByLabel('JSON export file').setInputFiles(file);
      await expect.poll(() => statusText(page), { timeout: 15_000 }).toMatch(/import|wrong/i);

      // Nothing of the file went in, nothing stored before is lost, and the page says so in plain words.
      expect(await snapshot(l)).toEqual(before);
      expect(await l.probe.evaluate((k) => chrome.storage.local.getBytesInUse(k), FILLER)).toBe(fillerBytes);
      const text = await statusText(page);
      expect(text).toContain('Nothing was imported from');
      expect(text).toContain('nothing was changed');
      expect(text).not.toMatch(/quota|kQuotaBytes|Something went wrong/i);
      // The import was one batch of all ten days, and that batch was refused (by Chromium, or the shim).
      const sets = await page.evaluate(() => (globalThis as unknown as { __sets: unknown[] }).__sets);
      expect(sets).toContainEqual({ keys: 10, refused: true, emulated: unlimited });
      await page.screenshot({ path: `${SCREENSHOTS}import-storage-full.png`, fullPage: true });

      await l.probe.evaluate((k) => chrome.storage.local.remove(k), FILLER);
      await page.getByLabel('JSON export file').setInputFiles(file);
      await page.getByText('Imported 29 new records (1 were already here).').waitFor();
      const ids = (await storedRecords(l)).map((r: LimberRecord) => r.id).sort();
      expect(ids).toEqual([...records.map((r) => r.id), 'mine', 'older'].sort());
    } finally {
      await l.close();
    }
  });
});
