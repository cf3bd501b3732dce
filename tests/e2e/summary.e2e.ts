import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserLocalDate, launch, seedBuckets, storedRecords, SCREENSHOTS } from './extension';
import { KNOWN_WEEK, NO_RATINGS_WEEK, seededHistory, TZ } from './summary-fixtures';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const OUT = SCREENSHOTS;

let seeded: Launched;
beforeAll(async () => {
  seeded = await launch({ timeZone: TZ });
  await seedBuckets(seeded, seededHistory(await browserLocalDate(seeded)));
}, 120_000);
afterAll(async () => {
  await seeded?.close();
});

async function openSummary(l: Launched, week?: string): Promise<Page> {
  const page = await l.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(l.url(`summary.html${week ? `?week=${week}` : ''}`));
  await page.getByRole('heading', { name: 'Your week', level: 1 }).waitFor();
  return page;
}

const cells = (page: Page, row: number) =>
  page.locator('#day-table tbody tr').nth(row).locator('th, td').allInnerTexts();

describe('weekly summary in real Chromium, five years of history', () => {
  it('shows the right figures for a known week, with the seek-help notice and notes as text', async () => {
    const page = await openSummary(seeded, KNOWN_WEEK);
    await page.locator('#day-table').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /Mar 3.*9, 2025/ }).count()).toBe(1);
    expect((await cells(page, 0)).slice(1)).toEqual(['4', '2–6', '3', '3', '0', '1', '1', '1', '3 (2)']);
    expect((await cells(page, 1)).slice(1)).toEqual(['–', '–', '0', '0', '0', '0', '0', '0', '0 (0)']);
    expect((await cells(page, 2)).slice(1, 4)).toEqual(['9', '9–9', '1']);
    const overview = page.locator('.overview');
    await expect.poll(() => overview.locator('.stat-value').first().innerText()).toBe('5.3');
    await page.getByRole('heading', { name: 'Consider talking to a clinician' }).waitFor();
    await page.getByText('You rated your pain 9 or 10 this week.').waitFor();
    // The note is shown as the user wrote it, never run as markup.
    await page.getByText('<img src=x onerror=alert(1)> after a long call').waitFor();
    expect(await page.locator('.notes img').count()).toBe(0);
    // Regions: lower back (2 ratings: 6 and 9) and neck (4 and 6).
    const regions = page.getByRole('list', { name: 'Pain by body region' });
    expect(await regions.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Lower back\s+average 7.5, worst 9, 2×$/),
      expect.stringMatching(/^Neck\s+average 5, worst 6, 2×$/),
    ]);
    // The chart has an accessible name and points at the table with the same figures.
    const chart = page.getByRole('img', { name: /Average pain per day/ });
    expect(await chart.getAttribute('aria-describedby')).toBe('day-table');
    await page.screenshot({ path: `${OUT}summary-seek-help.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${OUT}summary-seek-help-dark.png`, fullPage: true });
  });

  it('navigates week by week and back to this week', async () => {
    const page = await openSummary(seeded, KNOWN_WEEK);
    await page.getByRole('button', { name: /Next week/ }).click();
    await page.getByRole('heading', { level: 2, name: /Mar 10.*16, 2025/ }).waitFor();
    await page.getByText('No pain ratings this week.', { exact: false }).waitFor();
    expect(new URL(page.url()).searchParams.get('week')).toBe(NO_RATINGS_WEEK);
    await page.screenshot({ path: `${OUT}summary-week-without-ratings.png`, fullPage: true });
    await page.getByRole('button', { name: /Previous week/ }).click();
    await page.getByRole('heading', { level: 2, name: /Mar 3.*9, 2025/ }).waitFor();
    await page.getByRole('button', { name: 'This week', exact: true }).click();
    await page.locator('#day-table').waitFor();
    expect(await page.getByRole('button', { name: /Next week/ }).isDisabled()).toBe(true);
    await page.getByRole('heading', { name: 'Weekly average, last 12 weeks' }).waitFor();
    await page.screenshot({ path: `${OUT}summary-full-week.png`, fullPage: true });
  });

  it('prints a one-page clinician report', async () => {
    const page = await seeded.context.newPage();
    await page.goto(seeded.url(`report.html?week=${KNOWN_WEEK}&weeks=4`));
    await page.getByRole('heading', { name: 'Pain and pacing report' }).waitFor();
    await page.getByText('Worst regions').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${OUT}report-print-preview.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
    // One page: a PDF lists its pages as /Type /Page objects.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });

  it('a click in the popup reaches the summary', async () => {
    const popup = await seeded.context.newPage();
    await popup.goto(seeded.url('popup.html'));
    const opened = seeded.context.waitForEvent('page', { predicate: (p) => p.url().includes('/summary.html') });
    await popup.getByRole('button', { name: 'Weekly summary' }).click();
    const summary = await opened;
    await summary.getByRole('heading', { name: 'Your week', level: 1 }).waitFor();
  });

  it('exports a week as JSON that another browser imports without duplicates, own exercises too; a bad file changes nothing', async () => {
    // An exercise of the user's own, with its picture: the JSON export carries it to the other browser.
    const own = {
      id: 'own-e2e',
      name: 'Chin tuck',
      how: 'Slowly.',
      regions: ['neck'],
      holdSec: 20,
      gentle: true,
      picture: 'data:image/png;base64,iVBORw0KGgo=',
    };
    await seedBuckets(seeded, { exercises: [own] });
    const page = await openSummary(seeded, KNOWN_WEEK);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download JSON/ }).click();
    const file = join(tmpdir(), `limber-export-${Date.now()}.json`);
    await (await download).saveAs(file);
    await page.getByText('Exported 14 records.').waitFor();

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download CSV/ }).click();
    expect((await csvDownload).suggestedFilename()).toBe('limber-2025-03-03_2025-03-09.csv');

    const fresh = await launch({ timeZone: TZ });
    try {
      const target = await openSummary(fresh, KNOWN_WEEK);
      await target.getByText('Nothing recorded in these weeks').waitFor();
      const bad = join(tmpdir(), `limber-bad-${Date.now()}.json`);
      writeFileSync(bad, JSON.stringify({ app: 'something else', entries: [] }));
      await target.getByLabel('JSON export file').setInputFiles(bad);
      await target.getByText('This is not a Limber export.').waitFor();
      expect(await storedRecords(fresh)).toEqual([]);

      await target.getByLabel('JSON export file').setInputFiles(file);
      await target.getByText('Imported 14 new records (0 were already here).').waitFor();
      await target
        .getByText(
          "Your own exercises: 1 added, 0 replaced with the file's, 0 kept as stored here (0 were already here).",
        )
        .waitFor();
      expect(await fresh.probe.evaluate(async () => (await chrome.storage.local.get('exercises')).exercises)).toEqual([
        own,
      ]);
      await target.locator('#day-table').waitFor();
      expect((await cells(target, 0)).slice(1, 4)).toEqual(['4', '2–6', '3']);
      await target.getByLabel('JSON export file').setInputFiles(file);
      await target.getByText('Imported 0 new records (14 were already here).').waitFor();
      await target.getByText(/^Your own exercises: 0 added, .*\(1 were already here\)\.$/).waitFor();
      expect(await storedRecords(fresh)).toHaveLength(14);
    } finally {
      await fresh.close();
    }
  });
});

describe('weekly summary with no data', () => {
  it('says what to do when nothing is recorded yet', async () => {
    const l = await launch();
    try {
      const page = await openSummary(l);
      await page.getByRole('heading', { name: 'No data yet' }).waitFor();
      await page.getByText(/rate your pain any time from the Limber button/).waitFor();
      await page.screenshot({ path: `${OUT}summary-empty.png`, fullPage: true });
    } finally {
      await l.close();
    }
  });
});
