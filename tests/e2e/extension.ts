/// <reference types="chrome" />
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path.mjs';
import { clearOfDefaultTimes } from './default-times';
import type { BrowserContext, Page, Worker } from 'playwright-core';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

export interface Launched {
  context: BrowserContext;
  id: string;
  worker(): Promise<Worker>;
  /** An extension page kept open to read and write storage: a stopped worker cannot be asked. */
  probe: Page;
  url(path: string): string;
  close(): Promise<void>;
}

/** Starts headless Chromium with the built extension on a fresh profile (or `profileDir`). */
export async function launch(
  opts: {
    profileDir?: string;
    timeZone?: string;
    colorScheme?: 'light' | 'dark';
    /** The system's "reduce motion", as the pages' media queries see it. */
    reducedMotion?: 'reduce' | 'no-preference';
    display?: string;
    extensionDir?: string;
    args?: string[];
    lang?: 'en' | 'de';
  } = {},
): Promise<Launched> {
  const dir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'limber-e2e-'));
  const extension = opts.extensionDir ?? EXTENSION_DIR;
  await clearOfDefaultTimes(opts.timeZone);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    // A real (virtual) display only where a test needs browser-level keys; headless otherwise.
    headless: !opts.display,
    colorScheme: opts.colorScheme ?? 'light',
    ...(opts.reducedMotion ? { reducedMotion: opts.reducedMotion } : {}),
    // The browser's language: `--lang` picks the extension's messages, `locale` the pages' own.
    ...(opts.lang ? { locale: opts.lang === 'de' ? 'de-DE' : 'en-US' } : {}),
    env: {
      ...process.env,
      ...(opts.timeZone ? { TZ: opts.timeZone } : {}),
      ...(opts.display ? { DISPLAY: opts.display } : {}),
      ...(opts.lang ? { LANGUAGE: opts.lang } : {}),
    },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Several pages act at once in these tests; background tabs must not be throttled to 1 Hz.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      ...(opts.args ?? []),
    ],
  });
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
    return (
      live ??
      context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith('/background.js'), timeout: 15_000 })
    );
  };
  const id = new URL((await worker()).url()).host;
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${id}/popup.html`);
  return {
    context,
    id,
    worker,
    probe,
    url: (path) => `chrome-extension://${id}/${path}`,
    close: async () => {
      await context.close();
      if (!opts.profileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Settings that make the real scheduler run on seconds: every day, all day, nothing else due. */
export function fastSettings(patch: (s: Record<string, any>) => void = () => {}): Record<string, any> {
  const s: Record<string, any> = {
    version: 1,
    posture: { enabled: false, everySec: 3600 },
    stretch: { enabled: false, everySec: 3600, lengthSec: 300 },
    pain: { enabled: false, times: [], afterBreak: false },
    work: { days: [0, 1, 2, 3, 4, 5, 6], ranges: [{ start: 0, end: 0 }] },
    snooze: { sec: 5, limit: 3 },
    idle: { detectionSec: 15, naturalBreakSec: 3600 },
    prompt: { expireSec: 600, mergeSec: 2 },
    weekStart: 1,
    regions: ['neck', 'shoulders', 'upperBack', 'elbows', 'lowerBack'],
  };
  patch(s);
  return s;
}

/** fastSettings in this version's shape (with the fields the first release did not have). */
export function currentSettings(patch: (s: Record<string, any>) => void = () => {}): Record<string, any> {
  return fastSettings((s) => {
    Object.assign(s, {
      version: 4,
      eyes: { enabled: false, everySec: 1200 },
      peg: { enabled: false, weekday: 5, time: 960 },
      idle: { mode: 'natural', detectionSec: 15, naturalBreakSec: 3600 },
      delivery: { mode: 'window', sound: false },
      hold: { fullscreen: true, audible: true },
      stretches: { favourites: [], hidden: [], onlyOwn: false },
      morning: { enabled: false },
      breathing: { enabled: false, everySec: 7200 },
      water: { enabled: false, everySec: 5400 },
      context: { tags: ['medication', 'heat', 'exercise', 'stress', 'meeting', 'poorSleep'], own: [] },
    });
    patch(s);
  });
}

export async function setSettings(l: Launched, settings: Record<string, any>): Promise<void> {
  await l.probe.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
}

/** Every record stored so far, from every day bucket. */
export async function storedRecords(l: Launched): Promise<any[]> {
  return l.probe.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('rec:'))
      .flatMap(([, v]) => (v as { records: unknown[] }).records);
  });
}

export async function schedulerState(l: Launched): Promise<any> {
  return l.probe.evaluate(async () => (await chrome.storage.local.get('scheduler')).scheduler);
}

/**
 * Waits until the worker's start-up has written the schedule and left it alone for half a second.
 * The schedule has one writer, the worker: a test that stores something under its key while a
 * start-up step is under way sees it overwritten by the state that step read before.
 */
export async function scheduleSettled(l: Launched, quietMs = 500, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  let last = JSON.stringify(await schedulerState(l));
  for (;;) {
    await new Promise((r) => setTimeout(r, quietMs));
    const now = JSON.stringify(await schedulerState(l));
    if (now !== undefined && now === last) return;
    if (Date.now() > end) throw new Error(`the schedule did not settle; last value: ${now}`);
    last = now;
  }
}

