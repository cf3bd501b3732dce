import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seedBuckets, seedPrompt } from './extension';
import { KNOWN_WEEK, seededHistory, TZ } from './summary-fixtures';
import type { Launched } from './extension';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = [
  'popup.html',
  'prompt.html',
  `summary.html?week=${KNOWN_WEEK}`,
  `report.html?week=${KNOWN_WEEK}&weeks=4`,
  `diary.html?week=${KNOWN_WEEK}`,
  'help.html',
  'options.html',
  'welcome.html',
];

let l: Launched;
beforeAll(async () => {
  l = await launch({ timeZone: TZ });
  await seedBuckets(l, seededHistory(await l.probe.evaluate(() => new Date().toLocaleDateString('sv'))));
  // A merged prompt waiting, so the prompt window and the popup show every part.
  await seedPrompt(l, ['pain', 'posture', 'stretch'], 2);
}, 120_000);
afterAll(async () => {
  await l?.close();
});

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (scheme) => {
  it.each(PAGES)('%s has no serious or critical violation', async (path) => {
    const page = await l.context.newPage();
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(l.url(path));
      await page.waitForLoadState('load');
      await page.locator('button').first().waitFor();
      await page.waitForTimeout(400);
      // Evaluated through DevTools, which the page's CSP (rightly) does not let a script tag do.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run(
                d: Document,
              ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const r = await axe.run(document);
        return r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('targets and motion', () => {
  it.each([
    ['popup.html', 380],
    ['prompt.html', 640],
    ['welcome.html', 900],
  ] as const)('the rating buttons on %s are at least 44×44 px', async (path, width) => {
    const page = await l.context.newPage();
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(l.url(path));
      const groups = page.getByRole('group', { name: 'How much pain right now?' });
      // A prompt waits (see beforeAll): in the popup its scale is the only one, once it has loaded.
      if (path === 'popup.html')
        await page.getByRole('region', { name: 'A check-in is waiting for you.' }).locator(groups).waitFor();
      await expect.poll(() => groups.count()).toBe(1);
      const buttons = groups.getByRole('button');
      await expect.poll(() => buttons.count()).toBe(11);
      for (const box of await Promise.all((await buttons.all()).map((b) => b.boundingBox()))) {
        expect(box!.width).toBeGreaterThanOrEqual(44);
        expect(box!.height).toBeGreaterThanOrEqual(44);
      }
    } finally {
      await page.close();
    }
  });

  /** Every running animation and every element with a transition, while a stretch counts down. */
  async function motion(
    reducedMotion: 'reduce' | 'no-preference',
  ): Promise<{ animations: number; transitions: string[] }> {
    const page = await l.context.newPage();
    try {
      await page.emulateMedia({ reducedMotion });
      await page.goto(l.url('prompt.html'));
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('timer').waitFor();
      return await page.evaluate(() => ({
        animations: document.getAnimations().length,
        transitions: [...document.querySelectorAll('*'), document.documentElement]
          .filter((el) =>
            getComputedStyle(el)
              .transitionDuration.split(',')
              .some((d) => parseFloat(d) > 0),
          )
          .map((el) => el.className || el.tagName),
      }));
    } finally {
      await page.close();
    }
  }

  it('with reduced motion nothing moves, while the stretch countdown runs', async () => {
    // Without the preference buttons do ease (so this check can see motion when there is some).
    expect((await motion('no-preference')).transitions.length).toBeGreaterThan(0);
    expect(await motion('reduce')).toEqual({ animations: 0, transitions: [] });
  });
});
