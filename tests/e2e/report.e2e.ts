/**
 * The clinician report in real Chromium: with the seek-help notice showing, a twelve-week report
 * and reports since a date (about six months, and a year) each print on exactly one page, A4 and
 * Letter, in English and German; a name typed on the page is printed and never stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../utils/core/time/local-time';
import { makeHold, makePeg, makeRating, NOTE_MAX } from '../../utils/core/data/records';
import { makeMorning } from '../../utils/core/data/morning';
import { generateHistory, toBuckets } from '../fixtures/history';
import { browserLocalDate, launch, seedBuckets, SCREENSHOTS } from './extension';
import { msg } from './messages';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const TZ = 'Europe/Berlin';
const LANGS = ['en', 'de'] as const;
type Lang = (typeof LANGS)[number];

/** A year of history, and this week the worst case for the page: every seek-help reason it can show. */
function heavyHistory(today: string) {
  const history = generateHistory({ from: addDays(today, -400), to: today, timeZone: TZ });
  const at = (daysBack: number, h: number) =>
    Date.parse(`${addDays(today, -daysBack)}T${String(h).padStart(2, '0')}:00:00Z`);
  // Notes as long as a note can be, on the highest ratings: the report lists five of them.
  const long = (i: number) =>
    `Note ${i}: ${'after a long day at the desk the pain spread down the arm '.repeat(20)}`.slice(0, NOTE_MAX);
  const extra = [
    ...Array.from({ length: 6 }, (_, i) =>
      makeRating(
        {
          id: `x-${i}`,
          at: at(i % 3, 7 + i),
          source: 'manual',
          score: 10,
          regions: ['lowerBack', 'neck'],
          note: long(i),
        },
        TZ,
      ),
    ),
    makePeg({ id: 'x-peg', at: at(0, 6), pain: 9, enjoyment: 9, activity: 8 }, TZ),
    // Morning checks every day, stiff over an hour (the stiffness reason too), and ratings carrying
    // the longest tags there are: the report's morning and tag lines at their longest.
    ...Array.from({ length: 20 }, (_, i) =>
      makeMorning({ id: `x-m-${i}`, at: at(i, 5), sleep: 8, stiffness: 'over60', fatigue: 7 }, TZ),
    ),
    ...Array.from({ length: 8 }, (_, i) => ({
      ...makeRating({ id: `x-t-${i}`, at: at(i, 15), source: 'manual', score: 7 }, TZ),
      tags: ['medication', 'poorSleep', 'meeting'] as ('medication' | 'poorSleep' | 'meeting')[],
      ownTags: ['Long drive to the office today', `Standing desk broken again ${i % 2}`],
      medicine: 'Ibuprofen 400',
    })),
    // Ratings changed and added afterwards, morning checks changed: the line under the table.
    ...Array.from({ length: 12 }, (_, i) => ({
      ...makeRating({ id: `x-e-${i}`, at: at(i, 17), source: 'manual', score: 5 }, TZ),
      edited: { at: at(i, 19), fromScore: 4, fromAt: at(i, 17) },
      added: at(i, 18),
    })),
    ...Array.from({ length: 12 }, (_, i) => ({
      ...makeMorning({ id: `x-me-${i}`, at: at(i + 20, 5), sleep: 8, stiffness: 'over60', fatigue: 7 }, TZ),
      edited: { at: at(i + 20, 9), from: { sleep: 6 } },
    })),
    // Prompts held in meetings, calls and fullscreen: the report's adherence figures gain a line.
    ...Array.from({ length: 40 }, (_, i) =>
      makeHold(
        {
          id: `hold-x-${i}`,
          at: at(i * 2, 13),
          ms: (25 + (i % 5) * 20) * 60_000,
          reasons: i % 3 === 0 ? ['meeting'] : i % 3 === 1 ? ['audible'] : ['fullscreen', 'audible'],
          kinds: ['posture', 'stretch', 'eyes'],
          shown: i % 4 === 0 ? [] : ['posture', 'stretch', 'eyes'],
        },
        TZ,
      ),
    ),
  ];
  return toBuckets([...history, ...extra]);
}

