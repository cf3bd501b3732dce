import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launch, storedRecords, waitFor, writeRatings } from './extension';
import type { Launched } from './extension';

/** Every kept-aside entry in storage.local, by its storage key. */
function keptAside(l: Launched): Promise<Record<string, unknown>> {
  return l.probe.evaluate(async () =>
    Object.fromEntries(
      Object.entries(await chrome.storage.local.get(null)).filter(([k]) => k.startsWith('unreadable:')),
    ),
  );
}

describe('kept-aside data in real Chromium', () => {
  it('a day corrupted twice is kept aside twice: both unreadable values stay in storage', async () => {
    const l = await launch();
    try {
      const today = await l.probe.evaluate(() => new Date().toLocaleDateString('sv'));
      const popup = await l.context.newPage();
      await popup.goto(l.url('popup.html'));

      await l.probe.evaluate((day) => chrome.storage.local.set({ [`rec:${day}`]: 'ÿ first garbage' }), today);
      // A rating writes today's bucket, which finds it unreadable and keeps it aside first.
      await writeRatings(popup, 1, 3);
      await waitFor(
        () => keptAside(l),
        (kept) => Object.keys(kept).length === 1,
      );

      await l.probe.evaluate((day) => chrome.storage.local.set({ [`rec:${day}`]: 424242 }), today);
      await writeRatings(popup, 1, 5);
      await waitFor(
        () => storedRecords(l),
        (rs) => rs.length === 1 && rs[0]?.score === 5,
      );
      const kept = await waitFor(
        () => keptAside(l),
        (k) => Object.keys(k).length === 2,
      );
      const values = Object.values(kept) as { key: string; reason: string; value: unknown }[];
      expect(values.map((v) => v.value)).toEqual(expect.arrayContaining(['ÿ first garbage', 424242]));
      for (const v of values) expect(v).toMatchObject({ key: `rec:${today}`, reason: 'dayUnreadable' });

      const options = await l.context.newPage();
      await options.goto(l.url('options.html'));
      await options.getByText('Some stored data could not be read').waitFor();
      expect(await options.getByText(/^a day of records could not be read \(/).count()).toBe(2);
    } finally {
      await l.close();
    }
  });

  it('malformed kept-aside entries: the summary keeps its figures, export and import, and both pages say so', async () => {
    const l = await launch();
    try {
      const popup = await l.context.newPage();
      await popup.goto(l.url('popup.html'));
      await writeRatings(popup, 1, 4);
      await waitFor(
        () => storedRecords(l),
        (rs) => rs.length === 1,
      );
      await l.probe.evaluate(() =>
        chrome.storage.local.set({ 'unreadable:x': null, 'unreadable:y': 5, 'unreadable:z': { reason: 7 } }),
      );
      // Chrome keeps a stored null (unlike the unit tests' fake).
      expect(await keptAside(l)).toEqual({ 'unreadable:x': null, 'unreadable:y': 5, 'unreadable:z': { reason: 7 } });

      const summary = await l.context.newPage();
      await summary.goto(l.url('summary.html'));
      await summary.getByText('Some stored data could not be read').waitFor();
      expect(await summary.getByText('stored data could not be read (–).').count()).toBe(3);
      await summary.locator('#day-table').waitFor();
      await summary.getByRole('heading', { name: 'Day by day' }).waitFor();
      await summary.getByRole('heading', { name: 'Your data' }).waitFor();

      const download = summary.waitForEvent('download');
      await summary.getByRole('button', { name: /Download JSON/ }).click();
      const file = join(tmpdir(), `limber-kept-aside-${Date.now()}.json`);
      await (await download).saveAs(file);
      await summary.getByText('Exported 1 records.').waitFor();
      await summary.getByLabel('JSON export file').setInputFiles(file);
      await summary.getByText('Imported 0 new records (1 were already here).').waitFor();

      const options = await l.context.newPage();
      await options.goto(l.url('options.html'));
      await options.getByText('Some stored data could not be read').waitFor();
      expect(await options.getByText('stored data could not be read (–).').count()).toBe(3);
      // Nothing kept aside was changed or removed by reading it.
      expect(await keptAside(l)).toEqual({ 'unreadable:x': null, 'unreadable:y': 5, 'unreadable:z': { reason: 7 } });
    } finally {
      await l.close();
    }
  });
});
