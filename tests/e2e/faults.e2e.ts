import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fastSettings,
  isPromptUrl,
  launch,
  promptPage,
  schedulerState,
  seedBuckets,
  setSettings,
  stopWorker,
  storedRecords,
  waitFor,
  writeRatings,
} from './extension';
import { KNOWN_WEEK, knownWeek, TZ } from './summary-fixtures';
import { toBuckets } from '../fixtures/history';
import type { Page } from 'playwright-core';

describe('faults in real Chromium', () => {
  it('5 pages × 200 ratings at once, with the service worker stopped twice mid-way: 1000 stored, none doubled', async () => {
    const l = await launch();
    try {
      const pages = await Promise.all([0, 1, 2, 3, 4].map(() => l.context.newPage()));
      await Promise.all(pages.map((p) => p.goto(l.url('popup.html'))));
      await Promise.all(pages.map((p) => p.getByRole('button', { name: '4 of 10' }).waitFor()));
      const writing = Promise.all(pages.map((p, i) => writeRatings(p, 200, i * 2)));
      // The two stops come when 150 and 500 are stored (mid-way); how fast this machine gets there is
      // not the point (every write rewrites a day's bucket of up to 1000 records), so the waits are long.
      await waitFor(
        () => storedRecords(l),
        (rs) => rs.length > 150,
        90_000,
      );
      await stopWorker(l);
      await waitFor(
        () => storedRecords(l),
        (rs) => rs.length > 500,
        120_000,
      );
      await stopWorker(l);
      await writing;
      const all = await waitFor(
        () => storedRecords(l),
        (rs) => rs.length >= 1000,
        30_000,
      );
      expect(all).toHaveLength(1000);
      expect(new Set(all.map((r) => r.id)).size).toBe(1000);
    } finally {
      await l.close();
    }
  }, 330_000);

  it('the browser closed and reopened on the same profile: history intact, alarm rebuilt, no burst of old prompts', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'limber-profile-'));
    let l = await launch({ profileDir, timeZone: TZ });
    await seedBuckets(l, toBuckets(knownWeek()));
    await setSettings(
      l,
      fastSettings((s) => (s.posture = { enabled: true, everySec: 4 })),
    );
    const first = await promptPage(l);
    await first.getByRole('button', { name: 'Already good' }).click();
    await waitFor(
      () => storedRecords(l),
      (rs) => rs.length === knownWeek().length + 1,
    );
    await l.close();
    // Closed for longer than several intervals.
    await new Promise((r) => setTimeout(r, 15_000));
    l = await launch({ profileDir, timeZone: TZ });
    try {
      const opened: Page[] = [];
      l.context.on('page', (p) => isPromptUrl(p.url()) && opened.push(p));
      await waitFor(
        () => schedulerState(l),
        (s) => s.pending !== null || s.wakeAt !== null,
      );
      await new Promise((r) => setTimeout(r, 3000));
      expect(opened.length).toBeLessThanOrEqual(1);
      const alarm = await l.probe.evaluate(() => chrome.alarms.get('limber-wake'));
      expect(alarm).toBeTruthy();
      const records = await storedRecords(l);
      expect(records.filter((r) => r.id.startsWith('k-'))).toHaveLength(knownWeek().length);
      expect(records.filter((r) => !r.id.startsWith('k-') && r.outcome === 'missed')).toHaveLength(0);
    } finally {
      await l.close();
    }
  }, 90_000);

  it('started in another time zone, records keep their own local day and the summary stays right', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'limber-profile-'));
    let l = await launch({ profileDir, timeZone: TZ });
    await seedBuckets(l, toBuckets(knownWeek()));
    await l.close();
    l = await launch({ profileDir, timeZone: 'America/Los_Angeles' });
    try {
      expect(await l.probe.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
        'America/Los_Angeles',
      );
      const page = await l.context.newPage();
      await page.goto(l.url(`summary.html?week=${KNOWN_WEEK}`));
      await page.locator('#day-table').waitFor();
      const monday = await page.locator('#day-table tbody tr').nth(0).locator('th, td').allInnerTexts();
      expect(monday.slice(1, 4)).toEqual(['4', '2–6', '3']);
      const wednesday = await page.locator('#day-table tbody tr').nth(2).locator('th, td').allInnerTexts();
      expect(wednesday.slice(1, 4)).toEqual(['9', '9–9', '1']);
      // A new rating made here lands on the Los Angeles date, with its own offset.
      const popup = await l.context.newPage();
      await popup.goto(l.url('popup.html'));
      await popup.getByRole('button', { name: '2 of 10' }).click();
      const fresh = (
        await waitFor(
          () => storedRecords(l),
          (rs) => rs.some((r) => r.source === 'manual'),
        )
      ).find((r) => r.source === 'manual');
      const expected = await popup.evaluate(() => ({
        date: new Date().toLocaleDateString('sv'),
        tz: -new Date().getTimezoneOffset(),
      }));
      expect({ date: fresh.date, tz: fresh.tz }).toEqual(expected);
      expect([-480, -420]).toContain(fresh.tz);
    } finally {
      await l.close();
    }
  });
});
