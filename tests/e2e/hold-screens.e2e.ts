/// <reference types="chrome" />
/**
 * The popup while prompts are held (a fullscreen window, two waiting), in a meeting, and paused
 * "until I resume", and the settings' "Hold prompts" group: in English and German, light and dark.
 * Each state is written into storage as the scheduler would keep it, after the popup is open (the
 * popup follows the stored state); the status texts are checked, then the page is photographed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launch, SCREENSHOTS } from './extension';
import { msg } from './messages';
import { prepareTour } from './tour';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

const MIN = 60_000;

/** Writes `patch` over the stored scheduler state, with the wake-up far away so no step runs meanwhile. */
async function placeState(l: Launched, patch: (now: number) => Record<string, unknown>): Promise<void> {
  const now = Date.now();
  await l.probe.evaluate(
    async ({ patch, now }) => {
      const { scheduler } = await chrome.storage.local.get('scheduler');
      const base = {
        ...(scheduler as object),
        pending: null,
        pause: null,
        meeting: null,
        held: null,
        busy: { fullscreen: false, audible: false },
        wakeAt: now + 3600_000,
      };
      await chrome.storage.local.set({ scheduler: { ...base, ...patch } });
    },
    { patch: patch(now), now },
  );
}

/** Tomorrow at 08:00 in the browser's own zone. */
const tomorrowAtEight = (l: Launched): Promise<number> =>
  l.probe.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 1);
    d.setHours(8, 0, 0, 0);
    return d.getTime();
  });

/** A message as a pattern, its placeholders standing for any text. */
function pattern(lang: 'en' | 'de', key: string, count: number): RegExp {
  const marks = Array.from({ length: count }, (_, i) => `@@${i}@@`);
  const text = msg(lang, key, marks).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${text.replace(/@@\d@@/g, '.+')}$`);
}

async function statusText(page: Page, lang: 'en' | 'de'): Promise<string> {
  const card = page.getByRole('region', { name: msg(lang, 'popupNextUp') });
  return ((await card.getByRole('status').textContent()) ?? '').trim();
}

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['de', 'light'],
  ['de', 'dark'],
] as const)('holds and pauses on screen, %s, %s theme', (lang, theme) => {
  it('popup holding, in a meeting, paused until resumed; the settings group', async () => {
    ext = await launch({ colorScheme: theme, lang });
    const l = ext;
    await prepareTour(l);
    const m = (key: string, subs?: string[]) => msg(lang, key, subs);
    const and = lang === 'en' ? ' and ' : ' und ';
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: `${SCREENSHOTS}hold-${name}-${lang}-${theme}.png`, fullPage: true });

    const popup = await l.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(l.url('popup.html'));
    await popup.getByRole('button', { name: m('popupBreakNow') }).waitFor();

    // A window in fullscreen, a posture check and a stretch break fell due under it.
    await placeState(l, (now) => ({
      busy: { fullscreen: true, audible: false },
      held: { since: now - 4 * MIN, reasons: ['fullscreen'], kinds: ['posture', 'stretch'] },
    }));
    const kinds = `${m('kindposture')}${and}${m('kindstretch')}`;
    await expect.poll(() => statusText(popup, lang)).toBe(m('popupHoldFullscreen') + m('popupHeldMany', ['2', kinds]));
    await expect.poll(() => popup.getByText(m('popupHeldWhen'), { exact: true }).count()).toBe(2);
    await shot(popup, 'fullscreen');

    // "I'm in a meeting" for 60 minutes, a posture check waiting.
    await placeState(l, (now) => ({
      meeting: { since: now, until: now + 60 * MIN, open: false },
      held: { since: now, reasons: ['meeting'], kinds: ['posture'] },
    }));
    await expect.poll(() => statusText(popup, lang)).toMatch(/\S/);
    const meeting = await statusText(popup, lang);
    const heldOne = m('popupHeldOne', [m('kindposture')]);
    expect(meeting.endsWith(heldOne)).toBe(true);
    expect(meeting.slice(0, -heldOne.length)).toMatch(pattern(lang, 'popupMeetingUntil', 1));
    await popup.getByRole('button', { name: m('popupMeetingEnd') }).waitFor();
    expect(await popup.getByRole('region', { name: m('popupMeeting') }).count()).toBe(0);
    await shot(popup, 'meeting');

    // Paused "until I resume": at the latest tomorrow at the start of work.
    const until = await tomorrowAtEight(l);
    await placeState(l, (now) => ({ pause: { since: now, until, resume: true } }));
    await expect.poll(() => statusText(popup, lang)).toMatch(pattern(lang, 'popupPausedResume', 1));
    expect(await statusText(popup, lang)).toContain(m('popupTomorrowAt', ['']).trim());
    await popup.getByRole('button', { name: m('resume'), exact: true }).waitFor();
    await shot(popup, 'paused');
    await popup.close();

    // The settings group, on its own.
    const options = await l.context.newPage();
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.goto(l.url('options.html#hold'));
    const group = options.getByRole('region', { name: m('optHold') });
    await group.waitFor();
    expect(await group.getByRole('checkbox', { name: m('optHoldFullscreen') }).isChecked()).toBe(true);
    expect(await group.getByRole('checkbox', { name: m('optHoldAudible') }).isChecked()).toBe(true);
    await group.getByText(m('optHoldHint')).waitFor();
    await group.screenshot({ path: `${SCREENSHOTS}hold-settings-${lang}-${theme}.png` });
    await options.close();
  });
});
