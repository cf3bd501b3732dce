/// <reference types="chrome" />
/**
 * What the benchmark watches inside every page, installed before the page's own scripts run (an
 * init script, at document start), so no page has to cooperate:
 * - usable: the first moment 11 `.rating-btn` buttons are present and none is disabled or
 *   aria-disabled (a MutationObserver on the whole document, from its start);
 * - click: when a click on a rating button reaches the window (capture phase, before the page's own
 *   listeners), and stored: the first storage.local change after it that adds a rating record;
 * - long tasks (PerformanceObserver), for the export.
 * All times are `performance.now()`, from the page's navigation start.
 */
import type { Page } from 'playwright-core';

export interface Observed {
  usable: number | null;
  click: number | null;
  stored: number | null;
  storedKey: string | null;
  longTasks: { start: number; duration: number }[];
}

/** Runs in the page (serialized by Playwright): nothing from outside this function is in scope. */
export function observePage(): void {
  const seen: Observed = { usable: null, click: null, stored: null, storedKey: null, longTasks: [] };
  (globalThis as unknown as { __bench: Observed }).__bench = seen;

  const usable = (): void => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('button.rating-btn');
    if (buttons.length < 11) return;
    for (const b of buttons) if (b.disabled || b.getAttribute('aria-disabled') === 'true') return;
    seen.usable = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(usable);
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'aria-disabled'],
  });

  addEventListener(
    'click',
    (e) => {
      if (seen.click === null && (e.target as Element | null)?.closest?.('.rating-btn')) seen.click = performance.now();
    },
    true,
  );

  // A rating record: the value itself (the floor pages) or one in a day bucket's `records`.
  const ratingIds = (value: unknown): Set<string> => {
    const v = value as { type?: string; id?: string; records?: { type?: string; id?: string }[] } | undefined;
    const list = v?.records ?? (v ? [v] : []);
    return new Set(list.filter((r) => r?.type === 'rating').map((r) => String(r.id)));
  };
  globalThis.chrome?.storage?.onChanged.addListener((changes, area) => {
    if (area !== 'local' || seen.click === null || seen.stored !== null) return;
    const now = performance.now();
    for (const [key, { oldValue, newValue }] of Object.entries(changes)) {
      const before = ratingIds(oldValue);
      if ([...ratingIds(newValue)].some((id) => !before.has(id))) {
        seen.stored = now;
        seen.storedKey = key;
        return;
      }
    }
  });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the export's figure stays empty.
  }
}

export const observed = (page: Page): Promise<Observed & { origin: number }> =>
  page.evaluate(() => ({
    ...(globalThis as unknown as { __bench: Observed }).__bench,
    origin: performance.timeOrigin,
  }));

export async function waitUsable(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as { __bench: Observed }).__bench?.usable != null, null, {
    timeout,
  });
}

export async function waitStored(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as { __bench: Observed }).__bench?.stored != null, null, {
    timeout,
  });
}

/**
 * A real click on the rating button "5": mouse events through the browser's input (CDP), at the
 * button's centre. Without Playwright's actionability checks, which wait on animation frames.
 */
export async function clickFive(page: Page): Promise<void> {
  const box = await page.evaluate(() => {
    const five = [...document.querySelectorAll('.rating-btn')].find((b) => b.textContent?.trim() === '5');
    if (!five) return null;
    five.scrollIntoView({ block: 'center' });
    const r = five.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  if (!box) throw new Error('no rating button "5" on the page');
  await page.mouse.click(box.x, box.y);
}

/** The empty extension page the stage tab rests on between loads. */
export const BLANK = 'bench/probe.html';

/**
 * Loads `url` in the stage tab, a fresh document each time: the tab first rests on the empty page,
 * so every load is a navigation from an extension page in the extension's running renderer, as a
 * toolbar popup opens (a fresh tab would add a process swap to every figure). It returns at the
 * page's load event: Playwright's own polling (waitForFunction) then cannot run inside the page while
 * it loads. Polling from the navigation's commit ran in the page's main thread during its load and
 * weighed most on pages that parse more before their script runs (the popup measured 1.37–1.5× the
 * floor that way, 1.17–1.22× this way, in the same build). The usable time itself is observed in the
 * page, from its start (observePage), either way.
 */
export async function loadIn(stage: Page, blankUrl: string, url: string): Promise<void> {
  await stage.goto(blankUrl, { waitUntil: 'load' });
  await stage.goto(url, { waitUntil: 'load' });
}
