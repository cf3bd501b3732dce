/**
 * A score given by keyboard leaves focus on its button, in real Chromium: while it is being saved
 * the scale takes no other answer, but stays focusable (a disabled button loses focus to the page,
 * and a keyboard or screen-reader user their place).
 */
import { describe, expect, it } from 'vitest';
import { launch, seedPrompt, storedRecords, waitFor } from './extension';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const focusedName = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? null);

/** Focuses "`score` of 10", presses Enter, and checks focus there once the page says it is saved. */
async function rateByKeyboard(l: Launched, page: Page, score: number): Promise<void> {
  const name = `${score} of 10`;
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(new RegExp(`^Saved: ${score} at`)).waitFor();
  await waitFor(
    () => storedRecords(l),
    (rs) => rs.some((r) => r.type === 'rating' && r.score === score),
  );
  expect(await focusedName(page)).toBe(name);
  // The place is kept: Tab goes on to the next score.
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe(`${score + 1} of 10`);
}

describe('a score given by keyboard keeps focus on its button (real Chromium)', () => {
  it('in the popup, the welcome page and the prompt window', async () => {
    const l = await launch();
    try {
      const popup = await l.context.newPage();
      await popup.goto(l.url('popup.html'));
      // The whole popup, not only its first script.
      await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
      await rateByKeyboard(l, popup, 3);

      const welcome = await l.context.newPage();
      await welcome.goto(l.url('welcome.html'));
      await welcome.getByRole('heading', { name: 'Welcome to Limber' }).waitFor();
      await rateByKeyboard(l, welcome, 5);

      await seedPrompt(l, ['pain', 'posture']);
      const prompt = await l.context.newPage();
      await prompt.goto(l.url('prompt.html'));
      await prompt.getByRole('button', { name: 'Skip' }).waitFor();
      await rateByKeyboard(l, prompt, 4);
    } finally {
      await l.close();
    }
  }, 60_000);
});
