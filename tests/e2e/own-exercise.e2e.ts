/**
 * An exercise the user added in real Chromium: added on the settings page, it comes first in the
 * next stretch break for its region (neck, rated recently), with its own words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { browserLocalDate, currentSettings, launch, promptPage, setSettings } from './extension';
import type { Launched } from './extension';

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('own exercises in real Chromium', () => {
  it('an exercise added on the settings page appears in a stretch break for its region', async () => {
    ext = await launch();
    const l = ext;
    const options = await l.context.newPage();
    await options.goto(l.url('options.html'));
    const group = options.getByRole('region', { name: 'Your own exercises' });
    await group.getByRole('button', { name: 'Add an exercise' }).click();
    const form = group.getByRole('form');
    await form.getByLabel('Name').fill('Physio chin nods');
    await form.getByLabel('How to do it (optional)').fill('Nod slowly, ten times, as shown.');
    await form.getByRole('checkbox', { name: 'Neck' }).check();
    await form.getByLabel('Hold for').fill('20');
    await form.getByRole('button', { name: 'Save exercise' }).click();
    await group.getByText('Saved “Physio chin nods”.').waitFor();

    // A recent rating of the neck, as the popup would store it, and a break due in 3 s.
    const today = await browserLocalDate(l);
    await l.probe.evaluate(async (date) => {
      const at = Date.now() - 60_000;
      const rating = {
        v: 2,
        id: 'neck-rating',
        at,
        tz: -new Date(at).getTimezoneOffset(),
        date,
        type: 'rating',
        source: 'manual',
        score: 7,
        regions: ['neck'],
      };
      await chrome.storage.local.set({ [`rec:${date}`]: { v: 1, records: [rating] } });
    }, today);
    await setSettings(
      l,
      currentSettings((s) => (s.stretch = { enabled: true, everySec: 3, lengthSec: 120 })),
    );
    const prompt = await promptPage(l);
    const list = prompt.locator('.stretch-list');
    await list.getByText('Physio chin nods').waitFor();
    const items = await list.locator('li strong').allTextContents();
    expect(items[0]).toBe('Physio chin nods');
    expect(await list.locator('li').first().textContent()).toContain('for: Neck');
    expect(await prompt.getByText('Nod slowly, ten times, as shown.').isVisible()).toBe(true);
  });
});
