/**
 * The weekly check in real Chromium: answered 7/6/5 in the prompt window, it shows as a score of 6
 * on the summary and in the report; its buttons carry no pain bands; screenshots of the panel in
 * English and German, light and dark.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import {
  browserLocalDate,
  browserMinuteOfDay,
  fastSettings,
  launch,
  promptPage,
  SCREENSHOTS,
  seedBuckets,
  setSettings,
  storedRecords,
  waitFor,
} from './extension';
import { msg } from './messages';
import { addDays } from '../../utils/core/time/local-time';
import { weekStartOf } from '../../utils/core/time/week';
import { makePeg, makeRating } from '../../utils/core/data/records';
import { toBuckets } from '../fixtures/history';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const TZ = 'Europe/Berlin';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** A check two weeks before this one (8/7/5: 6.7) and a few ratings, so the pages have a history. */
function earlier(today: string): Record<string, unknown> {
  const twoWeeksAgo = addDays(weekStartOf(today, 1), -10);
  const at = Date.parse(`${twoWeeksAgo}T14:00:00Z`);
  return toBuckets([
    makePeg({ id: 'earlier-peg', at, pain: 8, enjoyment: 7, activity: 5 }, TZ),
    makeRating({ id: 'earlier-rating', at: at - 3_600_000, source: 'prompt', score: 5 }, TZ),
  ]);
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(d: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document);
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the weekly check in real Chromium', () => {
  it('answered 7/6/5 in the prompt window, it is a score of 6 on the summary and in the report', async () => {
    ext = await launch({ timeZone: TZ });
    const l = ext;
    const today = await browserLocalDate(l);
    await seedBuckets(l, earlier(today));
    const minute = await browserMinuteOfDay(l);
    const weekday = await l.probe.evaluate(() => new Date().getDay());
    await setSettings(
      l,
      fastSettings((s) => {
        // Settings of version 1 have no weekly check (its migration adds one, switched off): the
        // current shape, with the check due now.
        Object.assign(s, {
          version: 2,
          eyes: { enabled: false, everySec: 1200 },
          peg: { enabled: true, weekday, time: minute },
          idle: { mode: 'natural', ...s.idle },
          delivery: { mode: 'window', sound: false },
          stretches: { favourites: [], hidden: [] },
        });
      }),
    );
    const prompt = await promptPage(l);
    const items = [
      prompt.getByRole('group', { name: msg('en', 'pegPain') }),
      prompt.getByRole('group', { name: msg('en', 'pegEnjoyment') }),
      prompt.getByRole('group', { name: msg('en', 'pegActivity') }),
    ];
    await items[0]!.waitFor();
    // No pain bands: "7 of 10", never "7, severe", and no legend.
    const names = await prompt.locator('.rating-btn').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    expect(names).toHaveLength(33);
    expect(names.every((n) => /^\d+ of 10$/.test(n ?? ''))).toBe(true);
    expect(await prompt.locator('.rating-bands').count()).toBe(0);
    await items[0]!.getByRole('button', { name: '7 of 10', exact: true }).click();
    await items[1]!.getByRole('button', { name: '6 of 10', exact: true }).click();
    await items[2]!.getByRole('button', { name: '5 of 10', exact: true }).click();
    await prompt.setViewportSize({ width: 760, height: 1000 });
    await prompt.screenshot({ path: `${SCREENSHOTS}peg-prompt-en-light.png`, fullPage: true });
    expect(await seriousViolations(prompt)).toEqual([]);
    await prompt.getByRole('button', { name: 'Save the weekly check' }).click();
    const saved = await waitFor(
      () => storedRecords(l),
      (rs) => rs.some((r) => r.type === 'peg' && r.date === today),
    );
    expect(saved.find((r) => r.type === 'peg' && r.date === today)).toMatchObject({
      pain: 7,
      enjoyment: 6,
      activity: 5,
    });

    const summary = await l.context.newPage();
    await summary.setViewportSize({ width: 1000, height: 900 });
    await summary.goto(l.url('summary.html'));
    const panel = summary.getByRole('region', { name: 'Weekly check (PEG)' });
    await panel.waitFor();
    expect(await panel.locator('.stat-value').allInnerTexts()).toEqual(['6', '-0.7']);
    await panel.getByText(/pain 7, interference with enjoyment of life 6, with general activity 5/).waitFor();
    expect(await panel.getByRole('table').locator('tbody tr').last().locator('td').allInnerTexts()).toEqual([
      '6',
      '7 · 6 · 5',
    ]);
    expect(await seriousViolations(summary)).toEqual([]);

    for (const weeks of [1, 4]) {
      const report = await l.context.newPage();
      await report.goto(l.url(`report.html?week=${today}&weeks=${weeks}`));
      // The last row of the key figures.
      const line = report.getByRole('region', { name: 'Key figures' }).locator('.peg-report');
      await line.waitFor();
      expect(await line.locator('.peg-score').innerText()).toBe('6');
      expect(await line.innerText()).toMatch(
        /^Weekly check \(PEG\): 6 on .*; change against the check before \(.+\): -0\.7\./,
      );
      expect(await line.getByText(/In this period:/).count()).toBe(weeks === 4 ? 1 : 0);
      await report.emulateMedia({ media: 'print' });
      await report.setViewportSize({ width: 794, height: 1123 });
      await report.screenshot({ path: `${SCREENSHOTS}peg-report-${weeks}w.png`, fullPage: true });
      const pdf = await report.pdf({
        format: 'A4',
        margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' }, // the report's own @page margins
      });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      await report.close();
    }
  });

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['de', 'light'],
    ['de', 'dark'],
  ] as const)('the summary panel in %s, %s theme', async (lang, theme) => {
    ext = await launch({ timeZone: TZ, lang, colorScheme: theme });
    const l = ext;
    const today = await browserLocalDate(l);
    const at = Date.parse(`${today}T08:00:00Z`);
    await seedBuckets(l, {
      ...earlier(today),
      ...toBuckets([makePeg({ id: 'now-peg', at, pain: 7, enjoyment: 6, activity: 5 }, TZ)]),
    });
    const page = await l.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(l.url('summary.html'));
    const panel = page.getByRole('region', { name: msg(lang, 'pegPanelTitle') });
    await panel.waitFor();
    expect(await panel.locator('.stat-value').allInnerTexts()).toEqual(['6', lang === 'de' ? '-0,7' : '-0.7']);
    await panel.getByText(msg(lang, 'pegAbout')).waitFor();
    await panel.screenshot({ path: `${SCREENSHOTS}peg-panel-${lang}-${theme}.png` });
  });
});
