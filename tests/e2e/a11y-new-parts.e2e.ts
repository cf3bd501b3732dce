/**
 * Issue 17's new parts under axe-core, light and dark: a prompt holding the morning check, the
 * water reminder and a running breathing break, with a rating's context open; the settings page
 * with an own exercise's form open. No serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seedPrompt } from './extension';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let l: Launched;
beforeAll(async () => {
  l = await launch();
}, 60_000);
afterAll(async () => {
  await l?.close();
});

async function violations(page: Page): Promise<string[]> {
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

describe.each(['light', 'dark'] as const)('axe-core on the new parts, %s theme', (scheme) => {
  it('a prompt with the morning check, water and a running breathing break; then a rating’s context', async () => {
    await seedPrompt(l, ['pain', 'morning', 'water', 'breathing']);
    const page = await l.context.newPage();
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(l.url('prompt.html'));
      await page.getByRole('button', { name: 'Save morning check' }).waitFor();
      await page.getByRole('button', { name: 'Start 1 minute' }).click();
      await page.getByRole('status').filter({ hasText: 'Breathe in' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page
        .getByRole('group', { name: 'How much pain right now?' })
        .getByRole('button', { name: '5 of 10' })
        .click();
      await page
        .getByRole('group', { name: 'What went with it? (optional)' })
        .getByRole('button', { name: 'Medication' })
        .click();
      await page.getByLabel('Medicine (optional)').waitFor();
      expect(await violations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the settings page with an own exercise’s form open', async () => {
    const page = await l.context.newPage();
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(l.url('options.html'));
      await page.getByRole('button', { name: 'Add an exercise' }).click();
      await page.getByRole('button', { name: 'Save exercise' }).click();
      await page.getByText('Give the exercise a name.').waitFor();
      expect(await violations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
