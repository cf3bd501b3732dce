/**
 * Several settings pages (and the welcome page) open at once in real Chromium: each writes only
 * what its user changed, onto the settings as stored at that moment, and shows what the others saved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launch, waitFor } from './extension';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

const SAVED = 'Saved. Your other browsers with sync on get these settings too.';

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function open(l: Launched, path: 'options.html' | 'welcome.html'): Promise<Page> {
  const page = await l.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(l.url(path));
  const heading = path === 'options.html' ? 'Limber settings' : 'Welcome to Limber';
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  return page;
}

const stored = (l: Launched): Promise<any> =>
  l.probe.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

/** Acts on `page` as the tab in front: background tabs get no animation frames to act on. */
async function inFront(page: Page, act: () => Promise<void>): Promise<void> {
  await page.bringToFront();
  await act();
}

describe('two settings pages open at once', () => {
  it('eye breaks turned on in one survive a snooze limit changed in the other, which shows them on', async () => {
    ext = await launch();
    const l = ext;
    const one = await open(l, 'options.html');
    const two = await open(l, 'options.html');
    const eyes = (p: Page) => p.getByRole('checkbox', { name: 'Eye break (20-20-20)' });

    await inFront(one, async () => {
      await eyes(one).check();
      await one.getByText(SAVED).waitFor();
    });
    expect(await stored(l)).toMatchObject({ eyes: { enabled: true } });

    await inFront(two, async () => {
      await two.locator('#snoozeLimit').fill('5');
      await two.getByText(SAVED).waitFor();
    });
    expect(await stored(l)).toMatchObject({ eyes: { enabled: true }, snooze: { limit: 5 } });
    expect(await eyes(two).isChecked()).toBe(true);
    // And the first page follows the second's change without a reload.
    await waitFor(
      () => one.locator('#snoozeLimit').inputValue(),
      (v) => v === '5',
      5_000,
    );
  });
});

describe('the welcome page and a settings page open at once', () => {
  it('what the welcome page saved survives a later change on a settings page opened before it', async () => {
    ext = await launch();
    const l = ext;
    const settings = await open(l, 'options.html');
    const welcome = await open(l, 'welcome.html');

    await inFront(welcome, async () => {
      await welcome.getByRole('checkbox', { name: 'Eye break' }).check();
      await welcome.getByRole('checkbox', { name: 'Saturday' }).check();
      await welcome.getByRole('button', { name: 'Start Limber' }).click();
      await welcome.getByText(/^All set\./).waitFor();
    });
    expect(await stored(l)).toMatchObject({ eyes: { enabled: true } });

    await inFront(settings, async () => {
      await settings.locator('#snoozeLimit').fill('5');
      await settings.getByText(SAVED).waitFor();
    });
    const s = await stored(l);
    expect(s).toMatchObject({ eyes: { enabled: true }, snooze: { limit: 5 } });
    expect(s.work.days).toContain(6);
    expect(await settings.getByRole('checkbox', { name: 'Eye break (20-20-20)' }).isChecked()).toBe(true);
  });

  it('the welcome page’s Start does not undo what a settings page saved after it opened', async () => {
    ext = await launch();
    const l = ext;
    const welcome = await open(l, 'welcome.html');
    const settings = await open(l, 'options.html');

    await inFront(settings, async () => {
      await settings.getByRole('checkbox', { name: 'Posture check', exact: true }).uncheck();
      await settings.getByText(SAVED).waitFor();
    });
    expect(await stored(l)).toMatchObject({ posture: { enabled: false } });

    await inFront(welcome, async () => {
      await welcome.getByRole('checkbox', { name: 'Saturday' }).check();
      await welcome.getByRole('button', { name: 'Start Limber' }).click();
      await welcome.getByText(/^All set\./).waitFor();
    });
    const s = await stored(l);
    expect(s.posture.enabled).toBe(false);
    expect(s.work.days).toContain(6);
    expect(await welcome.getByRole('checkbox', { name: 'Posture check' }).isChecked()).toBe(false);
  });
});
