/// <reference types="chrome" />
/**
 * Issue 14, part 2, in real Chromium: a rating of 10 in the popup and in the prompt window shows
 * the warning signs at once (on screen by the time "Saved" is), in both tiers, in English and
 * German, light and dark; focus stays on the scale; "When to seek help" opens its page; axe finds
 * no serious problem with the notice open. Screenshots go to .test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { browserMinuteOfDay, fastSettings, launch, promptPage, SCREENSHOTS, setSettings } from './extension';
import { msg } from './messages';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** Serious or critical axe findings on the page as it is now. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(d: Document): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document);
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['de', 'light'],
  ['de', 'dark'],
] as const)('the warning signs after a 10, %s, %s', (lang, theme) => {
  const m = (key: string, subs?: string[]) => msg(lang, key, subs);
  const ten = () => m('scoreButtonLabel', ['10']);

  /** The notice is on screen with both tiers, each with its signs (five urgent, six soon), and the scale kept focus. */
  async function expectNotice(page: Page, where: string): Promise<void> {
    const region = page.getByRole('region', { name: m('safetyNoticeTitle', ['10']) });
    // At once: in the same render as the saved line, so no waiting here.
    expect(await region.isVisible(), where).toBe(true);
    for (const [tier, signs] of [
      ['safetyUrgentTitle', 5],
      ['safetySoonTitle', 6],
    ] as const) {
      expect(await region.getByRole('heading', { name: m(tier) }).isVisible(), `${where} ${tier}`).toBe(true);
      expect(
        await region
          .getByRole('list', { name: m(tier) })
          .getByRole('listitem')
          .count(),
      ).toBe(signs);
    }
    expect(await region.getByText(m('safetyUrgentBladder')).isVisible()).toBe(true);
    expect(await page.getByText(m('safetyAnnounce', ['10'])).count()).toBe(1);
    // Focus is not taken: it is not in the notice, and Tab goes on from the scale to the Undo. (The
    // scale is disabled while the rating is sent, which drops focus to the page in Chromium; its
    // place in the tab order stays, as this shows.)
    expect(await page.evaluate(() => !document.activeElement?.closest('.safety-notice'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(
      m('undoLabel', ['10']),
    );
  }

  it('popup and prompt window', async () => {
    ext = await launch({ colorScheme: theme, lang });
    const l = ext;

    const popup = await l.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(l.url('popup.html'));
    const button = popup.getByRole('button', { name: ten() }).first();
    await button.focus();
    await button.press('Enter');
    await popup.getByText(new RegExp(`^${m('ratingSaved', ['10', '.+'])}$`)).waitFor();
    await expectNotice(popup, 'popup');
    await popup.screenshot({ path: `${SCREENSHOTS}safety-popup-${lang}-${theme}.png`, fullPage: true });
    await popup
      .getByRole('region', { name: m('safetyNoticeTitle', ['10']) })
      .screenshot({ path: `${SCREENSHOTS}safety-notice-${lang}-${theme}.png` });
    if (theme === 'light') expect(await axeProblems(popup)).toEqual([]);

    // "When to seek help" from the notice opens the page, in the same language.
    const [help] = await Promise.all([
      l.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/help.html') }),
      popup
        .getByRole('region', { name: m('safetyNoticeTitle', ['10']) })
        .getByRole('button', { name: m('helpTitle') })
        .click(),
    ]);
    await help.setViewportSize({ width: 900, height: 1000 });
    await help.getByRole('heading', { name: m('helpTitle'), level: 1 }).waitFor();
    expect(
      await help
        .getByRole('list', { name: m('safetyUrgentTitle') })
        .getByRole('listitem')
        .count(),
    ).toBe(5);
    await help.screenshot({ path: `${SCREENSHOTS}safety-help-${lang}-${theme}.png`, fullPage: true });
    if (theme === 'light') expect(await axeProblems(help)).toEqual([]);
    await help.close();
    // Hide: gone, and focus is back on the 10.
    await popup.getByRole('button', { name: m('safetyHide') }).press('Enter');
    expect(await popup.getByRole('region', { name: m('safetyNoticeTitle', ['10']) }).count()).toBe(0);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(ten());
    await popup.close();

    // The prompt window: a pain time now, answered with 10.
    const minute = await browserMinuteOfDay(l);
    await setSettings(
      l,
      fastSettings((s) => {
        s.pain = { enabled: true, times: [minute], afterBreak: false };
      }),
    );
    const prompt = await promptPage(l);
    await prompt.setViewportSize({ width: 640, height: 720 });
    const answer = prompt.getByRole('button', { name: ten() });
    await answer.waitFor();
    await answer.focus();
    await answer.press('Enter');
    await prompt.getByText(new RegExp(`^${m('ratingSaved', ['10', '.+'])}$`)).waitFor();
    await expectNotice(prompt, 'prompt');
    await prompt.screenshot({ path: `${SCREENSHOTS}safety-prompt-${lang}-${theme}.png`, fullPage: true });
    if (theme === 'light') expect(await axeProblems(prompt)).toEqual([]);
  }, 90_000);
});
