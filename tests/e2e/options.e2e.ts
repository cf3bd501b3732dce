import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { launch, promptPage, schedulerState, setSettings, waitFor } from './extension';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const OUT = new URL('../../.test-results/screenshots/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function openOptions(l: Launched): Promise<Page> {
  const page = await l.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(l.url('options.html'));
  await page.getByRole('heading', { name: 'Limber settings', level: 1 }).waitFor();
  return page;
}

describe('options page in real Chromium', () => {
  it('looks right in light and dark, and shows a validation error at its field', async () => {
    ext = await launch();
    const page = await openOptions(ext);
    await page.screenshot({ path: `${OUT}options-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${OUT}options-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    const length = page.locator('#stretchLengthMin');
    await length.fill('90');
    await page.getByText('A break must be shorter than the time between breaks.').waitFor();
    expect(await length.getAttribute('aria-invalid')).toBe('true');
    await page.getByText(/Not saved: 1 field/).waitFor();
    await page.locator('#prompts').screenshot({ path: `${OUT}options-validation-error.png` });
  });
});
