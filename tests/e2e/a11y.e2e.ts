import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seedBuckets } from './extension';
import { KNOWN_WEEK, seededHistory, TZ } from './summary-fixtures';
import type { Launched } from './extension';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['popup.html', 'prompt.html', `summary.html?week=${KNOWN_WEEK}`, `report.html?week=${KNOWN_WEEK}&weeks=4`, 'options.html', 'welcome.html'];

let l: Launched;
beforeAll(async () => {
  l = await launch({ timeZone: TZ });
  await seedBuckets(l, seededHistory(await l.probe.evaluate(() => new Date().toLocaleDateString('sv'))));
  // A merged prompt waiting, so the prompt window and the popup show every part.
  await l.probe.evaluate(async () => {
    const { scheduler } = await chrome.storage.local.get('scheduler');
    const now = Date.now();
    const kinds = ['pain', 'posture', 'stretch'];
    const pending = { id: `p${now}`, kinds, open: kinds, shownAt: now, expiresAt: now + 3600_000, manual: false, postureItem: 0, snoozesLeft: { pain: 3, posture: 3, stretch: 3 } };
    await chrome.storage.local.set({ scheduler: { ...(scheduler as object), pending, wakeAt: now + 3600_000 } });
  });
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
        const axe = (globalThis as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const r = await axe.run(document);
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