const pages = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
/** The report's own @page margins (entrypoints/report/style.css). */
const MARGIN = { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' };

const launched = new Map<Lang, Launched>();
let today = '';

beforeAll(async () => {
  for (const lang of LANGS) {
    const l = await launch({ timeZone: TZ, lang });
    today = await browserLocalDate(l);
    await seedBuckets(l, heavyHistory(today));
    launched.set(lang, l);
  }
}, 180_000);
afterAll(async () => {
  for (const l of launched.values()) await l.close();
});

async function openReport(lang: Lang, search: string): Promise<Page> {
  const l = launched.get(lang)!;
  const page = await l.context.newPage();
  await page.goto(l.url(`report.html${search}`));
  await page.getByRole('heading', { name: msg(lang, 'reportTitle'), level: 1 }).waitFor();
  // Flagged: the notice and its warning signs are on the page.
  await page.getByRole('heading', { name: msg(lang, 'seekHelpTitle') }).waitFor();
  await page.getByRole('table', { name: msg(lang, 'reportTableCaption') }).waitFor();
  return page;
}

/** The page as printed: one page on A4 and on Letter. */
async function expectOnePage(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    expect(pages(await page.pdf({ format, margin: MARGIN })), format).toBe(1);
  }
}

const tableRows = (page: Page) => page.locator('.data-table tbody tr').count();

describe.each(LANGS)('the clinician report in %s', (lang) => {
  it('twelve weeks, flagged: twelve rows, the print date and a name, on one page', async () => {
    const page = await openReport(lang, '?weeks=12');
    expect(await tableRows(page)).toBe(12);
    await page.getByText(msg(lang, 'reportChangeRecent')).waitFor();
    // The morning checks and the tags used most, and the stiffness reason in the notice.
    await page.getByText(msg(lang, 'seekHelpStiffness')).waitFor();
    await page.getByText(`${msg(lang, 'reportMorningChecks', ['32'])} · `).waitFor();
    await page.getByText(msg(lang, 'reportTags', ['']).trim()).waitFor();
    await page.getByText(msg(lang, 'reportEdited', ['12'])).waitFor();
    await page.getByText(msg(lang, 'reportMorningEdited', ['12'])).waitFor();
    const name = page.getByRole('textbox', { name: msg(lang, 'reportNameLabel') });
    expect(await name.getAttribute('autocomplete')).toBe('off');
    await name.fill('Alex Example');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: msg(lang, 'reportPrint') }).isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: msg(lang, 'reportRangeLegend') }).isVisible()).toBe(false);
    await page.getByText(new RegExp(`^${msg(lang, 'reportPrinted', ['']).trim()} `)).waitFor();
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${SCREENSHOTS}report-12-weeks-print-${lang}.png`, fullPage: true });
    await expectOnePage(page);
    // Never stored: nothing in storage holds the name.
    const stored = await page.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(), await chrome.storage.sync.get(), localStorage.length]),
    );
    expect(stored).not.toContain('Alex Example');
  });

  it.each([
    ['about six months', 182, 13],
    ['a year', 365, 13],
  ])('since a date, %s back: rows per fortnight or month, on one page', async (_name, days, maxRows) => {
    const since = addDays(today, -days);
    const page = await openReport(lang, `?since=${since}`);
    const rows = await tableRows(page);
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThanOrEqual(maxRows);
    if (days === 182) {
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${SCREENSHOTS}report-since-print-${lang}.png`, fullPage: true });
    }
    await expectOnePage(page);
  });

  it('the picker on screen moves to twelve weeks and a reload keeps it', async () => {
    const page = await openReport(lang, '?weeks=4');
    expect(await tableRows(page)).toBe(4);
    await page.getByRole('radio', { name: msg(lang, 'reportRangeTwelveWeeks') }).check();
    await expect.poll(() => tableRows(page)).toBe(12);
    expect(new URL(page.url()).searchParams.get('weeks')).toBe('12');
    await page.reload();
    await page.getByRole('table', { name: msg(lang, 'reportTableCaption') }).waitFor();
    expect(await tableRows(page)).toBe(12);
    await page.screenshot({ path: `${SCREENSHOTS}report-screen-${lang}.png`, fullPage: true });
  });
});
