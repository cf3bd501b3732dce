/// <reference types="chrome" />
import { afterEach, describe, expect, it } from 'vitest';
import { launch, SCREENSHOTS, seedPrompt } from './extension';
import { prepareTour, tour } from './tour';
import type { Launched } from './extension';

const OUT = SCREENSHOTS;

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

const PROMPTS: string[][] = [['pain'], ['posture'], ['stretch'], ['pain', 'posture', 'stretch']];

describe.each(['light', 'dark'] as const)('screenshots, %s theme', (theme) => {
  it('renders every prompt kind and the popup', async () => {
    ext = await launch({ colorScheme: theme });
    const l = ext;
    // Real intervals, so the popup's "Coming up" shows real times.
    await prepareTour(l);
    const popup = await l.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(l.url('popup.html'));
    await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
    await popup.screenshot({ path: `${OUT}popup-${theme}.png`, fullPage: true });
    // Two high ratings in a row: the popup offers flare mode.
    for (const score of ['8 of 10', '9 of 10']) {
      await popup.getByRole('button', { name: score }).click();
      await popup.getByText(`Saved: ${score.split(' ')[0]} at`).waitFor();
    }
    await popup.getByRole('button', { name: 'Flare mode for today' }).click();
    await popup.getByText(/Flare mode is on for today/).waitFor();
    await popup.screenshot({ path: `${OUT}popup-flare-${theme}.png`, fullPage: true });
    await popup.close();
    for (const kinds of PROMPTS) {
      // Put a waiting prompt in place, as the scheduler would, then open the prompt window's page.
      await seedPrompt(l, kinds, 2);
      const page = await l.context.newPage();
      await page.setViewportSize({ width: 640, height: kinds.length > 1 ? 1100 : 720 });
      await page.goto(l.url('prompt.html'));
      await page.getByRole('button', { name: /^Snooze/ }).waitFor();
      if (kinds.includes('pain'))
        await expect
          .poll(() => page.getByRole('group', { name: 'How much pain right now?' }).getByRole('button').count())
          .toBe(11);
      if (kinds.includes('posture')) await page.getByRole('button', { name: 'Fixed it' }).waitFor();
      if (kinds.includes('stretch')) await page.getByRole('button', { name: 'Start' }).waitFor();
      await page.screenshot({ path: `${OUT}prompt-${kinds.join('+')}-${theme}.png`, fullPage: true });
      await page.close();
    }
  });
});

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['de', 'light'],
  ['de', 'dark'],
] as const)('every page in %s, %s theme', (lang, theme) => {
  it('welcome, popup, prompt, summary, diary and settings are shown in that language', async () => {
    ext = await launch({ colorScheme: theme, lang });
    await prepareTour(ext);
    const names: string[] = [];
    await tour(ext, lang, async ({ name, page }) => {
      // The page's language is the text's: screen readers pick their voice from it.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.screenshot({ path: `${OUT}page-${name}-${lang}-${theme}.png`, fullPage: true });
      names.push(name);
    });
    expect(names).toEqual(['welcome', 'popup', 'prompt', 'summary', 'diary', 'diary-edit', 'diary-empty', 'options']);
  });
});
