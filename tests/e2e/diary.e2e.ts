/**
 * Issue 13 in real Chromium: a diary its owner can correct. A misclick in the popup is taken back
 * with Undo; a rating is changed in the diary (and marked), which the summary open in another tab
 * shows at once; a deleted entry comes back with Undo; a missed rating added for yesterday 09:00
 * counts in yesterday's figures.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../utils/core/time/local-time';
import { browserLocalDate, fastSettings, launch, SCREENSHOTS, setSettings, storedRecords, waitFor } from './extension';
import type { Page } from 'playwright-core';

const ratings = async (l: Parameters<typeof storedRecords>[0]) =>
  (await storedRecords(l)).filter((r) => r.type === 'rating');

/** The summary's day table as [average, ratings] per day, Monday first. */
const dayFigures = (summary: Page): Promise<string[][]> =>
  summary
    .locator('#day-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => [r.children[1]!.textContent ?? '', r.children[3]!.textContent ?? '']));

/** The row of `date` in a Monday-first week table starting at `weekStart`. */
const rowOf = (date: string, weekStart: string): number =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${weekStart}T00:00:00Z`)) / 86_400_000);

const mondayOf = (date: string): string => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
};

describe('the diary in real Chromium', () => {
  it('Undo in the popup, change in the diary, delete and Undo, add a missed rating: the summary follows', async () => {
    const l = await launch();
    try {
      await setSettings(l, fastSettings());
      const today = await browserLocalDate(l);
      const yesterday = addDays(today, -1);

      // A summary of this week stays open in its own tab: every change must reach it without a reload.
      const summary = await l.context.newPage();
      await summary.goto(l.url('summary.html'));
      await summary.getByRole('heading', { name: 'No data yet' }).waitFor();
      const todayRow = rowOf(today, mondayOf(today));

      // 1. Rate 8 in the popup, Undo: nothing stored.
      const popup = await l.context.newPage();
      await popup.goto(l.url('popup.html'));
      await popup.getByRole('button', { name: '8 of 10' }).click();
      await popup.getByText(/^Saved: 8 at/).waitFor();
      expect((await ratings(l)).map((r) => r.score)).toEqual([8]);
      await popup.getByRole('button', { name: 'Undo rating 8' }).click();
      await popup.getByText('Rating taken back. Nothing was saved.').waitFor();
      expect(await ratings(l)).toEqual([]);

      // 2. Rate 8 again; the popup's "today's last rating" opens it in the diary's edit form.
      await popup.getByRole('button', { name: '8 of 10' }).click();
      await popup.getByText(/^Today's last rating: 8 at/).waitFor();
      await expect.poll(async () => (await dayFigures(summary))[todayRow]).toEqual(['8', '1']);
      const opening = l.context.waitForEvent('page', { predicate: (p) => p.url().includes('/diary.html') });
      await popup.getByRole('button', { name: /^Edit rating 8 at .+ in the diary$/ }).click();
      const diary = await opening;
      const form = diary.getByRole('form', { name: /^Edit the rating of/ });
      await form.waitFor();
      await form.getByRole('button', { name: '3 of 10' }).click();
      await form.getByRole('button', { name: 'Save changes' }).click();
      await diary.getByText('Changes saved.').waitFor();
      await diary.getByText(/^Edited .+ · was 8 at/).waitFor();
      const [edited] = await ratings(l);
      expect(edited).toMatchObject({ score: 3, edited: { fromScore: 8 } });
      await expect.poll(async () => (await dayFigures(summary))[todayRow]).toEqual(['3', '1']);
      await diary.screenshot({ path: `${SCREENSHOTS}diary-edited.png`, fullPage: true });

      // 3. Delete it (confirmed), then Undo: back, as it was.
      await diary.getByRole('button', { name: /^Delete the entry of/ }).click();
      await diary
        .getByRole('group', { name: /^Delete this entry\?/ })
        .getByRole('button', { name: 'Delete' })
        .click();
      await diary.getByText('Entry deleted.').waitFor();
      expect(await ratings(l)).toEqual([]);
      // The week holds nothing now: the summary says so.
      await summary.getByRole('heading', { name: 'No data yet' }).waitFor();
      await diary.getByRole('button', { name: 'Undo' }).click();
      await diary.getByText('Entry restored.').waitFor();
      expect(await ratings(l)).toEqual([edited]);
      await expect.poll(async () => (await dayFigures(summary))[todayRow]).toEqual(['3', '1']);

      // 4. Add a rating missed yesterday at 09:00: it lands on yesterday, marked as added later.
      await diary.getByRole('button', { name: 'Add a rating' }).first().click();
      const add = diary.getByRole('form', { name: 'Add a rating you missed' });
      await add.getByLabel('Date').fill(yesterday);
      await add.getByLabel('Time').fill('09:00');
      await add.getByRole('button', { name: '5 of 10' }).click();
      await add.getByRole('button', { name: 'Add rating' }).click();
      await diary.getByText(/^Rating added for/).waitFor();
      const added = await waitFor(
        () => ratings(l),
        (rs) => rs.length === 2,
      );
      const missed = added.find((r) => r.date === yesterday);
      expect(missed).toMatchObject({ score: 5, source: 'manual', added: expect.any(Number) });
      expect(
        await l.probe.evaluate((at) => {
          const d = new Date(at);
          return [d.getHours(), d.getMinutes()];
        }, missed.at),
      ).toEqual([9, 0]);
      await diary.getByText(/^Added later, on/).waitFor();
      const yesterdaySummary = await l.context.newPage();
      await yesterdaySummary.goto(l.url(`summary.html?week=${yesterday}`));
      await expect
        .poll(async () => (await dayFigures(yesterdaySummary))[rowOf(yesterday, mondayOf(yesterday))])
        .toEqual(['5', '1']);
    } finally {
      await l.close();
    }
  }, 90_000);
});
