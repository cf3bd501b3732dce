/// <reference types="chrome" />
/**
 * The whole journey by keyboard alone, in real Chromium: install → welcome page → first prompt →
 * rate → snooze → weekly summary → change a setting. Every control reached by Tab shows a visible
 * focus ring; no mouse event is sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { browserMinuteOfDay, fastSettings, launch, promptPage, setSettings, storedRecords, waitFor } from './extension';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

interface Focused {
  tag: string;
  id: string;
  name: string;
  role: string | null;
  /** Draws an outline of at least 2 px while focused (what the user sees). */
  ring: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', id: '', name: '', role: null, ring: false };
    const byIds = el
      .getAttribute('aria-labelledby')
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    const name = (el.getAttribute('aria-label') ?? byIds ?? label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { tag: el.tagName.toLowerCase(), id: el.id, name, role: el.getAttribute('role'), ring };
  });
}

/** Presses Tab until the control named `name` (or with `id`) has focus; every stop must show it. */
async function tabTo(page: Page, want: { name?: string; id?: string }, max = 150): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f.name || f.id || f.tag);
    if (f.tag !== 'body' && !f.ring) throw new Error(`no visible focus on ${f.tag} "${f.name}"`);
    if ((want.name !== undefined && f.name === want.name) || (want.id !== undefined && f.id === want.id)) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(want)}; went through: ${seen.join(' | ')}`);
}

async function storedSettings(l: Launched): Promise<any> {
  return l.probe.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
}

describe('keyboard only, in real Chromium', () => {
  it('install → welcome → first prompt → rate → snooze → summary → change a setting', async () => {
    ext = await launch();
    const l = ext;

    // Install: the welcome page opens by itself.
    const welcome = await waitFor(
      async () => l.context.pages().find((p) => p.url().endsWith('/welcome.html')),
      (p) => p !== undefined,
    );
    await welcome!.getByRole('heading', { name: 'Welcome to Limber' }).waitFor();
    await welcome!.bringToFront();
    // Turn eye breaks on, give a baseline rating of 3, start.
    await tabTo(welcome!, { name: 'Eye break' });
    await welcome!.keyboard.press('Space');
    await tabTo(welcome!, { name: '3 of 10' });
    await welcome!.keyboard.press('Enter');
    await welcome!.getByText(/^Saved: 3 at/).waitFor();
    await tabTo(welcome!, { name: 'Start Limber' });
    await welcome!.keyboard.press('Enter');
    await welcome!.getByText(/^All set\./).waitFor();
    expect((await storedSettings(l)).eyes.enabled).toBe(true);
    expect(await storedRecords(l)).toEqual([expect.objectContaining({ type: 'rating', score: 3, source: 'manual' })]);

    // The first prompt (a pain time "now"): focus is on the question and its answers; a key rates.
    const minute = await browserMinuteOfDay(l);
    await setSettings(
      l,
      fastSettings((s) => (s.pain = { enabled: true, times: [minute], afterBreak: false })),
    );
    const prompt = await promptPage(l);
    await prompt.getByText('How much pain right now?').waitFor();
    await expect.poll(async () => (await focused(prompt)).role).toBe('group');
    expect(await focused(prompt)).toMatchObject({ name: 'How much pain right now?' });
    await prompt.keyboard.press('6');
    await waitFor(
      () => storedRecords(l),
      (rs) => rs.some((r) => r.type === 'rating' && r.source === 'prompt' && r.score === 6),
    );

    // A stretch break arrives in the same window: focus moves to it; Tab to snooze, Enter.
    await setSettings(
      l,
      fastSettings((s) => (s.stretch = { enabled: true, everySec: 3, lengthSec: 60 })),
    );
    const stretch = await promptPage(l);
    await stretch.getByRole('button', { name: 'Start' }).waitFor();
    await expect.poll(async () => (await focused(stretch)).name).toBe('Stretch break');
    await tabTo(stretch, { name: 'Snooze 5 s' });
    await stretch.keyboard.press('Enter');
    await waitFor(
      () => storedRecords(l),
      (rs) => rs.some((r) => r.kind === 'stretch' && r.outcome === 'snoozed'),
    );

    // The popup (its toolbar button is the browser's): Tab to the weekly summary, Enter.
    // Settings the settings page accepts as they are (the fast ones above use seconds).
    await setSettings(
      l,
      fastSettings((s) => {
        s.work.ranges = [{ start: 0, end: 23 * 60 + 59 }];
        s.snooze = { sec: 300, limit: 3 };
      }),
    );
    const popup = await l.context.newPage();
    await popup.goto(l.url('popup.html'));
    await popup.getByRole('button', { name: 'Take a break now' }).waitFor();
    await tabTo(popup, { name: 'Weekly summary' });
    const summaryOpened = l.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/summary.html') });
    // The popup closes itself as the summary opens, which may end the key press early.
    await popup.keyboard.press('Enter').catch((e: Error) => {
      if (!popup.isClosed()) throw e;
    });
    const summary = await summaryOpened;
    await summary.getByRole('heading', { name: 'Your week', level: 1 }).waitFor();
    // Today's two ratings, 3 and 6: the week's average is 4.5.
    await expect.poll(() => summary.locator('.overview .stat-value').first().innerText()).toBe('4.5');

    // From the summary to the settings; turn posture checks on and set their interval by typing.
    await tabTo(summary, { name: 'Settings' });
    const optionsOpened = l.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') });
    await summary.keyboard.press('Enter');
    const options = await optionsOpened;
    await options.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await tabTo(options, { name: 'Posture check' });
    await options.keyboard.press('Space');
    await tabTo(options, { id: 'postureMin' });
    await options.keyboard.press('ControlOrMeta+a');
    await options.keyboard.type('20');
    await options.getByText(/^Saved/).waitFor();
    await expect.poll(async () => (await storedSettings(l)).posture).toEqual({ enabled: true, everySec: 20 * 60 });
  });
});
