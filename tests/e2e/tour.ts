/// <reference types="chrome" />
/**
 * Every page of Limber with real-looking data, in one language and theme: used by the screenshot
 * test (each page checked to be in the right language) and by the store-screenshot script.
 */
import { addDays } from '../../utils/core/time/local-time';
import { generateHistory, toBuckets } from '../fixtures/history';
import { browserLocalDate, fastSettings, seedBuckets, seedPrompt, setSettings } from './extension';
import { msg } from './messages';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

export type Lang = 'en' | 'de';
export type Theme = 'light' | 'dark';

/** Eight weeks of history ending today, and real intervals so "Coming up" shows real times. */
export async function prepareTour(l: Launched): Promise<void> {
  const today = await browserLocalDate(l);
  const tz = await l.probe.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await seedBuckets(
    l,
    toBuckets(generateHistory({ from: addDays(today, -56), to: addDays(today, -1), timeZone: tz, seed: 7 })),
  );
  await setSettings(
    l,
    fastSettings((s) => {
      s.posture = { enabled: true, everySec: 1800 };
      s.stretch = { enabled: true, everySec: 3600, lengthSec: 300 };
      s.pain = {
        enabled: true,
        times: [(new Date().getHours() * 60 + new Date().getMinutes() + 95) % 1440],
        afterBreak: false,
      };
      // Work hours around now, on whole hours, as a person would set them.
      const start = ((new Date().getHours() + 23) % 24) * 60;
      s.work = { days: [0, 1, 2, 3, 4, 5, 6], ranges: [{ start, end: (start + 9 * 60) % 1440 }] };
      s.snooze = { sec: 300, limit: 3 };
    }),
  );
}

export interface Shot {
  name: string;
  page: Page;
}

/**
 * Opens each page and waits until it shows its content in `lang`; calls `shoot` for each. The
 * waits are by the pages' real names in that language, so a page in the wrong language fails.
 */
export async function tour(
  l: Launched,
  lang: Lang,
  shoot: (s: Shot) => Promise<void>,
  size?: { width: number; height: number },
): Promise<void> {
  const m = (key: string, subs?: string[]) => msg(lang, key, subs);
  const open = async (path: string, viewport: { width: number; height: number }): Promise<Page> => {
    const page = await l.context.newPage();
    await page.setViewportSize(size ?? viewport);
    await page.goto(l.url(path));
    return page;
  };

  const welcome = await open('welcome.html', { width: 900, height: 1000 });
  await welcome.getByRole('heading', { name: m('welTitle'), level: 1 }).waitFor();
  await welcome.getByRole('button', { name: m('welStart') }).waitFor();
  await shoot({ name: 'welcome', page: welcome });
  await welcome.close();

  const popup = await open('popup.html', { width: 380, height: 600 });
  await popup.getByRole('button', { name: m('popupBreakNow') }).waitFor();
  await shoot({ name: 'popup', page: popup });
  await popup.close();

  // Posture item 2 in the screenshots.
  await seedPrompt(l, ['pain', 'posture', 'stretch'], 2);
  const prompt = await open('prompt.html', { width: 640, height: 1100 });
  await prompt.getByRole('button', { name: m('postureFixed') }).waitFor();
  await prompt.getByRole('button', { name: m('stretchStart') }).waitFor();
  await shoot({ name: 'prompt', page: prompt });
  await prompt.close();
  await l.probe.evaluate(async () => {
    const { scheduler } = await chrome.storage.local.get('scheduler');
    await chrome.storage.local.set({ scheduler: { ...(scheduler as object), pending: null } });
  });

  const summary = await open('summary.html', { width: 1000, height: 900 });
  await summary.getByRole('heading', { name: m('summaryTitle'), level: 1 }).waitFor();
  await summary.locator('#day-table').waitFor();
  await shoot({ name: 'summary', page: summary });
  await summary.close();

  // The diary: last week in full, one of its ratings being edited, and a week with nothing in it.
  const today = await browserLocalDate(l);
  const diary = await open(`diary.html?week=${addDays(today, -7)}`, { width: 1000, height: 1400 });
  await diary.getByRole('heading', { name: m('diaryTitle'), level: 1 }).waitFor();
  await diary.locator('li.entry').first().waitFor();
  await shoot({ name: 'diary', page: diary });
  await diary.locator('button.entry-edit').first().click();
  await diary.getByRole('button', { name: m('diarySave') }).waitFor();
  await shoot({ name: 'diary-edit', page: diary });
  await diary.goto(l.url(`diary.html?week=${addDays(today, -200)}`));
  await diary.getByRole('heading', { name: m('diaryEmptyTitle') }).waitFor();
  await shoot({ name: 'diary-empty', page: diary });
  await diary.close();

  const options = await open('options.html', { width: 900, height: 1000 });
  await options.getByRole('heading', { name: m('optTitle'), level: 1 }).waitFor();
  await shoot({ name: 'options', page: options });
  await options.close();
}
