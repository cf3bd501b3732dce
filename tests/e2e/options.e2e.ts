import { afterEach, describe, expect, it } from 'vitest';
import { isPromptUrl, launch, promptPage, schedulerState, SCREENSHOTS, waitFor } from './extension';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const OUT = SCREENSHOTS;

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
    await page.screenshot({ path: `${OUT}options-dark-top.png` });
    await page.locator('#stretches').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}options-dark-lower.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    const length = page.locator('#stretchLengthMin');
    await length.fill('90');
    await page.getByText('A break must be shorter than the time between breaks.').waitFor();
    expect(await length.getAttribute('aria-invalid')).toBe('true');
    await page.getByText(/Not saved: 1 field/).waitFor();
    await page.locator('#prompts').screenshot({ path: `${OUT}options-validation-error.png` });
  });
});

describe('deleting all data from the options page', () => {
  it('shows the defaults afterwards, and a later change does not write the deleted settings back', async () => {
    ext = await launch();
    const l = ext;
    const sync = (): Promise<any> => l.probe.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
    const page = await openOptions(l);
    const saved = page.getByText('Saved. Your other browsers with sync on get these settings too.');
    const eyes = page.getByRole('checkbox', { name: 'Eye break (20-20-20)' });
    await eyes.check();
    await saved.waitFor();
    expect(await sync()).toMatchObject({ eyes: { enabled: true } });

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
    await page.getByText('Everything was deleted. Limber starts afresh with its default settings.').waitFor();
    expect(await sync()).toBeUndefined();
    expect(await eyes.isChecked()).toBe(false);
    expect(await saved.count()).toBe(0);

    await page.locator('#postureMin').fill('45');
    await saved.waitFor();
    expect(await sync()).toMatchObject({ eyes: { enabled: false }, posture: { everySec: 2700 } });
    const local = await l.probe.evaluate(() => chrome.storage.local.get('settingsLocal'));
    expect(local).toEqual({});
  });
});

describe('settings reach the running schedule', () => {
  it('a new posture interval and work hours move the popup’s next times, and the prompt comes on the new schedule', async () => {
    ext = await launch();
    const l = ext;
    const popupNext = async (): Promise<string> => {
      await l.probe.reload();
      const row = l.probe
        .getByRole('region', { name: 'Coming up' })
        .getByRole('listitem')
        .filter({ hasText: 'Posture check' });
      return row.innerText();
    };
    const before = await popupNext();

    const page = await openOptions(l);
    const minute = await page.evaluate(() => new Date().getHours() * 60 + new Date().getMinutes());
    const hhmm = (m: number) =>
      `${String(Math.floor(((m + 1440) % 1440) / 60)).padStart(2, '0')}:${String((m + 1440) % 60).padStart(2, '0')}`;
    await page.getByRole('checkbox', { name: 'Pain rating', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Stretch break', exact: true }).uncheck();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await page.getByRole('group', { name: 'Work days' }).getByRole('checkbox', { name: day }).check();
    }
    await page.getByLabel('Range 1 starts').fill(hhmm(minute - 60));
    await page.getByLabel('Range 1 ends').fill(hhmm(minute + 180));
    await page.locator('#postureMin').fill('1');
    await page.getByText('Saved. Your other browsers with sync on get these settings too.').waitFor();

    const after = await waitFor(popupNext, (text) => text !== before && /in 1 minute/.test(text), 10_000);
    expect(after).toMatch(/^Posture check\s+.+\(in 1 minute\)$/);
    expect((await schedulerState(l)).wakeAt).toBeGreaterThan(Date.now());
    const prompt = await promptPage(l, 90_000);
    await prompt.getByRole('button', { name: 'Fixed it' }).waitFor();
    const state = await schedulerState(l);
    expect(state.pending.kinds).toEqual(['posture']);
    expect(state.pending.shownAt - state.workStart).toBeLessThan(24 * 3600_000);
  }, 150_000);

  it('notification delivery puts up a system notification instead of the window', async () => {
    ext = await launch();
    const l = ext;
    const page = await openOptions(l);
    await page.getByRole('radio', { name: /A system notification/ }).check();
    await page.getByText('Saved. Your other browsers with sync on get these settings too.').waitFor();
    const popup = await l.context.newPage();
    await popup.goto(l.url('popup.html'));
    await popup.getByRole('button', { name: 'Take a break now' }).click();
    const notes = await waitFor(
      () => l.probe.evaluate(() => chrome.notifications.getAll()),
      (n) => Object.keys(n).length > 0,
    );
    expect(Object.keys(notes)[0]).toMatch(/^limber-p\d+$/);
    expect(l.context.pages().some((p) => isPromptUrl(p.url()))).toBe(false);
  });
});

describe('keyboard shortcuts, with real key presses on a virtual display', () => {
  it('Alt+Shift+Y opens the rating prompt; a click stores a manual rating', async () => {
    const { startDisplay } = await import('./display');
    const display = await startDisplay();
    try {
      ext = await launch({ display: display.name });
      const l = ext;
      const page = await l.context.newPage();
      await page.goto('about:blank');
      await page.bringToFront();
      await new Promise((r) => setTimeout(r, 1000));
      const opened = promptPage(l, 15_000);
      display.key('alt+shift+y');
      const prompt = await opened;
      await prompt.getByText('How much pain right now?').waitFor();
      await prompt.getByRole('button', { name: '4 of 10' }).click();
      const { storedRecords } = await import('./extension');
      const [r] = await waitFor(
        () => storedRecords(l),
        (rs) => rs.length === 1,
      );
      expect(r).toMatchObject({ type: 'rating', score: 4, source: 'manual' });
    } finally {
      await ext?.close();
      ext = undefined;
      display.stop();
    }
  });
});
