/**
 * Issue 12's chaos test: for a minute the service worker is stopped every 50–500 ms while two
 * pages rate and the prompts that fall due are answered. Every rating a page confirmed is stored
 * once, no record is doubled, no waiting prompt stays without a window once the worker is back,
 * and the wake-up alarm is armed at the end.
 */
import { describe, expect, it } from 'vitest';
import {
  fastSettings,
  isPromptUrl,
  launch,
  promptPage,
  schedulerState,
  setSettings,
  storedRecords,
  waitFor,
} from './extension';
import type { Page } from 'playwright-core';

const CHAOS_MS = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Rates in a popup page until `stop` says so, each rating confirmed ("Saved") before the next; a
 * rating the page reports as failed is clicked again (the same intention) until it is confirmed.
 * Returns how many ratings the page confirmed and how many failures it showed on the way.
 */
function rateUntilStopped(
  page: Page,
  offset: number,
  untilMs: number,
): Promise<{ confirmed: number; failures: number }> {
  return page.evaluate(
    async ({ offset, untilMs }) => {
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      // Taking no answer while one is saved (aria-disabled: the button keeps focus).
      const busy = (b: HTMLButtonElement) => b.disabled || b.getAttribute('aria-disabled') === 'true';
      const card = document.getElementById('popup-q')!.closest('section')!;
      const status = card.querySelector('[role="status"]')!;
      let confirmed = 0;
      let failures = 0;
      for (let i = 0; Date.now() < untilMs; i++) {
        const score = (offset + i) % 10;
        const button = [...card.querySelectorAll('button')].find(
          (b) => b.getAttribute('aria-label') === `${score} of 10`,
        )!;
        const before = status.textContent;
        for (let attempt = 0; ; attempt++) {
          while (busy(button)) await sleep(2);
          button.click();
          await sleep(5);
          while (busy(button)) await sleep(2);
          if (status.textContent?.startsWith(`Saved: ${score} at`) && status.textContent !== before) break;
          if (document.querySelector('[role="alert"]')) failures++;
          if (attempt > 50) throw new Error(`page ${offset}: rating ${i} never confirmed`);
          await sleep(50);
        }
        confirmed++;
      }
      return { confirmed, failures };
    },
    { offset, untilMs },
  );
}

describe('chaos in real Chromium', () => {
  it('a minute of the worker stopped every 50–500 ms while two pages rate and prompts are answered', async () => {
    const l = await launch();
    try {
      // A posture check every 4 s of activity (no pain prompts: the popups' scale stays the only one).
      await setSettings(
        l,
        fastSettings((s) => {
          s.posture = { enabled: true, everySec: 4 };
          s.prompt = { expireSec: 600, mergeSec: 2 };
        }),
      );
      const raters = await Promise.all([0, 1].map(() => l.context.newPage()));
      await Promise.all(raters.map((p) => p.goto(l.url('popup.html'))));
      await Promise.all(raters.map((p) => p.getByRole('button', { name: '4 of 10' }).first().waitFor()));
      // The whole popup, not only its first script: the "Saved" line each rating is confirmed by.
      await Promise.all(
        raters.map((p) =>
          p.waitForFunction(() =>
            document.getElementById('popup-q')?.closest('section')?.querySelector('[role="status"]'),
          ),
        ),
      );
      const cdp = await l.context.newCDPSession(l.probe);
      await cdp.send('ServiceWorker.enable');

      const end = Date.now() + CHAOS_MS;
      const rating = Promise.all(raters.map((p, i) => rateUntilStopped(p, i * 5, end)));

      let stops = 0;
      const stopping = (async () => {
        while (Date.now() < end) {
          await sleep(50 + Math.random() * 450);
          await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
          stops++;
        }
      })();

      let answered = 0;
      const answering = (async () => {
        while (Date.now() < end) {
          await sleep(250);
          for (const page of l.context.pages().filter((p) => isPromptUrl(p.url()) && !p.isClosed())) {
            const clicked = await page
              .evaluate(() => {
                const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Already good');
                if (!b || b.disabled) return false;
                b.click();
                return true;
              })
              .catch(() => false);
            if (clicked) answered++;
          }
        }
      })();

      // Throughout: how long a prompt waited with no window to show it (the worker comes back
      // within milliseconds here, as the pages keep sending it events).
      let longestUnshown = 0;
      const watching = (async () => {
        let since: number | null = null;
        while (Date.now() < end) {
          await sleep(200);
          const pending = (await schedulerState(l).catch(() => null))?.pending;
          const shown = l.context.pages().some((p) => isPromptUrl(p.url()) && !p.isClosed());
          if (pending && !shown) since ??= Date.now();
          else since = null;
          if (since !== null) longestUnshown = Math.max(longestUnshown, Date.now() - since);
        }
      })();

      const [counts] = await Promise.all([rating, stopping, answering, watching]);

      // The worker is back (as it comes back for any event): a waiting prompt gets its window
      // within 5 s, and the wake-up alarm is armed.
      await cdp.send('ServiceWorker.startWorker', { scopeURL: l.url('') });
      const back = Date.now();
      const state = await waitFor(
        async () => ({
          state: await schedulerState(l),
          window: l.context.pages().some((p) => isPromptUrl(p.url()) && !p.isClosed()),
        }),
        (v) => !v.state?.pending || v.window,
        5_000,
      );
      expect(Date.now() - back).toBeLessThan(5_000);
      if (state.state?.pending) await promptPage(l, 1_000);
      const alarm = await l.probe.evaluate(() => chrome.alarms.get('limber-wake'));
      expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() - 1_000);

      const records = await storedRecords(l);
      const ratings = records.filter((r) => r.type === 'rating' && r.source === 'manual');
      const confirmed = counts.reduce((n, c) => n + c.confirmed, 0);
      console.log(
        `chaos: ${stops} worker stops in ${CHAOS_MS / 1000} s; ${confirmed} ratings confirmed ` +
          `(${counts.reduce((n, c) => n + c.failures, 0)} failures shown and retried), ${ratings.length} stored; ` +
          `${answered} prompt answers clicked, ${records.filter((r) => r.kind === 'posture').length} posture records; ` +
          `longest wait of a prompt without a window ${longestUnshown} ms`,
      );
      expect(stops).toBeGreaterThan(100);
      expect(longestUnshown).toBeLessThan(5_000);
      expect(confirmed).toBeGreaterThan(20);
      expect(ratings).toHaveLength(confirmed);
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
      expect(records.filter((r) => r.kind === 'posture' && r.outcome === 'done').length).toBeGreaterThan(0);
      expect(records.filter((r) => r.outcome === 'missed')).toEqual([]);
      await cdp.detach();
    } finally {
      await l.close();
    }
  }, 180_000);
});
