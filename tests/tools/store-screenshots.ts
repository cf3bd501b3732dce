/**
 * Store screenshots: every page of the built extension in headless Chromium at the stores' size
 * (1280×800), in English and German, light and dark, into .output/store-screenshots/.
 * The popup and the prompt window are shown over the weekly summary, as a user sees them.
 * Run with `npm run screenshots` (builds first).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/extension';
import { prepareTour, tour } from '../e2e/tour';
import type { Page } from 'playwright-core';
import type { Lang, Theme } from '../e2e/tour';

const OUT = fileURLToPath(new URL('../../.output/store-screenshots/', import.meta.url));
const SIZE = { width: 1280, height: 800 };
const ORDER = ['welcome', 'popup', 'prompt', 'summary', 'diary', 'diary-edit', 'diary-empty', 'options'];

/** Shows `page`'s own URL in a frame over the weekly summary: a popup under the toolbar, or a window. */
async function overSummary(
  page: Page,
  summaryUrl: string,
  frame: { width: number; height: number; right?: number; top: number },
): Promise<void> {
  const url = page.url();
  await page.goto(summaryUrl);
  await page.locator('#day-table').waitFor();
  await page.evaluate(
    ({ url, frame }) => {
      const shade = document.createElement('div');
      shade.style.cssText = 'position:fixed;inset:0;background:rgb(0 0 0 / 0.28);z-index:10';
      const f = document.createElement('iframe');
      f.src = url;
      const left =
        frame.right === undefined ? `calc(50% - ${frame.width / 2}px)` : `calc(100% - ${frame.width + frame.right}px)`;
      f.style.cssText = `position:fixed;top:${frame.top}px;left:${left};width:${frame.width}px;height:${frame.height}px;border:1px solid rgb(0 0 0 / 0.25);border-radius:10px;box-shadow:0 12px 40px rgb(0 0 0 / 0.35);z-index:11;background:Canvas`;
      document.body.append(shade, f);
    },
    { url, frame },
  );
  await page.frameLocator('iframe').locator('button').first().waitFor();
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  for (const lang of ['en', 'de'] as Lang[]) {
    for (const theme of ['light', 'dark'] as Theme[]) {
      const dir = `${OUT}${lang}/`;
      mkdirSync(dir, { recursive: true });
      const l = await launch({ colorScheme: theme, lang });
      try {
        await prepareTour(l);
        await tour(
          l,
          lang,
          async ({ name, page }) => {
            if (name === 'popup')
              await overSummary(page, l.url('summary.html'), { width: 380, height: 600, right: 24, top: 8 });
            if (name === 'prompt') await overSummary(page, l.url('summary.html'), { width: 600, height: 760, top: 20 });
            const file = `${dir}${ORDER.indexOf(name) + 1}-${name}-${theme}.png`;
            await page.screenshot({ path: file });
            console.log(file.slice(OUT.length - 'store-screenshots/'.length));
          },
          SIZE,
        );
      } finally {
        await l.close();
      }
    }
  }
}

await main();