/** Stops the extension's service worker the way Chrome does when it idles, and waits until it has. */
export async function stopWorker(l: Launched): Promise<void> {
  const cdp = await l.context.newCDPSession(l.probe);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/**
 * Stores a waiting prompt of `kinds` (pain first, if any), as the scheduler leaves one, showing
 * posture item `postureItem`; returns its id.
 * The scheduler state has one writer, the worker: a step of its own start-up still under way
 * writes the state it read before this one over it (seen on a slow machine). So the prompt is
 * stored again until it has stayed put for half a second. (Stopping the worker first does not do:
 * a restarted worker delivers the waiting prompt in a window of its own.)
 */
export async function seedPrompt(l: Launched, kinds: string[] = ['pain'], postureItem = 0): Promise<string> {
  const id = `p${Date.now()}`;
  for (let tries = 0; tries < 10; tries++) {
    await l.probe.evaluate(
      async ({ id, kinds, postureItem }) => {
        const { scheduler } = await chrome.storage.local.get('scheduler');
        const now = Date.now();
        const pending = {
          id,
          kinds,
          open: kinds,
          shownAt: now - 1000,
          expiresAt: now + 3600_000,
          manual: false,
          postureItem,
          snoozesLeft: Object.fromEntries(kinds.map((k) => [k, 3])),
        };
        await chrome.storage.local.set({ scheduler: { ...(scheduler as object), pending, wakeAt: now + 3600_000 } });
      },
      { id, kinds, postureItem },
    );
    await new Promise((r) => setTimeout(r, 500));
    if ((await schedulerState(l))?.pending?.id === id) return id;
  }
  throw new Error('the waiting prompt stored for the test was overwritten 10 times');
}

/**
 * Whether `url` is the prompt window's page: the background opens it with the waiting prompt in
 * its address (`prompt.html?p=…&k=…`), the tests mostly without.
 */
export function isPromptUrl(url: string): boolean {
  return URL.canParse(url) && new URL(url).pathname === '/prompt.html';
}

/** The open prompt window's page, or the next one to open. */
export async function promptPage(l: Launched, timeout = 20_000): Promise<Page> {
  const open = l.context.pages().find((p) => isPromptUrl(p.url()) && !p.isClosed());
  if (open) return open;
  return l.context.waitForEvent('page', { predicate: (p) => isPromptUrl(p.url()), timeout });
}

export async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T = await fn();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await fn();
  }
  return last;
}

/** The local date in the browser (its own zone), YYYY-MM-DD. */
export async function browserLocalDate(l: Launched): Promise<string> {
  return l.probe.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

export async function browserMinuteOfDay(l: Launched): Promise<number> {
  return l.probe.evaluate(() => new Date().getHours() * 60 + new Date().getMinutes());
}

/** Writes day buckets straight into storage.local, in chunks (a seeded history). */
export async function seedBuckets(l: Launched, buckets: Record<string, unknown>): Promise<void> {
  const entries = Object.entries(buckets);
  for (let i = 0; i < entries.length; i += 200) {
    await l.probe.evaluate((chunk) => chrome.storage.local.set(chunk), Object.fromEntries(entries.slice(i, i + 200)));
  }
}

/**
 * Clicks `count` ratings in a popup page's own loop, each after the last one's "Saved". Done inside
 * the page: Playwright's actionability checks wait on animation frames, which background tabs lack.
 */
export function writeRatings(page: Page, count: number, offset: number): Promise<void> {
  return page.evaluate(
    async ({ count, offset }) => {
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      // Taking no answer while one is saved: disabled in the first script's markup, aria-disabled after.
      const busy = (b: HTMLButtonElement) => b.disabled || b.getAttribute('aria-disabled') === 'true';
      // The popup's scale works before the rest of the page (its "Saved" line) has loaded: wait for it.
      while (!document.querySelector('[role="status"]')) await sleep(2);
      for (let i = 0; i < count; i++) {
        const score = (offset + i) % 10;
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.getAttribute('aria-label') === `${score} of 10`,
        )!;
        while (busy(button)) await sleep(2);
        button.click();
        const status = document.querySelector('[role="status"]')!;
        for (let t = 0; !status.textContent?.startsWith(`Saved: ${score} at`) || busy(button); t++) {
          if (document.querySelector('[role="alert"]'))
            throw new Error(`page ${offset}: ${document.querySelector('[role="alert"]')!.textContent}`);
          if (t > 5000) throw new Error(`rating ${i} of page ${offset} not saved`);
          await sleep(2);
        }
      }
    },
    { count, offset },
  );
}

/** Where the tests' screenshots go, to be looked at. */
export const SCREENSHOTS = fileURLToPath(new URL('../../.test-results/screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * A copy of the built extension without `unlimitedStorage`, so that Chromium's own 10 MB quota of
 * storage.local applies; `done` removes it.
 */
export function extensionWithQuota(): { dir: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'limber-quota-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { permissions: string[] };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }) };
}
